//! Identity numbers: the resident ID of GB 11643-1999 (18 characters, and the old 15-digit form),
//! the residence permits of Hong Kong, Macao and Taiwan residents (the same layout with address
//! code 810000, 820000 or 830000), and the foreign permanent-resident ID (2023: 18 digits starting
//! with 9, same layout; older: 3 letters and 12 digits).

use super::normalize::clean;
use super::{Gender, IdCheck, IdType, Severity};
use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::NaiveDate;

/// Provincial codes of GB/T 2260 (with 71 Taiwan); 81, 82 and 83 only as the permits' 810000,
/// 820000 and 830000. Only the province is checked: the address codes of districts abolished since
/// a number was issued stay valid in it.
const PROVINCES: [u8; 32] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71,
];

/// The earliest birth year accepted in a number.
const EARLIEST_YEAR: i32 = 1880;

/// The ISO 7064 MOD 11-2 check character of the first 17 digits.
pub fn check_character(first17: &[u8]) -> Option<u8> {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const MAP: &[u8; 11] = b"10X98765432";
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (b, w) in first17.iter().zip(WEIGHTS) {
        if !b.is_ascii_digit() {
            return None;
        }
        sum += u32::from(b - b'0') * w;
    }
    MAP.get((sum % 11) as usize).copied()
}

fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0u32, |n, b| n * 10 + u32::from(b.wrapping_sub(b'0')).min(9))
}

fn province_known(code: &[u8]) -> bool {
    code.len() == 2 && all_digits_bytes(code) && PROVINCES.contains(&(number(code) as u8))
}

fn all_digits_bytes(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit)
}

/// Checks `value` as an identity number of type `expected` (any type when `None`). `today`, when
/// known, bounds the birth date; without it a birth date is only checked to be a real date.
pub fn check_id(value: &str, expected: Option<IdType>, today: Option<NaiveDate>) -> IdCheck {
    let normalized = clean(value);
    let mut check = IdCheck {
        id_type: None,
        normalized,
        birth_date: None,
        gender: None,
        failure: None,
        severity: Severity::Error,
    };
    if check.normalized.is_empty() {
        check.failure = Some(Failure::new(Code::REQUIRED, Path::root()));
        return check;
    }
    // Fixed-size copies: every index below is checked by the compiler, none can panic.
    let long: Option<[u8; 18]> = check.normalized.as_bytes().try_into().ok();
    let short: Option<[u8; 15]> = check.normalized.as_bytes().try_into().ok();
    let result = match (long, short) {
        (Some(b), _) if all_digits_bytes(&b[..17]) && (b[17].is_ascii_digit() || b[17] == b'X') => {
            check_18(&b, &mut check, today)
        }
        (_, Some(b)) if all_digits_bytes(&b) => check_15(&b, &mut check, today),
        (_, Some(b)) if b[..3].iter().all(u8::is_ascii_uppercase) && all_digits_bytes(&b[3..]) => {
            check.id_type = Some(IdType::ForeignPermanentResident);
            Ok(())
        }
        _ => Err(Failure::new(Code::ID_FORMAT, Path::root())
            .with("reason", expected.unwrap_or(IdType::ResidentId).as_str())
            .with("length", check.normalized.chars().count())),
    };
    if let Err(failure) = result {
        check.failure = Some(failure);
        return check;
    }
    if let (Some(expected), Some(found)) = (expected, check.id_type) {
        if expected.family() != found.family() {
            check.failure = Some(
                Failure::new(Code::ID_TYPE_MISMATCH, Path::root())
                    .with("type", found.as_str())
                    .with("expected", expected.as_str()),
            );
        }
    }
    check
}

fn birth(
    year: u32,
    month: u32,
    day: u32,
    shown: &str,
    today: Option<NaiveDate>,
) -> Result<NaiveDate, Failure> {
    let reason = match NaiveDate::from_ymd_opt(year as i32, month, day) {
        Some(date) if year as i32 >= EARLIEST_YEAR => match today {
            Some(today) if date > today => "future",
            _ => return Ok(date),
        },
        _ => "invalid",
    };
    Err(Failure::new(Code::ID_BIRTH_DATE, Path::root())
        .with("reason", reason)
        .with("value", shown))
}

fn check_18(
    bytes: &[u8; 18],
    check: &mut IdCheck,
    today: Option<NaiveDate>,
) -> Result<(), Failure> {
    let id_type = match &bytes[..6] {
        b"810000" | b"820000" => IdType::HkMacaoResidencePermit,
        b"830000" => IdType::TaiwanResidencePermit,
        _ if bytes[0] == b'9' => IdType::ForeignPermanentResident,
        _ => IdType::ResidentId,
    };
    check.id_type = Some(id_type);
    // The text of the number is ASCII (checked by the caller), so `get` finds every range; it
    // spares the UTF-8 validation of `str::from_utf8`.
    let text = |range| check.normalized.get(range).unwrap_or_default();
    let region = match id_type {
        IdType::ResidentId => text(0..2),
        IdType::ForeignPermanentResident => text(1..3),
        _ => "11",
    };
    if !province_known(region.as_bytes()) {
        return Err(Failure::new(Code::ID_REGION, Path::root()).with("value", region));
    }
    let date = &bytes[6..14];
    let born = birth(
        number(&date[..4]),
        number(&date[4..6]),
        number(&date[6..]),
        text(6..14),
        today,
    )?;
    if check_character(&bytes[..17]) != Some(bytes[17]) {
        return Err(Failure::new(Code::ID_CHECKSUM, Path::root()));
    }
    check.birth_date = Some(born);
    check.gender = Some(Gender::from_sequence(bytes[16]));
    Ok(())
}

fn check_15(
    bytes: &[u8; 15],
    check: &mut IdCheck,
    today: Option<NaiveDate>,
) -> Result<(), Failure> {
    check.id_type = Some(IdType::ResidentId15);
    // ASCII digits (checked by the caller): see `check_18`.
    let text = |range| check.normalized.get(range).unwrap_or_default();
    if !province_known(&bytes[0..2]) {
        return Err(Failure::new(Code::ID_REGION, Path::root()).with("value", text(0..2)));
    }
    let date = &bytes[6..12];
    let born = birth(
        1900 + number(&date[..2]),
        number(&date[2..4]),
        number(&date[4..]),
        text(6..12),
        today,
    )?;
    let mut upgraded = String::with_capacity(18);
    upgraded.push_str(text(0..6));
    upgraded.push_str("19");
    upgraded.push_str(text(6..15));
    let check_char = check_character(upgraded.as_bytes()).unwrap_or(b'0');
    upgraded.push(char::from(check_char));
    check.normalized = upgraded;
    check.birth_date = Some(born);
    check.gender = Some(Gender::from_sequence(bytes[14]));
    check.failure =
        Some(Failure::new(Code::ID_LEGACY_15, Path::root()).with("normalized", &check.normalized));
    check.severity = Severity::Warning;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(value: &str) -> Option<&'static str> {
        check_id(value, None, None).failure.map(|f| f.code.as_str())
    }

    #[test]
    fn check_characters_of_published_examples() {
        assert_eq!(check_character(b"11010519491231002"), Some(b'X'));
        assert_eq!(check_character(b"44052418800101001"), Some(b'4'));
        assert_eq!(check_character(b"1101051949123100"), None);
    }

    #[test]
    fn resident_ids() {
        let c = check_id("11010519491231002x", None, None);
        assert!(c.valid(), "{:?}", c.failure);
        assert_eq!(c.normalized, "11010519491231002X");
        assert_eq!(c.id_type, Some(IdType::ResidentId));
        assert_eq!(c.gender, Some(Gender::Female));
        assert_eq!(c.birth_date, NaiveDate::from_ymd_opt(1949, 12, 31));
        assert_eq!(code("110105194912310021"), Some("idChecksum"));
        assert_eq!(code("11010519491331002X"), Some("idBirthDate"));
        assert_eq!(code("99010519491231002X"), Some("idRegion"));
        assert_eq!(code("1101051949123100"), Some("idFormat"));
        assert_eq!(code("1101051949123100X2"), Some("idFormat"));
        assert_eq!(code("  "), Some("required"));
        let future = check_id(
            "11010520300101002X",
            None,
            NaiveDate::from_ymd_opt(2026, 1, 1),
        );
        assert_eq!(future.failure.map(|f| f.code), Some(Code::ID_BIRTH_DATE));
    }

    #[test]
    fn old_fifteen_digit_ids_become_eighteen_with_a_warning() {
        let c = check_id("110105491231002", None, None);
        assert_eq!(c.normalized, "11010519491231002X");
        assert_eq!(c.id_type, Some(IdType::ResidentId15));
        assert_eq!(c.severity, Severity::Warning);
        assert!(c.valid());
        assert_eq!(c.failure.map(|f| f.code), Some(Code::ID_LEGACY_15));
        assert_eq!(code("110105491331002"), Some("idBirthDate"));
    }

    #[test]
    fn permits_and_foreign_ids() {
        let mut hk = b"81000019900101001".to_vec();
        hk.push(check_character(&hk).unwrap());
        let hk = String::from_utf8(hk).unwrap();
        assert_eq!(
            check_id(&hk, None, None).id_type,
            Some(IdType::HkMacaoResidencePermit)
        );
        let mismatch = check_id(&hk, Some(IdType::ResidentId), None);
        assert_eq!(
            mismatch.failure.map(|f| f.code),
            Some(Code::ID_TYPE_MISMATCH)
        );
        let mut fpr = b"93184019900101001".to_vec();
        fpr.push(check_character(&fpr).unwrap());
        let fpr = String::from_utf8(fpr).unwrap();
        let c = check_id(&fpr, Some(IdType::ForeignPermanentResident), None);
        assert!(c.valid() && c.failure.is_none(), "{:?}", c.failure);
        let old = check_id("usa3112345678 90", None, None);
        assert_eq!(old.id_type, Some(IdType::ForeignPermanentResident));
        assert_eq!(old.normalized, "USA311234567890");
        assert!(old.failure.is_none());
    }
}
