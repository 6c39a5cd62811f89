//! Failures as data: a stable code, the path of the offending value and the parameters its message
//! needs. Portals match on codes; people read the message looked up in [`crate::messages`].

use crate::prelude::*;

/// A stable identifier of a failure, as JavaScript sees it (`"invalidDate"`). Each module declares
/// its own codes in an `impl Code` block beside its rules; renaming one is a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(&'static str);

impl Code {
    pub const fn new(code: &'static str) -> Code {
        Code(code)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// A date that is not a real `YYYY-MM-DD` calendar date.
    pub const INVALID_DATE: Code = Code("invalidDate");
    /// An argument of the wrong type or range (a non-integer count, an unknown option).
    pub const INVALID_ARGUMENT: Code = Code("invalidArgument");
}

/// Named values a message interpolates (`{year}`), also handed to JavaScript as `params`.
pub type Params = Vec<(&'static str, String)>;

/// One failure: what went wrong (`code`), where (`path`, dot-separated) and the values involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: Code,
    pub path: String,
    pub params: Params,
}

impl Failure {
    pub fn new(code: Code, path: impl Into<String>) -> Self {
        Failure::at_path(code, path.into())
    }

    /// The body of [`Failure::new`], out of line: failures are raised in hundreds of places, and
    /// inlined each one repeats the allocation of the parameter list.
    #[inline(never)]
    fn at_path(code: Code, path: String) -> Self {
        Failure {
            code,
            path,
            params: Vec::new(),
        }
    }

    /// Adds a parameter for the message.
    pub fn with(self, name: &'static str, value: impl crate::pieces::Piece) -> Self {
        self.with_text(name, cat!(value))
    }

    /// The body of [`Failure::with`], out of line for the same reason as [`Failure::at_path`].
    #[inline(never)]
    fn with_text(mut self, name: &'static str, value: String) -> Self {
        self.params.push((name, value));
        self
    }

    /// Sets the path when the failure has none yet (calendar failures are raised without knowing
    /// which argument led to the date).
    pub fn at(mut self, path: &str) -> Self {
        if self.path.is_empty() {
            self.path = path.to_owned();
        }
        self
    }

    /// The value of a parameter, if set.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The message for people, in `locale`.
    pub fn message(&self, locale: crate::Locale) -> String {
        crate::messages::failure_message(self, locale)
    }
}
