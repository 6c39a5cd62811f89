//! Bank account numbers: 12 to 19 digits. Card numbers carry a Luhn check digit; passbook and some
//! older accounts do not, so a Luhn failure is only a warning.

use super::normalize::{all_digits, clean};
use crate::failure::{Code, Failure};
use crate::path::Path;

/// Whether the digits pass the Luhn check (ISO/IEC 7812).
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        let d = u32::from(b.wrapping_sub(b'0'));
        sum += if i % 2 == 1 {
            let doubled = d * 2;
            if doubled > 9 {
                doubled - 9
            } else {
                doubled
            }
        } else {
            d
        };
    }
    sum % 10 == 0
}

/// The account number as digits, or a failure: `required`, `bankAccountFormat` (an error). A Luhn
/// failure is returned beside the digits as a `bankAccountChecksum` warning.
pub fn check_bank_account(value: &str) -> Result<(String, Option<Failure>), Failure> {
    let digits = clean(value);
    if digits.is_empty() {
        return Err(Failure::new(Code::REQUIRED, Path::root()));
    }
    let length = digits.chars().count();
    if !all_digits(&digits) || !(12..=19).contains(&length) {
        return Err(Failure::new(Code::BANK_ACCOUNT_FORMAT, Path::root()).with("length", length));
    }
    let warning = (!luhn(&digits)).then(|| Failure::new(Code::BANK_ACCOUNT_CHECKSUM, Path::root()));
    Ok((digits, warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_lengths() {
        assert!(luhn("4111111111111111"));
        assert!(!luhn("4111111111111112"));
        let (digits, warning) = check_bank_account("6217 0000 1000 0000 009").unwrap();
        assert_eq!(digits, "6217000010000000009");
        assert_eq!(warning.is_some(), !luhn(&digits));
        assert!(check_bank_account("4111 1111 1111 1111")
            .unwrap()
            .1
            .is_none());
        assert_eq!(
            check_bank_account("4111 1111 1111 1112")
                .unwrap()
                .1
                .map(|f| f.code),
            Some(Code::BANK_ACCOUNT_CHECKSUM)
        );
        assert_eq!(
            check_bank_account("12345").unwrap_err().code,
            Code::BANK_ACCOUNT_FORMAT
        );
        assert_eq!(
            check_bank_account("1234567890123456789a").unwrap_err().code,
            Code::BANK_ACCOUNT_FORMAT
        );
    }
}
