//! Dates cross every boundary as `YYYY-MM-DD` strings: no time zones, no `Date` objects, so no
//! off-by-one at midnight. Parsing is strict; anything else is an `invalidDate` failure.

use crate::failure::{Code, Failure};
use crate::pieces::{push, Padded, Piece};
use crate::prelude::*;
use chrono::{Datelike, Days, NaiveDate};

/// Parses exactly `YYYY-MM-DD` (ASCII digits, a real calendar date). `path` names the argument.
pub fn parse_date(value: &str, path: &str) -> Result<NaiveDate, Failure> {
    let invalid = || Failure::new(Code::INVALID_DATE, path).with("value", value);
    let bytes = value.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(invalid());
    }
    let number = |range: core::ops::Range<usize>| -> Option<u32> {
        let digits = &bytes[range];
        digits.iter().try_fold(0u32, |acc, b| {
            b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return Err(invalid());
    };
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or_else(invalid)
}

/// `date` moved by `days` (earlier when negative), `None` off chrono's range: by whole days, so
/// without chrono's signed durations (their code, and a panic path, for the two tables that used
/// them).
pub(crate) fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(n)
    } else {
        date.checked_add_days(n)
    }
}

/// Days from `from` to `to` (negative when `to` is earlier), without a signed duration.
pub(crate) fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce())
}

/// Formats as `YYYY-MM-DD`.
pub fn format_date(date: NaiveDate) -> String {
    cat!(date)
}

/// A date is written as `YYYY-MM-DD`, so a failure takes it as a parameter as it is
/// (`.with("date", date)`), with no string made for it on the way.
impl Piece for NaiveDate {
    fn push_to(&self, out: &mut String) {
        push!(
            out,
            Padded(self.year().into(), 4),
            '-',
            Padded(self.month().into(), 2),
            '-',
            Padded(self.day().into(), 2)
        );
    }
}

/// A date from its `yyyymmdd` integer form, as the compiled-in tables store it.
pub fn from_ymd_number(n: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt((n / 10000) as i32, n / 100 % 100, n % 100)
}

/// The `yyyymmdd` integer form of a date (years 0–9999).
pub fn to_ymd_number(date: NaiveDate) -> u32 {
    u32::try_from(date.year()).unwrap_or(0) * 10000 + date.month() * 100 + date.day()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(
            parse_date("2026-02-14", "d").map(format_date),
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
}
