//! The statutory holidays themselves (全国年节及纪念日放假办法), from data: which days of a year are
//! holidays by law, whatever the yearly arrangement adds around them. They tell a 法定节假日 from an
//! arranged rest day (调休) in published years, and estimate years whose notice is not yet out.
//!
//! Two tables: `data/statutory-holidays.json` (the rules of each revision of the 办法) and
//! `data/lunar-anchors.json` (the Gregorian dates of the lunar festivals, per year).

use super::date::{parse_date, shift};
use super::holiday::{Holiday, HolidaySet};
use super::notice::{HolidayBlock, Notice};
use crate::data::{self, DateText};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::sync::OnceLock;

#[derive(Debug, Default, Deserialize)]
struct Rules {
    revisions: Vec<Revision>,
}

/// One revision of the 办法, in force from the year `since`.
#[derive(Debug, Deserialize)]
struct Revision {
    since: i32,
    /// The provision that lists the holidays.
    basis: String,
    holidays: Vec<Rule>,
}

/// One holiday of a revision: a fixed month-day (`"10-01"`), or a lunar anchor moved by `offset`
/// days; `days` long.
#[derive(Debug, Deserialize)]
struct Rule {
    holiday: Holiday,
    date: Option<String>,
    anchor: Option<String>,
    #[serde(default)]
    offset: i64,
    days: u32,
}

#[derive(Debug, Default, Deserialize)]
struct Anchors {
    /// The names of the columns of each year's row (`lunarNewYear`, `qingming`, …).
    columns: Vec<String>,
    /// Dates as `YYYY-MM-DD`, read by the calendar's own date parser.
    years: BTreeMap<i32, Vec<DateText>>,
}

/// Both tables, read once from the compiled-in data (checked by build.rs and by the tests below).
fn tables() -> &'static (Rules, Anchors) {
    static TABLES: OnceLock<(Rules, Anchors)> = OnceLock::new();
    TABLES.get_or_init(|| {
        let rules = include_str!(concat!(env!("OUT_DIR"), "/statutory-holidays.json"));
        let anchors = include_str!(concat!(env!("OUT_DIR"), "/lunar-anchors.json"));
        (
            typed(rules).unwrap_or_default(),
            typed(anchors).unwrap_or_default(),
        )
    })
}

/// A compiled-in table, read as JSON by [`data::embedded`], then by its serde model.
fn typed<T: DeserializeOwned>(text: &str) -> Option<T> {
    T::deserialize(&data::embedded(text)?).ok()
}

/// The years for which statutory holidays can be computed: from the first revision to the last
/// year of the lunar anchors.
pub fn supported_years() -> RangeInclusive<i32> {
    let (rules, anchors) = tables();
    let first_anchor = anchors.years.keys().next().copied().unwrap_or(i32::MAX);
    let last_anchor = anchors
        .years
        .keys()
        .next_back()
        .copied()
        .unwrap_or(i32::MIN);
    let first = rules
        .revisions
        .first()
        .map_or(first_anchor, |r| r.since.max(first_anchor));
    first..=last_anchor
}

fn revision(year: i32) -> Option<&'static Revision> {
    tables().0.revisions.iter().rev().find(|r| r.since <= year)
}

/// The legal basis of the statutory holidays in force in `year`.
pub fn basis(year: i32) -> Option<&'static str> {
    revision(year).map(|r| r.basis.as_str())
}

/// The date of the lunar anchor `column` in `year`.
fn anchor(year: i32, column: &str) -> Option<NaiveDate> {
    let anchors = &tables().1;
    let index = anchors.columns.iter().position(|c| c == column)?;
    let date = anchors.years.get(&year)?.get(index)?;
    parse_date(date.as_str(), crate::path::Path::root()).ok()
}

/// Each statutory holiday of `year` with its days, in calendar order; `None` outside the data.
pub fn statutory_holidays(year: i32) -> Option<Vec<(Holiday, Vec<NaiveDate>)>> {
    if !supported_years().contains(&year) {
        return None;
    }
    revision(year)?
        .holidays
        .iter()
        .map(|rule| {
            let start = match (&rule.date, &rule.anchor) {
                (Some(month_day), _) => {
                    let (month, day) = month_day.split_once('-')?;
                    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)?
                }
                (None, Some(column)) => anchor(year, column)?,
                (None, None) => return None,
            };
            let start = shift(start, rule.offset)?;
            let days = (0..rule.days)
                .map(|i| shift(start, i.into()))
                .collect::<Option<Vec<_>>>()?;
            Some((rule.holiday, days))
        })
        .collect()
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// An estimate of an unpublished year: each statutory holiday is a rest block, and a holiday day on
/// a weekend is made up on the next free weekday (第六条). No make-up working days: only the notice
/// can declare them, so the estimate has none.
pub fn provisional_notice(year: i32) -> Option<Notice> {
    let holidays = statutory_holidays(year)?;
    let is_holiday = |day: NaiveDate| holidays.iter().any(|(_, days)| days.contains(&day));
    let block = |holiday: Holiday, days: &[NaiveDate]| {
        let (from, mut to) = (*days.first()?, *days.last()?);
        for _ in days.iter().filter(|day| is_weekend(**day)) {
            to = to.succ_opt()?;
            while is_weekend(to) || is_holiday(to) {
                to = to.succ_opt()?;
            }
        }
        Some(HolidayBlock {
            holidays: [holiday].into_iter().collect::<HolidaySet>(),
            from,
            to,
            makeup_workdays: Vec::new(),
        })
    };
    Some(Notice {
        year,
        sources: Vec::new(),
        // A holiday whose block would run past the last date is left out.
        blocks: holidays
            .iter()
            .filter_map(|(holiday, days)| block(*holiday, days))
            .collect(),
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
    fn the_compiled_in_tables_are_read() {
        let (rules, anchors) = tables();
        assert_eq!(rules.revisions.len(), 3);
        assert_eq!(anchors.columns.len(), 4);
        assert!(anchors.years.values().all(|row| row.len() == 4));
        assert_eq!(supported_years(), 2008..=2100);
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
        assert!(basis(2026).unwrap().contains("2024年修订"));
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
    fn every_anchor_is_the_date_of_the_data_file() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/lunar-anchors.json");
        let data: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let columns = data["columns"].as_array().unwrap();
        let years = data["years"].as_object().unwrap();
        assert_eq!(years.len(), tables().1.years.len());
        for (year, dates) in years {
            let year: i32 = year.parse().unwrap();
            for (column, date) in columns.iter().zip(dates.as_array().unwrap()) {
                let expected = d(date.as_str().unwrap());
                assert_eq!(anchor(year, column.as_str().unwrap()), Some(expected));
            }
        }
    }

    #[test]
    fn no_estimate_outside_the_anchor_table() {
        assert!(statutory_holidays(1999).is_none());
        assert!(provisional_notice(*supported_years().end() + 1).is_none());
    }
}
