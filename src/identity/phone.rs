//! Telephone numbers: a mainland mobile number (11 digits on an allocated prefix) or a Shanghai
//! landline (021 and 8 digits; the 8 digits alone are read as a Shanghai number).

use super::normalize::{all_digits, clean};
use crate::failure::{Code, Failure};
use crate::path::Path;

/// Mobile prefixes allocated to public networks (docs/domain.md, "Phone numbers"): 13x, 145, 147, 150–153, 155–159,
/// 162, 165–167, 170–173, 175–178, 18x, 190–193, 195–199.
fn mobile_prefix(second: u8, third: u8) -> bool {
    match second {
        b'3' | b'8' => true,
        b'4' => matches!(third, b'5' | b'7'),
        b'5' => third != b'4',
        b'6' => matches!(third, b'2' | b'5'..=b'7'),
        b'7' => matches!(third, b'0'..=b'3' | b'5'..=b'8'),
        b'9' => third != b'4',
        _ => false,
    }
}

/// The number as it should be stored (digits only: `13812345678`, `02161234567`), or a
/// `phoneFormat` failure (reason `mobilePrefix` when 11 digits start with an unallocated prefix).
pub fn check_phone(value: &str) -> Result<String, Failure> {
    let mut digits = clean(value);
    digits.retain(|c| c != '(' && c != ')' && c != '（' && c != '）');
    let digits = digits
        .strip_prefix("+86")
        .or_else(|| digits.strip_prefix("0086"))
        .map(str::to_owned)
        .unwrap_or(digits);
    if digits.is_empty() {
        return Err(Failure::new(Code::REQUIRED, Path::root()));
    }
    let invalid = || Failure::new(Code::PHONE_FORMAT, Path::root());
    if !all_digits(&digits) {
        return Err(invalid());
    }
    let b = digits.as_bytes();
    match b {
        [b'1', second, third, ..] if b.len() == 11 => {
            if mobile_prefix(*second, *third) {
                Ok(digits)
            } else {
                Err(invalid().with("reason", "mobilePrefix"))
            }
        }
        [b'0', b'2', b'1', first, ..] if b.len() == 11 && !matches!(first, b'0' | b'1') => {
            Ok(digits)
        }
        [first, ..] if b.len() == 8 && !matches!(first, b'0' | b'1') => Ok(format!("021{digits}")),
        _ => Err(invalid()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles_and_shanghai_landlines() {
        let ok = |s: &str| check_phone(s).unwrap();
        assert_eq!(ok("138 1234 5678"), "13812345678");
        assert_eq!(ok("+86 199-1234-5678"), "19912345678");
        assert_eq!(ok("（021）6123 4567"), "02161234567");
        assert_eq!(ok("59781234"), "02159781234");
        for bad in [
            "1381234567",
            "12812345678",
            "15412345678",
            "0106123456",
            "02101234567",
            "abc",
        ] {
            assert_eq!(
                check_phone(bad).unwrap_err().code,
                Code::PHONE_FORMAT,
                "{bad}"
            );
        }
        assert_eq!(check_phone(" ").unwrap_err().code, Code::REQUIRED);
    }
}
