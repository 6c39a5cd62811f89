//! Identity and contact numbers as people type them: resident IDs (18 and 15 digits), residence
//! permits of Hong Kong, Macao and Taiwan residents, foreign permanent-resident IDs, mainland mobile
//! and Shanghai landline numbers, bank account numbers. Each is first [`clean`]ed (full-width
//! characters, spaces, hyphens, invisible characters, lower-case x), then checked; the cleaned form
//! is what should be stored, and the text the person typed is never changed.

mod bank;
mod id;
pub mod name;
mod normalize;
mod phone;
mod registry;

pub use bank::{check_bank_account, luhn};
pub use id::{check_character, check_id};
pub use normalize::{clean, half_width};
pub use phone::check_phone;
pub use registry::{country_alpha3, country_numeric, region_issued};

pub use crate::failure::Severity;

use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::Value;

impl Code {
    /// A required value is missing or empty.
    pub const REQUIRED: Code = Code::new("required");
    /// Not the shape of the identity number expected (param `reason`: the expected type;
    /// `length`: characters given).
    pub const ID_FORMAT: Code = Code::new("idFormat");
    /// The check character does not match (ISO 7064 MOD 11-2).
    pub const ID_CHECKSUM: Code = Code::new("idChecksum");
    /// The birth date in the number is not a real date (`reason` `invalid`) or lies after today
    /// (`future`).
    pub const ID_BIRTH_DATE: Code = Code::new("idBirthDate");
    /// The province code of the number does not exist.
    pub const ID_REGION: Code = Code::new("idRegion");
    /// Warning: the six-digit region code of a resident ID was never issued (GB/T 2260 and its
    /// history, `data/regions-codes.json`); param `value`, the six digits. Not an error: an ID
    /// keeps its code for life, and a list of codes ever issued may miss one.
    pub const ID_REGION_UNKNOWN: Code = Code::new("idRegionUnknown");
    /// The nationality of a foreign permanent-resident ID is no country's code (ISO 3166-1, and
    /// never China's); param `value`, the three letters or digits.
    pub const ID_COUNTRY: Code = Code::new("idCountry");
    /// The number is of another type than the one chosen (params `type`, `expected`).
    pub const ID_TYPE_MISMATCH: Code = Code::new("idTypeMismatch");
    /// Warning: an old 15-digit resident ID, accepted and converted to 18 characters.
    pub const ID_LEGACY_15: Code = Code::new("idLegacy15");
    /// Neither a mobile number nor a Shanghai landline.
    pub const PHONE_FORMAT: Code = Code::new("phoneFormat");
    /// Not 12 to 19 digits.
    pub const BANK_ACCOUNT_FORMAT: Code = Code::new("bankAccountFormat");
    /// Warning: the account number fails the Luhn check of card numbers.
    pub const BANK_ACCOUNT_CHECKSUM: Code = Code::new("bankAccountChecksum");
}

keyed!(
    /// The kinds of identity document (`idType`).
    IdType {
        ResidentId = "residentId",
        ResidentId15 = "residentId15",
        HkMacaoResidencePermit = "hkMacaoResidencePermit",
        TaiwanResidencePermit = "taiwanResidencePermit",
        ForeignPermanentResident = "foreignPermanentResident",
    }
);

impl IdType {
    /// The 18- and 15-digit resident IDs are one document in two generations.
    fn family(self) -> IdType {
        match self {
            IdType::ResidentId15 => IdType::ResidentId,
            other => other,
        }
    }

    /// Whether the holder can have a mainland hukou (permit and foreign-ID holders cannot).
    pub fn allows_hukou(self) -> bool {
        matches!(self, IdType::ResidentId | IdType::ResidentId15)
    }
}

keyed!(
    Gender {
        Male = "male",
        Female = "female",
    }
);

impl Gender {
    /// Odd sequence digits are men, even ones women.
    fn from_sequence(digit: u8) -> Gender {
        if digit.wrapping_sub(b'0') % 2 == 1 {
            Gender::Male
        } else {
            Gender::Female
        }
    }
}

/// What an identity number says, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdCheck {
    /// The type the number has, once its shape is recognised.
    #[serde(rename = "type")]
    pub id_type: Option<IdType>,
    /// The number as it should be stored: cleaned, upper-case, 15 digits converted to 18.
    pub normalized: String,
    /// From the number, when it is valid.
    pub birth_date: Option<NaiveDate>,
    pub gender: Option<Gender>,
    /// The problem found, if any; its severity is [`IdCheck::severity`].
    pub failure: Option<Failure>,
    pub severity: Severity,
}

impl IdCheck {
    /// No error (a warning, such as an old 15-digit number, still counts as valid).
    pub fn valid(&self) -> bool {
        self.failure.is_none() || self.severity == Severity::Warning
    }

    /// The birth date the number states, even when its check character is wrong (the number is
    /// read again with the check character put right); [`IdCheck::birth_date`] is that of a valid
    /// number only.
    pub fn stated_birth_date(&self) -> Option<NaiveDate> {
        if self.birth_date.is_some() {
            return self.birth_date;
        }
        if self.failure.as_ref()?.code != Code::ID_CHECKSUM {
            return None;
        }
        let first17 = self.normalized.get(..17)?;
        let right = check_character(first17.as_bytes())?;
        let corrected = format!("{first17}{}", char::from(right));
        check_id(&corrected, self.id_type, None).birth_date
    }

    /// Age in whole years on `on`, when the birth date is known.
    pub fn age_on(&self, on: NaiveDate) -> Option<u32> {
        age(self.birth_date?, on)
    }

    /// The warning that an old 15-digit number was converted to 18 characters, when another
    /// warning (an unknown region) took its place in `failure`: validation reports both.
    pub fn converted(&self) -> Option<Failure> {
        let shown = self.failure.as_ref().map(|f| f.code);
        (self.id_type == Some(IdType::ResidentId15)
            && shown != Some(Code::ID_LEGACY_15)
            && self.valid())
        .then(|| id::legacy_15(&self.normalized))
    }

    /// The path in a form of the field at fault: the type when the number is of another type.
    pub fn field(&self) -> &'static str {
        match &self.failure {
            Some(f) if f.code == Code::ID_TYPE_MISMATCH => "idType",
            _ => "idNumber",
        }
    }
}

/// Whole years from `born` to `on`; `None` when `on` is before `born`.
pub fn age(born: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < born {
        return None;
    }
    let mut years = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

/// `validateIdNumber`: any JSON value; a non-string is reported, never refused.
pub fn validate_id_number(
    value: &Value,
    expected: Option<IdType>,
    today: Option<NaiveDate>,
) -> IdCheck {
    match value {
        Value::String(text) => check_id(text, expected, today),
        other => IdCheck {
            id_type: None,
            normalized: String::new(),
            birth_date: None,
            gender: None,
            failure: Some(if other.is_null() {
                Failure::new(Code::REQUIRED, Path::root())
            } else {
                Failure::new(Code::ID_FORMAT, Path::root())
                    .with("reason", expected.unwrap_or(IdType::ResidentId).as_str())
                    .with("length", 0)
            }),
            severity: Severity::Error,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_check_character_still_states_the_birth_date() {
        let wrong = check_id("310118200803150012", None, None);
        assert_eq!(
            wrong.failure.as_ref().map(|f| f.code),
            Some(Code::ID_CHECKSUM)
        );
        assert_eq!(wrong.birth_date, None);
        assert_eq!(
            wrong.stated_birth_date(),
            NaiveDate::from_ymd_opt(2008, 3, 15)
        );
        assert_eq!(
            check_id("310118200802300012", None, None).stated_birth_date(),
            None
        );
    }

    #[test]
    fn ages_count_whole_years() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(age(d(2010, 3, 1), d(2026, 2, 28)), Some(15));
        assert_eq!(age(d(2010, 3, 1), d(2026, 3, 1)), Some(16));
        assert_eq!(age(d(2008, 2, 29), d(2026, 2, 28)), Some(17));
        assert_eq!(age(d(2026, 3, 1), d(2026, 2, 28)), None);
    }

    #[test]
    fn non_strings_are_reported() {
        assert_eq!(
            validate_id_number(&Value::Null, None, None)
                .failure
                .map(|f| f.code),
            Some(Code::REQUIRED)
        );
        assert_eq!(
            validate_id_number(&Value::from(1.0), None, None)
                .failure
                .map(|f| f.code),
            Some(Code::ID_FORMAT)
        );
    }
}
