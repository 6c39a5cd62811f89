//! The statutory holidays themselves (全国年节及纪念日放假办法), from data: which days of a year are
//! holidays by law, whatever the yearly arrangement adds around them. They tell a 法定节假日 from an
//! arranged rest day (调休) in published years, and estimate years whose notice is not yet out.

use super::embedded::{ANCHORS, ANCHORS_FIRST_YEAR, ANCHORS_YEARS, REVISIONS};
use super::holiday::{Holiday, HolidaySet};
use super::notice::{HolidayBlock, Notice};
use crate::prelude::*;
use chrono::{Datelike, NaiveDate, Weekday};

pub(crate) struct EmbeddedRevision {
    pub since: i32,
    pub basis: &'static str,
    pub holidays: &'static [EmbeddedStatutory],
}

/// Small integer types: the compiled-in rows are bytes of the wasm.
pub(crate) struct EmbeddedStatutory {
    pub holiday: Holiday,
    /// A fixed month-day as `mmdd`.
    pub date: Option<u16>,
    /// Or a column of the lunar anchors table (its index), moved by `offset` days.
    pub anchor: Option<u8>,
    pub offset: i8,
    pub days: u8,
}

/// The years for which statutory holidays can be computed (the range of the lunar anchors table).
pub fn supported_years() -> core::ops::RangeInclusive<i32> {
    let first = REVISIONS
        .first()
        .map_or(ANCHORS_FIRST_YEAR, |r| r.since.max(ANCHORS_FIRST_YEAR));
    first..=ANCHORS_FIRST_YEAR + ANCHORS_YEARS as i32 - 1
}

fn revision(year: i32) -> Option<&'static EmbeddedRevision> {
    REVISIONS.iter().rev().find(|r| r.since <= year)
}

/// The legal basis of the statutory holidays in force in `year`.
pub fn basis(year: i32) -> Option<&'static str> {
    revision(year).map(|r| r.basis)
}

/// The anchor date of `column` in `year`. The table holds a column after another, of bytes: the
/// day of the year less 64 for each column before (the columns run from January to October), half
/// the bytes of `u16` days.
fn anchor(year: i32, column: usize) -> Option<NaiveDate> {
    let years = ANCHORS.get(column)?;
    let day = *years.get(usize::try_from(year - ANCHORS_FIRST_YEAR).ok()?)?;
    let day = u32::from(day) + 64 * column as u32;
    NaiveDate::from_yo_opt(year, day)
}

/// Each statutory holiday of `year` with its days, in calendar order; `None` outside the data.
pub fn statutory_holidays(year: i32) -> Option<Vec<(Holiday, Vec<NaiveDate>)>> {
    if !supported_years().contains(&year) {
        return None;
    }
    // Plain loops: collecting into `Option<Vec<_>>` instantiated a large `GenericShunt`.
    let rules = revision(year)?.holidays;
    let mut out = Vec::new();
    for rule in rules {
        let holiday = rule.holiday;
        let start = match (rule.date, rule.anchor) {
            (Some(mmdd), _) => {
                NaiveDate::from_ymd_opt(year, (mmdd / 100).into(), (mmdd % 100).into())?
            }
            (None, Some(column)) => anchor(year, column.into())?,
            (None, None) => return None,
        };
        let start = super::date::shift(start, rule.offset.into())?;
        let mut days = Vec::new();
        for i in 0..rule.days {
            days.push(super::date::shift(start, i.into())?);
        }
        out.push((holiday, days));
    }
    Some(out)
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// An estimate of an unpublished year: each statutory holiday is a rest block, and a holiday day on a
/// weekend is made up on the next free weekday (第六条). No make-up working days: only the notice
/// can declare them, so the estimate has none.
pub fn provisional_notice(year: i32) -> Option<Notice> {
    let holidays = statutory_holidays(year)?;
    // Plain loops: collecting the iterators instantiated more code. A day is taken when any
    // statutory holiday holds it (looked up, not copied into a list of its own).
    let mut blocks = Vec::new();
    for (holiday, days) in &holidays {
        // A holiday whose block runs past the last date is left out.
        let block = || {
            let (from, mut to) = (*days.first()?, *days.last()?);
            for &day in days {
                if !is_weekend(day) {
                    continue;
                }
                to = to.succ_opt()?;
                while is_weekend(to) || holidays.iter().any(|(_, days)| days.contains(&to)) {
                    to = to.succ_opt()?;
                }
            }
            let mut holidays = HolidaySet::EMPTY;
            holidays.insert(*holiday);
            Some(HolidayBlock {
                holidays,
                from,
                to,
                makeup_workdays: Vec::new(),
            })
        };
        if let Some(block) = block() {
            blocks.push(block);
        }
    }
    Some(Notice {
        year,
        sources: Vec::new(),
        blocks,
        provisional: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_2025_revision_has_thirteen_days() {
        let days = |y| {
            statutory_holidays(y)
                .unwrap()
                .iter()
                .map(|(_, d)| d.len())
                .sum::<usize>()
        };
        assert_eq!(days(2024), 11);
        assert_eq!(days(2025), 13);
        let spring = &statutory_holidays(2026).unwrap()[1];
        assert_eq!(spring.0, Holiday::SpringFestival);
        // 除夕 2026-02-16 to 初三 2026-02-19.
        assert_eq!(
            spring.1,
            vec![
                d("2026-02-16"),
                d("2026-02-17"),
                d("2026-02-18"),
                d("2026-02-19")
            ]
        );
    }

    #[test]
    fn estimate_substitutes_weekend_holidays() {
        let notice = provisional_notice(2027).unwrap();
        assert!(notice.provisional && notice.blocks.iter().all(|b| b.makeup_workdays.is_empty()));
        // 2027: 除夕 02-05 (Fri) .. 初三 02-08 (Mon); Saturday and Sunday are made up on 02-09 and 02-10.
        let spring = &notice.blocks[1];
        assert_eq!((spring.from, spring.to), (d("2027-02-05"), d("2027-02-10")));
        // 2027-10-01 is a Friday: 10-02 and 10-03 fall on the weekend, made up on 10-04 and 10-05.
        let national = notice.blocks.last().unwrap();
        assert_eq!(
            (national.from, national.to),
            (d("2027-10-01"), d("2027-10-05"))
        );
    }

    #[test]
    fn every_anchor_is_the_date_of_the_data() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/lunar-anchors.json");
        let data: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let years = data["years"].as_object().unwrap();
        assert_eq!(years.len(), ANCHORS_YEARS);
        for (year, dates) in years {
            let year: i32 = year.parse().unwrap();
            for (column, date) in dates.as_array().unwrap().iter().enumerate() {
                let expected = NaiveDate::parse_from_str(date.as_str().unwrap(), "%Y-%m-%d");
                assert_eq!(anchor(year, column), expected.ok(), "{year} {column}");
            }
        }
    }

    #[test]
    fn no_estimate_outside_the_anchor_table() {
        assert!(statutory_holidays(1999).is_none());
        assert!(provisional_notice(*supported_years().end() + 1).is_none());
    }
}
