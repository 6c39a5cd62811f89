//! Validation of an application (DESIGN.md "Application"): every field on its own, then the rules
//! that compare fields (household, identity, hukou, eligibility, agent, bank account), reported in
//! form order with a stable code, a path (`members.1.idNumber`), a severity and a message that
//! names the field and says how to fix it.
//!
//! "Today" is an option, never a clock. With it, dates after today are refused (birth dates, the
//! birth date in an ID number, `submittedOn`). Ages are counted at `submittedOn`, else at today;
//! when neither is given, the rules that need an age (extreme poverty, an applicant under 18) are
//! not judged, and no date is refused for being in the future.

mod model;
mod order;
pub(crate) mod read;
mod report;
mod rules;

pub use model::*;
pub use report::{Finding, Report};

use crate::failure::Code;
use crate::json::Json;
use crate::messages::Locale;
use crate::prelude::*;
use chrono::NaiveDate;

impl Code {
    /// The value given is not an application (not a JSON object).
    pub const NOT_AN_APPLICATION: Code = Code::new("notAnApplication");
    /// The batch text is not a JSON array (param `offset` when it is not JSON at all).
    pub const NOT_A_ROSTER: Code = Code::new("notARoster");
    /// A value of the wrong type (param `expected`: `string`, `number`, `boolean`, `object`, `array`).
    pub const WRONG_TYPE: Code = Code::new("wrongType");
    /// A text longer than allowed (param `max`, in characters).
    pub const TOO_LONG: Code = Code::new("tooLong");
    /// A value not among the choices of the field.
    pub const INVALID_OPTION: Code = Code::new("invalidOption");
    /// Not a real `YYYY-MM-DD` date.
    pub const DATE_FORMAT: Code = Code::new("dateFormat");
    /// A date after `today` (param `today`).
    pub const DATE_IN_FUTURE: Code = Code::new("dateInFuture");
    /// An amount below zero.
    pub const MONEY_NEGATIVE: Code = Code::new("moneyNegative");
    /// An amount with more than two decimals (yuan and fen).
    pub const MONEY_DECIMALS: Code = Code::new("moneyDecimals");
    /// A name with digits or symbols.
    pub const NAME_FORMAT: Code = Code::new("nameFormat");
    /// The town is not one of Qingpu's divisions (param `value`).
    pub const UNKNOWN_TOWN: Code = Code::new("unknownTown");
    /// A consent not given.
    pub const CONSENT_REQUIRED: Code = Code::new("consentRequired");
    /// No member has the relationship `self`.
    pub const NO_APPLICANT: Code = Code::new("noApplicant");
    /// A second member with the relationship `self`.
    pub const MULTIPLE_APPLICANTS: Code = Code::new("multipleApplicants");
    /// A second spouse.
    pub const MULTIPLE_SPOUSES: Code = Code::new("multipleSpouses");
    /// The same ID number as an earlier member (param `other`: that member, counted from 1).
    pub const DUPLICATE_ID_NUMBER: Code = Code::new("duplicateIdNumber");
    /// The declared birth date differs from the ID number's (param `fromId`).
    pub const BIRTH_DATE_MISMATCH: Code = Code::new("birthDateMismatch");
    /// The declared gender differs from the ID number's.
    pub const GENDER_MISMATCH: Code = Code::new("genderMismatch");
    /// Local hukou declared by the holder of a permit or foreign ID (param `type`).
    pub const LOCAL_HUKOU_WITHOUT_RESIDENT_ID: Code = Code::new("localHukouWithoutResidentId");
    /// Hukou outside Shanghai where 条例 第55条 does not allow it (param `reason`: `applicant`,
    /// `relationship`, `notLivingTogether`; `other` is a warning).
    pub const NON_LOCAL_HUKOU: Code = Code::new("nonLocalHukou");
    /// Warning: the relationship contradicts the birth dates (param `reason`: `younger`, `older`).
    pub const RELATIONSHIP_AGE: Code = Code::new("relationshipAge");
    /// Extreme-poverty support for an applicant aged 16 to 59 without disability (param `age`).
    pub const EXTREME_POVERTY_ELIGIBILITY: Code = Code::new("extremePovertyEligibility");
    /// The applicant is under 18 and no agent is given (param `age`).
    pub const AGENT_REQUIRED: Code = Code::new("agentRequired");
    /// The agent's ID number is the applicant's.
    pub const AGENT_IS_APPLICANT: Code = Code::new("agentIsApplicant");
    /// The bank account holder is not a member of the household.
    pub const BANK_HOLDER_NOT_MEMBER: Code = Code::new("bankHolderNotMember");
}

/// How to validate.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub locale: Locale,
    /// Today's date, from the caller (the core has no clock). See the module documentation.
    pub today: Option<NaiveDate>,
    /// Partial validation: report only these paths (and what lies under them), plus the
    /// cross-field rules that depend on them. `members.*.name` stands for every member.
    pub fields: Option<Vec<String>>,
}

/// Validates one application (any JSON value).
pub fn validate(json: &Json, options: &Options) -> Report {
    let (app, mut reader) = read::read(json, Some(options), true);
    rules::check(&app, &mut reader);
    Report::new(reader, options)
}

/// Validates a roster: a JSON text holding an array of applications. One report per application,
/// in order; text that is not a JSON array gives a single report with a `notARoster` error.
pub fn validate_roster(text: &str, options: &Options) -> String {
    let mut out = String::with_capacity(text.len() / 4 + 64);
    out.push('[');
    let each = |report: &Report| {
        if out.len() > 1 {
            out.push(',');
        }
        report.write(&mut out, options.locale);
    };
    if let Err(single) = validate_each(text, options, each) {
        out.truncate(1);
        single.write(&mut out, options.locale);
    }
    out.push(']');
    out
}

/// [`validate_roster`] for a caller that converts each report itself: `each` gets one report per
/// application, in order, as soon as it is parsed, so the roster is never held whole. When the
/// text turns out not to be a JSON array, the reports already handed over do not count: the
/// `Err` holds the one report that replaces them all.
pub fn validate_each(
    text: &str,
    options: &Options,
    mut each: impl FnMut(&Report),
) -> Result<(), Report> {
    if Json::parse_items(text, |item| each(&validate(item, options))).is_ok() {
        return Ok(());
    }
    // Not an array, or not JSON at all (then with the offset where it breaks).
    let mut failure = crate::Failure::new(Code::NOT_A_ROSTER, "");
    if let Err(offset) = Json::parse(text) {
        failure = failure.with("offset", offset);
    }
    Err(Report::single(failure))
}
