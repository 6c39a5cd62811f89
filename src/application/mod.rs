//! Validation of an application (docs/domain.md, "The application"): every field on its own, then the rules
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
pub use order::{form_position, FORM_ORDER};
pub use read::{whole_fen, MAX_MEMBERS};
pub use report::{Finding, Report};

use crate::divisions::Divisions;
use crate::failure::{Code, Failure};
use crate::input::{self, Limits, Unreadable};
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

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
    /// Today's date, from the caller (the core has no clock). See the module documentation.
    pub today: Option<NaiveDate>,
    /// Partial validation: report only these paths (and what lies under them), plus the
    /// cross-field rules that depend on them. `members.*.name` stands for every member.
    pub fields: Option<Vec<Path>>,
}

/// What one application may hold (see [`Limits`]).
pub const APPLICATION_LIMITS: Limits = Limits::DOCUMENT;

/// What a roster may hold: the text of the exported file and the number of applications in it.
pub const ROSTER_LIMITS: Limits = Limits {
    bytes: 256 << 20,
    depth: 2,
    items: 100_000,
    string_bytes: Limits::DOCUMENT.string_bytes,
};

/// Validates one application (any JSON value).
pub fn validate(json: &Value, divisions: &Divisions, options: &Options) -> Report {
    let (app, mut reader) = read::read(json, divisions, Some(options));
    rules::check(&app, &mut reader);
    Report::new(reader, options)
}

/// Validates one application given as JSON text: text that is not JSON is not an application;
/// one beyond the limits, or naming a member twice, is refused with its own code and path.
pub fn validate_text(text: &str, divisions: &Divisions, options: &Options) -> Report {
    match input::parse(text, &APPLICATION_LIMITS) {
        Ok(json) => validate(&json, divisions, options),
        Err(why) => Report::single(
            why.into_failure(|_| Failure::new(Code::NOT_AN_APPLICATION, Path::root())),
        ),
    }
}

/// Validates a roster: a JSON text holding an array of applications. `each` gets one report per
/// application, in order, as soon as it is read, so the roster is never held whole. An
/// application beyond the limits or naming a member twice gets a report of that, and the rest are
/// checked. When the text is not a JSON array at all, the reports already handed over do not
/// count: the `Err` holds the one report that replaces them all (`notARoster`, with the offset
/// where reading stopped).
pub fn validate_roster(
    text: &str,
    divisions: &Divisions,
    options: &Options,
    mut each: impl FnMut(Report),
) -> Result<(), Report> {
    let result = input::for_each_item(text, &ROSTER_LIMITS, &APPLICATION_LIMITS, |item| {
        each(match item {
            Ok(json) => validate(&json, divisions, options),
            Err(refused) => Report::single(refused),
        })
    });
    result.map_err(|why| {
        Report::single(match why {
            Unreadable::NotJson { offset } => {
                Failure::new(Code::NOT_A_ROSTER, Path::root()).with("offset", offset)
            }
            Unreadable::Refused(failure) => failure,
        })
    })
}
