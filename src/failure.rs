//! Failures as data: a stable code, the path of the offending value and the parameters its message
//! needs. Portals match on codes; people read the message that `messages` writes for it. This
//! module knows nothing of texts: the domain raises failures, the texts depend on the domain.

use crate::path::Path;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::fmt::Display;

/// A stable identifier of a failure, as JavaScript sees it (`"invalidDate"`). Each module declares
/// its own codes in an `impl Code` block beside its rules; renaming one is a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
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
    /// An input beyond one of the documented limits (params `limit` and `reason`: `bytes`,
    /// `depth`, `items`, `length`).
    pub const INPUT_TOO_LARGE: Code = Code("inputTooLarge");
    /// A JSON object that names the same member twice: readers disagree on which one counts.
    pub const DUPLICATE_KEY: Code = Code("duplicateKey");
    /// A string holding half of a UTF-16 surrogate pair (param `char`, its code point): a
    /// JavaScript string can, no Unicode text can, so it is refused where it is, never changed.
    pub const LONE_SURROGATE: Code = Code("loneSurrogate");
    /// A defect inside the library, reported instead of a crash; nothing the caller did.
    pub const INTERNAL: Code = Code("internal");
}

/// How serious a finding is: an error blocks the application, a warning asks for a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            _ => None,
        }
    }

    /// The one rule for forms: errors stop a submit, warnings never do. Reports, attachForm and
    /// the framework adapters all ask here.
    pub fn blocks_submit(self) -> bool {
        self == Severity::Error
    }
}

/// Named values a message interpolates (`{year}`), also handed to JavaScript as `params`, in the
/// order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(Vec<(&'static str, String)>);

impl Params {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets `name`, replacing an earlier value.
    pub fn set(&mut self, name: &'static str, value: String) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0.iter().map(|(n, v)| (*n, v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// One failure: what went wrong (`code`), where (`path`) and the values involved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub code: Code,
    pub path: Path,
    pub params: Params,
}

impl Failure {
    pub fn new(code: Code, path: impl Into<Path>) -> Self {
        Failure {
            code,
            path: path.into(),
            params: Params::default(),
        }
    }

    /// Adds a parameter for the message: dates as `YYYY-MM-DD`, numbers in decimal.
    pub fn with(mut self, name: &'static str, value: impl Display) -> Self {
        self.params.set(name, value.to_string());
        self
    }

    /// Sets the path when the failure has none yet (identity and calendar failures are raised
    /// without knowing which field or argument led to the value).
    pub fn at(mut self, path: impl Into<Path>) -> Self {
        if self.path.is_root() {
            self.path = path.into();
        }
        self
    }

    /// The value of a parameter, if set.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.get(name)
    }
}

/// At most this many characters of an input are quoted in a failure's parameters: a message names
/// the value, it never carries megabytes of it.
pub const EXCERPT_CHARS: usize = 100;

/// `text` as a failure quotes it: whole when short, else its first [`EXCERPT_CHARS`] characters
/// and an ellipsis.
pub fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_keep_their_order_and_the_last_value() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        let f = Failure::new(Code::INVALID_DATE, "opts.today")
            .with("value", "x")
            .with("date", date)
            .with("value", 12);
        assert_eq!(f.param("value"), Some("12"));
        assert_eq!(f.param("date"), Some("2026-03-09"));
        assert_eq!(
            f.params.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            ["value", "date"]
        );
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"code":"invalidDate","path":"opts.today","params":{"value":"12","date":"2026-03-09"}}"#
        );
    }

    #[test]
    fn a_path_is_set_once() {
        let f = Failure::new(Code::INVALID_DATE, "").at("date").at("other");
        assert_eq!(f.path, "date");
    }

    #[test]
    fn excerpts_cut_long_texts_at_a_character() {
        assert_eq!(excerpt("赵巷镇"), "赵巷镇");
        let long = "镇".repeat(EXCERPT_CHARS + 1);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn only_errors_block_a_submit() {
        assert!(Severity::Error.blocks_submit());
        assert!(!Severity::Warning.blocks_submit());
        assert_eq!(Severity::parse("warning"), Some(Severity::Warning));
        assert_eq!(Severity::parse("Error"), None);
    }
}
