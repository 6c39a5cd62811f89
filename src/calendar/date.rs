//! Dates cross every boundary as `YYYY-MM-DD` strings: no time zones, no `Date` objects, so no
//! off-by-one at midnight. Parsing is strict; anything else is an `invalidDate` failure. A
//! `NaiveDate` displays as `YYYY-MM-DD` (chrono), which is how every result writes it.

use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use chrono::{Datelike, Days, NaiveDate};

/// Parses exactly `YYYY-MM-DD` (ASCII digits, a real calendar date). `path` names the argument.
pub fn parse_date(value: &str, path: impl Into<Path>) -> Result<NaiveDate, Failure> {
    let invalid = || Failure::new(Code::INVALID_DATE, path).with("value", excerpt(value));
    let bytes = value.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(invalid());
    }
    let number = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    NaiveDate::from_ymd_opt(number(0, 4) as i32, number(5, 7), number(8, 10)).ok_or_else(invalid)
}

/// `date` moved by `days` (earlier when negative); `None` off chrono's range.
pub(crate) fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(n)
    } else {
        date.checked_add_days(n)
    }
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(
            parse_date("2026-02-14", "d").map(|d| d.to_string()),
            Ok("2026-02-14".into())
        );
        for bad in [
            "2026-02-30",
            "2026-2-14",
            "2026/02/14",
            "20260214",
            "",
            "2026-02-14T00:00",
            "２０２６-02-14",
            "+026-02-14",
        ] {
            let failure = parse_date(bad, "d").unwrap_err();
            assert_eq!(
                (failure.code, failure.path.as_str()),
                (Code::INVALID_DATE, "d"),
                "{bad}"
            );
        }
        assert!(parse_date("2024-02-29", "d").is_ok());
        assert!(parse_date("2025-02-29", "d").is_err());
    }

    #[test]
    fn shifts_and_counts_whole_days() {
        let d = |s| parse_date(s, "").unwrap();
        assert_eq!(shift(d("2026-12-31"), 1), Some(d("2027-01-01")));
        assert_eq!(shift(d("2026-03-01"), -1), Some(d("2026-02-28")));
        assert_eq!(days_between(d("2026-03-01"), d("2026-02-28")), -1);
        assert_eq!(shift(NaiveDate::MAX, 1), None);
    }
}
