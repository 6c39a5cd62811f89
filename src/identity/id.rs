//! Identity numbers: the resident ID of GB 11643-1999 (18 characters, and the old 15-digit form),
//! the residence permits of Hong Kong, Macao and Taiwan residents (the same layout with address
//! code 810000, 820000 or 830000), and the foreign permanent-resident ID (2023: 18 digits starting
//! with 9, same layout; older: 3 letters and 12 digits).
//!
//! The layouts of the foreign permanent-resident IDs, as the National Immigration Administration's
//! rules for the 2023 card describe them (its number keeps the old one's parts, the letters made
//! digits):
//! - 2023: `9`, the province where it was applied for (2 digits), the nationality (ISO 3166-1
//!   numeric), the birth date `YYYYMMDD`, a sequence of 3 digits and the MOD 11-2 check character;
//! - 2004: the nationality (ISO 3166-1 alpha-3), the place applied for (4 digits: province and
//!   city), the birth date `YYMMDD`, one sequence digit and one check digit (not checked here: its
//!   rule is not published with the layout).

use super::normalize::clean;
use super::registry::{country_alpha3, country_numeric, region_issued};
use super::{Gender, IdCheck, IdType, Severity};
use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::NaiveDate;

/// Provincial codes of GB/T 2260 (with 71 Taiwan); 81, 82 and 83 only as the permits' 810000,
/// 820000 and 830000. An unknown province is an error; an unknown county code under a known one
/// only a warning (`registry::region_issued`), since the lists of codes ever issued may miss one.
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
            check_foreign_15(&b, &mut check)
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
    if id_type == IdType::ForeignPermanentResident && !country_numeric(&bytes[3..6]) {
        return Err(Failure::new(Code::ID_COUNTRY, Path::root()).with("value", text(3..6)));
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
    if id_type == IdType::ResidentId && !region_issued(&bytes[..6]) {
        check.failure = Some(region_unknown(text(0..6)));
        check.severity = Severity::Warning;
    }
    Ok(())
}

/// Warning: six digits that no list of codes ever issued has. Old codes stay valid in a number
/// for life, and a list may miss one, so the number is not refused: the person checks it.
fn region_unknown(region: &str) -> Failure {
    Failure::new(Code::ID_REGION_UNKNOWN, Path::root()).with("value", region)
}

/// The 2004 foreign permanent-resident ID: a country, a province (of the place applied at) and a
/// birth date that exist. The century of `YYMMDD` is not written: the date must exist in the
/// 1900s or the 2000s, and no birth date is derived from it.
fn check_foreign_15(bytes: &[u8; 15], check: &mut IdCheck) -> Result<(), Failure> {
    check.id_type = Some(IdType::ForeignPermanentResident);
    // ASCII letters and digits (checked by the caller): see `check_18`.
    let text = |range| check.normalized.get(range).unwrap_or_default();
    if !country_alpha3(&bytes[..3]) {
        return Err(Failure::new(Code::ID_COUNTRY, Path::root()).with("value", text(0..3)));
    }
    if !province_known(&bytes[3..5]) {
        return Err(Failure::new(Code::ID_REGION, Path::root()).with("value", text(3..5)));
    }
    let date = &bytes[7..13];
    let (year, month, day) = (number(&date[..2]), number(&date[2..4]), number(&date[4..]));
    let exists = [1900, 2000]
        .iter()
        .any(|century| NaiveDate::from_ymd_opt((century + year) as i32, month, day).is_some());
    if !exists {
        return Err(Failure::new(Code::ID_BIRTH_DATE, Path::root())
            .with("reason", "invalid")
            .with("value", text(7..13)));
    }
    Ok(())
}

/// Warning: an old 15-digit number, converted to `normalized`.
pub(super) fn legacy_15(normalized: &str) -> Failure {
    Failure::new(Code::ID_LEGACY_15, Path::root()).with("normalized", normalized)
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
    let known = region_issued(&bytes[..6]);
    let unknown = region_unknown(text(0..6));
    let mut upgraded = String::with_capacity(18);
    upgraded.push_str(text(0..6));
    upgraded.push_str("19");
    upgraded.push_str(text(6..15));
    let check_char = check_character(upgraded.as_bytes()).unwrap_or(b'0');
    upgraded.push(char::from(check_char));
    check.normalized = upgraded;
    check.birth_date = Some(born);
    check.gender = Some(Gender::from_sequence(bytes[14]));
    // The unknown region is the warning shown; the conversion is still reported beside it by
    // validation (`IdCheck::converted`), and the number is converted all the same.
    check.failure = Some(if known {
        legacy_15(&check.normalized)
    } else {
        unknown
    });
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
        let old = check_id("usa3101900101 23", None, None);
        assert_eq!(old.id_type, Some(IdType::ForeignPermanentResident));
        assert_eq!(old.normalized, "USA310190010123");
        assert!(old.failure.is_none());
    }

    /// A 2023 foreign permanent-resident ID issued in Shanghai to a national of `country`.
    fn foreign(country: &str) -> String {
        let mut id = format!("931{country}19900101001").into_bytes();
        id.push(check_character(&id).unwrap());
        String::from_utf8(id).unwrap()
    }

    #[test]
    fn foreign_ids_carry_a_real_country_and_birth_date() {
        let failure = |id: &str| {
            let f = check_id(id, None, None).failure.unwrap();
            (f.code.as_str(), f.param("value").unwrap().to_owned())
        };
        assert!(check_id(&foreign("840"), None, None).failure.is_none());
        assert!(check_id(&foreign("891"), None, None).failure.is_none());
        for nationality in ["000", "999", "156", "983"] {
            let id = foreign(nationality);
            assert_eq!(failure(&id), ("idCountry", nationality.to_owned()), "{id}");
        }
        // 2004: letters, the place applied at (province 31, city 01), YYMMDD, two digits.
        assert_eq!(failure("ZZZ310190010123"), ("idCountry", "ZZZ".to_owned()));
        assert_eq!(failure("CHN310190010123"), ("idCountry", "CHN".to_owned()));
        assert_eq!(failure("USA990190010123"), ("idRegion", "99".to_owned()));
        assert_eq!(
            failure("USA310190130123"),
            ("idBirthDate", "901301".to_owned())
        );
        assert_eq!(
            failure("USA310190023023"),
            ("idBirthDate", "900230".to_owned())
        );
        // 29 February of 00 exists in 2000, not in 1900; a withdrawn code issued before 2006.
        assert!(check_id("SCG310100022923", None, None).failure.is_none());
    }

    #[test]
    fn region_codes_never_issued_are_a_warning() {
        let resident = |region: &str| {
            let mut id = format!("{region}19800101002").into_bytes();
            id.push(check_character(&id).unwrap());
            check_id(&String::from_utf8(id).unwrap(), None, None)
        };
        for region in ["218243", "649955", "310000", "710000"] {
            let c = resident(region);
            let f = c.failure.clone().unwrap();
            assert_eq!(
                (f.code, f.param("value")),
                (Code::ID_REGION_UNKNOWN, Some(region))
            );
            assert_eq!(c.severity, Severity::Warning);
            assert!(c.valid() && c.birth_date.is_some(), "{region}");
        }
        // Known, and abolished codes that old IDs still carry (310103 卢湾区, gone in 2011).
        for region in ["310118", "310103", "110105"] {
            assert!(resident(region).failure.is_none(), "{region}");
        }
        // An impossible province stays an error, and errors come before the warning.
        let mut bad = resident("218243").normalized.into_bytes();
        bad[17] = if bad[17] == b'1' { b'2' } else { b'1' };
        let bad = check_id(std::str::from_utf8(&bad).unwrap(), None, None);
        assert_eq!(bad.failure.map(|f| f.code), Some(Code::ID_CHECKSUM));
        // A 15-digit number: the unknown region is shown, the conversion reported beside it.
        let old = check_id("218243800101002", None, None);
        assert_eq!(
            old.failure.as_ref().map(|f| f.code),
            Some(Code::ID_REGION_UNKNOWN)
        );
        assert_eq!(old.normalized.len(), 18);
        assert_eq!(old.converted().map(|f| f.code), Some(Code::ID_LEGACY_15));
        assert!(check_id("110105491231002", None, None)
            .converted()
            .is_none());
    }
}
