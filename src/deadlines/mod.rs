//! Procedure deadlines of 青民〔2022〕21号 over the working-day calendar: the case timeline (acceptance
//! to decision, and the stop procedure), the monthly payment cut-offs, and a picture of the timeline.
//! The periods and cut-off days are data (`data/procedure.json`, [`Procedure`]).

mod disbursement;
mod explain;
pub mod period;
mod rules;
mod svg;
mod timeline;

pub use disbursement::{disbursement_schedule, Cutoff, Disbursement};
pub use explain::Line;
pub use period::{period_end, Period, PeriodEnd, Unit};
pub use rules::{CutoffRule, Procedure, StepKind, StepRule};
pub use svg::timeline_svg;
pub use timeline::{case_timeline, Status, Step, Timeline, TimelineOptions};

use crate::failure::Failure;
use crate::json::{object, Json};
use crate::messages::{deadlines::finding_message, Locale};
use crate::prelude::*;

/// How much a finding matters: an error makes a date or the case wrong; a warning needs a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// Something about a case or a month worth telling: a failure with a severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub failure: Failure,
}

impl Finding {
    /// `{ code, path, severity, message, params }`.
    pub fn to_json(&self, locale: Locale) -> Json<'_> {
        let f = &self.failure;
        let mut params = object();
        for (name, value) in &f.params {
            params = params.field(name, value.as_str());
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        object()
            .field("code", f.code.as_str())
            .field("path", f.path.as_str())
            .field("severity", severity)
            .field("message", finding_message(f, locale))
            .field("params", params)
            .build()
    }
}

/// `prefix` + `name`, without `format!`.
pub(crate) fn concat(prefix: &str, name: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + name.len());
    out.push_str(prefix);
    out.push_str(name);
    out
}

/// `prefix` `i` `suffix`, without `format!`.
pub(crate) fn indexed(prefix: &str, i: usize, suffix: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + suffix.len() + 4);
    out.push_str(prefix);
    push_number(&mut out, i as i64);
    out.push_str(suffix);
    out
}

/// Appends a decimal integer, without the formatting machinery (core::fmt).
pub(crate) fn push_number(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_digits(out, n.unsigned_abs());
}

fn push_digits(out: &mut String, n: u64) {
    if n >= 10 {
        push_digits(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// A decimal integer as a string.
pub(crate) fn decimal(n: i64) -> String {
    let mut out = String::new();
    push_number(&mut out, n);
    out
}
