//! Procedure deadlines of 青民〔2022〕21号 over the working-day calendar: the case timeline (acceptance
//! to decision, and the stop procedure) and the monthly payment cut-offs, each date with the lines
//! that show how it was reached. The periods and cut-off days are data (`data/procedure.json`,
//! [`Procedure`]). The words of all this, and the picture of a timeline, are in
//! `render::deadlines`.

mod disbursement;
mod explain;
mod member;
mod options;
pub mod period;
mod rules;
mod timeline;

pub use disbursement::{disbursement_schedule, Cutoff, Disbursement};
pub use explain::Line;
pub use options::TimelineOptions;
pub use period::{period_end, Period, PeriodEnd, Unit};
pub use rules::{CutoffRule, Procedure, StepKind, StepRule};
pub use timeline::{case_timeline, out_of_order, Status, Step, Timeline};

use crate::failure::{Failure, Severity};
use serde::Serialize;

/// Something about a case or a month worth telling: a failure with a severity (an error makes a
/// date or the case wrong; a warning needs a look).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    #[serde(flatten)]
    pub failure: Failure,
    pub severity: Severity,
}

impl Finding {
    pub fn error(failure: Failure) -> Finding {
        Finding {
            failure,
            severity: Severity::Error,
        }
    }

    pub fn warning(failure: Failure) -> Finding {
        Finding {
            failure,
            severity: Severity::Warning,
        }
    }
}
