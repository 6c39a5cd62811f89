//! After intake (青民〔2022〕21号 二（三）、二（四）、三（一）、三（二）、三（四）): the notices that tell a
//! household what was decided, how assistance is paid and who may collect it, and who may act on a
//! case's record. These are where residents lose rights when they are written by hand — a refusal
//! without its reasons, a stop without the days to object, a payment collected with no agreement
//! on file — so each is checked element by element, every finding at the path of what it is about.
//!
//! - [`notices`]: `decisionNotice` drafts and `checkNotice` checks the five notices (approval,
//!   refusal, change, the stop procedure's prior notice, and stop). Their wording and the legal
//!   elements each must carry are data (`data/notices.json`, [`notices::NoticeWording`]).
//! - [`payment`]: `validatePaymentArrangement`, bank payment and the exceptions of 三（二）.
//! - [`record`]: `checkCaseRecord`, the separation of 受理/审核/审批 and the accounts of 三（四), with
//!   roles and account patterns as data (`data/roles.json`, [`record::Roles`]).
//!
//! What a person gives (a draft, an arrangement, a record) always gets a [`Report`]; only arguments
//! that cannot be used at all (an unknown notice kind, a case file that is not an object) are
//! failures. "Today" is an option, never a clock. The words are in `messages::decisions` and
//! `render::decisions`; nothing here reads them.

mod fields;
pub mod notices;
pub mod payment;
pub mod record;
mod words;

pub use fields::YearMonth;
pub use notices::{check_notice, decision_notice, NoticeKind, NoticeWording};
pub use payment::{validate_payment_arrangement, PaymentMethod};
pub use record::{check_case_record, Roles};

use crate::calendar::{Calendar, Mode};
use crate::deadlines::{Finding, Procedure};
use crate::failure::Code;
use serde::Serialize;

impl Code {
    /// A required element is missing (params `element`, the path; `provision`, the key of the
    /// provision it rests on, when the data names one). Its severity is the data's.
    pub const ELEMENT_MISSING: Code = Code::new("elementMissing");
    /// A value of the wrong kind (param `expected`: `object`, `text`, `date`, `month`, `amount`,
    /// `boolean`, `whole number`, or one of the choices of the field).
    pub const ELEMENT_INVALID: Code = Code::new("elementInvalid");
}

/// What was found in one draft, arrangement or record, in the order the rules found it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
}

impl Report {
    /// No finding blocks (warnings do not).
    pub fn valid(&self) -> bool {
        self.findings.iter().all(|f| !f.severity.blocks_submit())
    }

    /// `code path` of each finding, in order: what the tests compare.
    pub fn code_paths(&self) -> Vec<String> {
        self.findings
            .iter()
            .map(|f| {
                let mut line = f.failure.code.as_str().to_owned();
                line.push(' ');
                line.push_str(f.failure.path.as_str());
                line
            })
            .collect()
    }
}

/// The tables and the calendar a check counts with: snapshots taken by the caller.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub procedure: &'a Procedure,
    pub calendar: &'a Calendar,
    /// Whether years whose holidays are not published are estimated.
    pub mode: Mode,
}
