//! The second pass: every value a notice publishes is scanned for identity numbers, phone numbers
//! and bank account numbers, whatever field it came from. Self-contained on purpose: a notice must
//! not depend on the application's validation having run (or having been right).
//!
//! Digits are read as people type them: ASCII or full-width, with single spaces or dashes between
//! groups (`138 1234 5678`, `021-5972 8888`); an `X` may end an ID number. Every run of 7 or more
//! digits is a finding, so the scan fails closed:
//! - an 18-character window whose check character is right by ISO 7064 MOD 11-2 (GB 11643-1999;
//!   also the residence permits and the 2023 foreign permanent-resident ID), or a run of exactly 15
//!   digits with a real `YYMMDD` at positions 7–12 (the old ID), is an ID number;
//! - any other run of 12 or more digits is a bank account (cards are 16–19, passbooks 12 and up);
//! - any other run of 7 to 11 digits is a phone number (local 7–8, mobile 11, landline with area
//!   code 10–12 is caught by one of the two).
//!
//! A notice's own figures never make such a run: dates are written 2025年9月30日 or 30 September
//! 2025, amounts stay under 100000 yuan.

/// What a scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leak {
    IdNumber,
    Phone,
    BankAccount,
}

/// The value of an ASCII or full-width digit.
pub(super) fn digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{FF10}'..='\u{FF19}' => Some((c as u32 - 0xFF10) as u8),
        _ => None,
    }
}

fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ')
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '\u{3000}' | '\u{A0}' | '－')
}

/// Whether `found` holds for a run of digits in `text` (ASCII bytes; an ID's `X` kept as `b'X'`
/// and ending its run), runs joined across single separators. The walk stops at the first run
/// `found` accepts.
pub(super) fn any_run(text: &str, mut found: impl FnMut(&[u8]) -> bool) -> bool {
    let mut run: Vec<u8> = Vec::new();
    let mut separated = false;
    for c in text.chars() {
        let ends = if let Some(d) = digit(c) {
            run.push(b'0' + d);
            separated = false;
            false
        } else if is_x(c) && !run.is_empty() && !separated {
            run.push(b'X');
            true
        } else if is_separator(c) && !run.is_empty() && !separated {
            separated = true;
            false
        } else {
            separated = false;
            !run.is_empty()
        };
        if ends {
            if found(&run) {
                return true;
            }
            run.clear();
        }
    }
    !run.is_empty() && found(&run)
}

/// Whether `id` (18 bytes) ends with the MOD 11-2 check character of its first 17 digits.
pub(super) fn checksum_ok(id: &[u8]) -> bool {
    id.len() == 18 && id.get(..17).and_then(crate::identity::check_character) == id.get(17).copied()
}

/// A 15-digit ID of the first generation: `YYMMDD` at positions 7–12, month and day in range.
fn is_old_id(run: &[u8]) -> bool {
    let two = |at: usize| -> Option<u8> {
        let pair = std::str::from_utf8(run.get(at..at + 2)?).ok()?;
        pair.parse().ok()
    };
    run.len() == 15
        && run.iter().all(u8::is_ascii_digit)
        && matches!((two(8), two(10)), (Some(1..=12), Some(1..=31)))
}

fn classify(run: &[u8]) -> Option<Leak> {
    let digits = run.iter().filter(|b| b.is_ascii_digit()).count();
    if run.windows(18).any(checksum_ok) || is_old_id(run) {
        Some(Leak::IdNumber)
    } else if digits >= 12 {
        Some(Leak::BankAccount)
    } else if digits >= 7 {
        Some(Leak::Phone)
    } else {
        None
    }
}

/// The first finding in `text`, if any.
pub fn scan(text: &str) -> Option<Leak> {
    let mut leak = None;
    any_run(text, |run| {
        leak = classify(run);
        leak.is_some()
    });
    leak
}

/// Every finding in `text`, run by run in order (`scan` stops at the first, which may be a phone
/// number hiding an ID number after it).
pub fn scan_all(text: &str) -> Vec<Leak> {
    let mut leaks = Vec::new();
    any_run(text, |run| {
        leaks.extend(classify(run));
        false
    });
    leaks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_checksummed_ids_phones_and_accounts() {
        assert_eq!(scan("11010519491231002X"), Some(Leak::IdNumber));
        assert_eq!(scan("身份证 110105 19491231 002x 号"), Some(Leak::IdNumber));
        assert_eq!(
            scan("１１０１０５１９４９１２３１００２Ｘ"),
            Some(Leak::IdNumber)
        );
        // A wrong check character is not an ID number, but 17 digits are still an account.
        assert_eq!(scan("110105194912310021"), Some(Leak::BankAccount));
        assert_eq!(scan("310118900101123"), Some(Leak::IdNumber));
        assert_eq!(scan("138 1234 5678"), Some(Leak::Phone));
        assert_eq!(scan("021-59728888"), Some(Leak::Phone));
        assert_eq!(scan("6222 0210 0112 3456 789"), Some(Leak::BankAccount));
        assert_eq!(scan("2025年9月30日至2025年10月9日，每月1330.50元"), None);
        assert_eq!(scan("30 September 2025 to 9 October 2025"), None);
        assert_eq!(scan("第123居民委员会 12345"), None);
        // Two separators in a row end a run.
        assert_eq!(scan("1234 - 5678"), None);
    }

    #[test]
    fn check_characters() {
        assert!(checksum_ok(b"11010519491231002X"));
        assert!(checksum_ok(b"440524188001010014"));
        assert!(!checksum_ok(b"440524188001010015"));
        assert!(!checksum_ok(b"4405241880010100"));
    }
}
