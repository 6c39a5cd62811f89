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

/// `prefix` + `name` (paths of findings), through `pieces` rather than `format!`.
pub(crate) fn concat(prefix: &str, name: &str) -> String {
    cat!(prefix, name)
}

/// `prefix` `i` `suffix` (indexed paths of findings).
pub(crate) fn indexed(prefix: &str, i: usize, suffix: &str) -> String {
    cat!(prefix, i, suffix)
}

/// Appends a decimal integer.
pub(crate) fn push_number(out: &mut String, n: i64) {
    push!(out, n);
}

/// A decimal integer as a string.
pub(crate) fn decimal(n: i64) -> String {
    cat!(n)
}
