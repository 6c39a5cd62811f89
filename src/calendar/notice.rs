//! A year's holiday arrangement as the State Council notice gives it (关于部分节假日安排的通知): per
//! holiday, a rest block and the weekend days made working days for it. Read from JSON (run-time
//! loads) or from the compiled-in tables; both are checked the same way.

use super::date::{days_between, parse_date, shift};
use super::holiday::{Holiday, HolidaySet};
use crate::failure::{Code, Failure};
use crate::json::Json as Value;
use crate::prelude::*;
use chrono::{Datelike, NaiveDate, Weekday};

/// The longest rest block accepted (the COVID-19 Spring Festival of 2020 ran 10 days).
const MAX_BLOCK_DAYS: i64 = 31;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayBlock {
    /// The statutory holidays this block is for.
    pub holidays: HolidaySet,
    /// First and last rest day, weekends inside included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Weekend days declared working days for this holiday (调休上班).
    pub makeup_workdays: Vec<NaiveDate>,
}

impl HolidayBlock {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub year: i32,
    /// Addresses of the notice (and of any later amendment).
    pub sources: Vec<String>,
    pub blocks: Vec<HolidayBlock>,
    /// True for an estimate made from the statutory holidays, not a published notice.
    pub provisional: bool,
}

/// The compiled-in form of a notice (see build.rs); dates are days after 1 January.
pub(crate) struct EmbeddedNotice {
    pub year: i32,
    /// The addresses, a line each.
    pub sources: &'static str,
    pub blocks: &'static [EmbeddedBlock],
    /// The make-up working days of the blocks, one after another.
    pub work: &'static [i16],
}

/// Dates are days after 1 January of the notice's year (negative in the December before).
pub(crate) struct EmbeddedBlock {
    pub holidays: HolidaySet,
    pub from: i16,
    pub to: i16,
    /// How many of the notice's `work` days are this block's (the next ones): a count rather than
    /// a slice of its own, six bytes a block instead of sixteen.
    pub work: u8,
}

fn shape(path: &str, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_HOLIDAY_CALENDAR, path).with("expected", expected)
}

// `path.key` and `path.i` (paths here are never empty: they start with the year), by the
// catalogue's builders rather than copies of them.
pub(super) use crate::documents::{path_index as item, path_join as child};

/// An optional array member: absent or null reads as empty.
fn optional_array<'v, 'a>(value: &'v Value<'a>, path: &str) -> Result<&'v [Value<'a>], Failure> {
    match value {
        Value::Null => Ok(&[]),
        Value::Array(items) => Ok(items),
        _ => Err(shape(path, "array")),
    }
}

/// The date at `path`: a string (else `expected: date`) in `YYYY-MM-DD`.
fn date_at(value: Option<&Value>, path: &str) -> Result<NaiveDate, Failure> {
    match value.and_then(Value::as_str) {
        Some(text) => parse_date(text, path),
        None => Err(shape(path, "date")),
    }
}

impl Notice {
    /// Reads one year of a `loadHolidayCalendar` object: `{ sources?, holidays: [{ holiday, from, to, work? }] }`.
    pub fn from_json(year: i32, value: &Value, path: &str) -> Result<Notice, Failure> {
        value.as_object().ok_or_else(|| shape(path, "object"))?;
        let mut sources = Vec::new();
        let sources_path = child(path, "sources");
        let items = optional_array(value.get("sources").unwrap_or(&Value::Null), &sources_path)?;
        for (i, source) in items.iter().enumerate() {
            let source = source.as_str();
            sources.push(
                source
                    .ok_or_else(|| shape(&item(&sources_path, i), "string"))?
                    .to_owned(),
            );
        }
        let holidays_path = child(path, "holidays");
        let items = value.get("holidays").and_then(Value::as_array);
        let items = items.ok_or_else(|| shape(&holidays_path, "array"))?;
        let mut blocks = Vec::new();
        for (i, block) in items.iter().enumerate() {
            blocks.push(block_from_json(block, &item(&holidays_path, i))?);
        }
        let notice = Notice {
            year,
            sources,
            blocks,
            provisional: false,
        };
        notice.check(path)?;
        Ok(notice)
    }

    /// Converts a compiled-in notice. Dates were checked by the build; the rules are checked by tests.
    pub(crate) fn from_embedded(embedded: &EmbeddedNotice) -> Notice {
        let new_year = NaiveDate::from_yo_opt(embedded.year, 1).unwrap_or_default();
        let date = |n: i16| shift(new_year, n.into()).unwrap_or_default();
        // Plain loops: collecting the iterators instantiated more code.
        let mut sources = Vec::new();
        for source in embedded.sources.split('\n') {
            sources.push(source.to_owned());
        }
        let mut work = embedded.work.iter();
        let mut blocks = Vec::new();
        for b in embedded.blocks {
            let mut makeup_workdays = Vec::new();
            for &n in work.by_ref().take(b.work.into()) {
                makeup_workdays.push(date(n));
            }
            blocks.push(HolidayBlock {
                holidays: b.holidays,
                from: date(b.from),
                to: date(b.to),
                makeup_workdays,
            });
        }
        Notice {
            year: embedded.year,
            sources,
            blocks,
            provisional: false,
        }
    }

    /// Rules a notice must keep on its own: dates belong to its year, make-up days are weekends,
    /// no day is both rest and work. (Statutory holidays and other years are checked by the calendar.)
    /// Paths are built only for a failure.
    pub fn check(&self, path: &str) -> Result<(), Failure> {
        for (i, block) in self.blocks.iter().enumerate() {
            let block_path = || item(&child(path, "holidays"), i);
            // The first and last day in turn (not an array of (date, key) tuples iterated).
            let (date, key) = if !self.in_year(block.from) {
                (block.from, "from")
            } else {
                (block.to, "to")
            };
            if !self.in_year(date) {
                return Err(self.outside_year(date, child(&block_path(), key)));
            }
            for (j, &day) in block.makeup_workdays.iter().enumerate() {
                let day_path = || item(&child(&block_path(), "work"), j);
                let code = if !self.in_year(day) {
                    return Err(self.outside_year(day, day_path()));
                } else if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                    Code::MAKEUP_DAY_NOT_WEEKEND
                } else if self.blocks.iter().any(|b| b.contains(day)) {
                    Code::HOLIDAY_CONFLICT
                } else {
                    continue;
                };
                return Err(Failure::new(code, day_path()).with("date", day));
            }
        }
        Ok(())
    }

    /// A notice for year Y may reach into the December before and the January after (元旦 blocks).
    fn in_year(&self, date: NaiveDate) -> bool {
        let year = date.year();
        let adjacent = (year == self.year - 1 && date.month() == 12)
            || (year == self.year + 1 && date.month() == 1);
        year == self.year || adjacent
    }

    fn outside_year(&self, date: NaiveDate, path: String) -> Failure {
        Failure::new(Code::HOLIDAY_DATE_OUTSIDE_YEAR, path)
            .with("date", date)
            .with("year", self.year)
    }
}

fn block_from_json(value: &Value, path: &str) -> Result<HolidayBlock, Failure> {
    value.as_object().ok_or_else(|| shape(path, "object"))?;
    let holidays = holidays_from_json(value.get("holiday"), &child(path, "holiday"))?;
    let to_path = child(path, "to");
    let from = date_at(value.get("from"), &child(path, "from"))?;
    let to = date_at(value.get("to"), &to_path)?;
    if !(0..MAX_BLOCK_DAYS).contains(&days_between(from, to)) {
        return Err(shape(&to_path, "dateRange"));
    }
    let work_path = child(path, "work");
    let items = optional_array(value.get("work").unwrap_or(&Value::Null), &work_path)?;
    let mut makeup_workdays = Vec::new();
    for (i, day) in items.iter().enumerate() {
        makeup_workdays.push(date_at(Some(day), &item(&work_path, i))?);
    }
    Ok(HolidayBlock {
        holidays,
        from,
        to,
        makeup_workdays,
    })
}

/// A holiday key at `path`: a string (else `expected: string`) naming a statutory holiday.
fn holiday_at(value: &Value, path: &str) -> Result<Holiday, Failure> {
    let text = value.as_str().ok_or_else(|| shape(path, "string"))?;
    Holiday::from_key(text)
        .ok_or_else(|| Failure::new(Code::UNKNOWN_HOLIDAY, path).with("value", text))
}

/// `"nationalDay"` or `["midAutumn", "nationalDay"]`.
fn holidays_from_json(value: Option<&Value>, path: &str) -> Result<HolidaySet, Failure> {
    let mut set = HolidaySet::EMPTY;
    match value {
        Some(v @ Value::String(_)) => set.insert(holiday_at(v, path)?),
        Some(Value::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                set.insert(holiday_at(v, &item(path, i))?);
            }
        }
        _ => {}
    }
    if set.is_empty() {
        return Err(shape(path, "string"));
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn load(value: serde_json::Value) -> Result<Notice, Failure> {
        Notice::from_json(2027, &Value::parse(&value.to_string()).unwrap(), "2027")
    }

    #[test]
    fn reads_a_notice() {
        let notice = load(json!({
            "sources": ["https://example.invalid/notice"],
            "holidays": [{ "holiday": ["midAutumn", "nationalDay"], "from": "2027-10-01", "to": "2027-10-07", "work": ["2027-09-26"] }]
        }))
        .unwrap();
        assert_eq!(notice.blocks.len(), 1);
        assert!(notice.blocks[0].holidays.contains(Holiday::MidAutumn));
        assert_eq!(notice.blocks[0].makeup_workdays.len(), 1);
    }

    fn failure(value: serde_json::Value) -> (Code, String) {
        let f = load(value).unwrap_err();
        (f.code, f.path)
    }

    #[test]
    fn rejects_bad_shapes_with_paths() {
        assert_eq!(
            failure(json!([])),
            (Code::INVALID_HOLIDAY_CALENDAR, "2027".into())
        );
        assert_eq!(
            failure(json!({})),
            (Code::INVALID_HOLIDAY_CALENDAR, "2027.holidays".into())
        );
        assert_eq!(
            failure(
                json!({ "holidays": [{ "holiday": "newYear", "from": "2027-01-01", "to": "2027-13-01" }] })
            ),
            (Code::INVALID_DATE, "2027.holidays.0.to".into())
        );
        assert_eq!(
            failure(
                json!({ "holidays": [{ "holiday": "christmas", "from": "2027-12-25", "to": "2027-12-25" }] })
            ),
            (Code::UNKNOWN_HOLIDAY, "2027.holidays.0.holiday".into())
        );
        assert_eq!(
            failure(
                json!({ "holidays": [{ "holiday": "newYear", "from": "2027-01-03", "to": "2027-01-01" }] })
            ),
            (Code::INVALID_HOLIDAY_CALENDAR, "2027.holidays.0.to".into())
        );
    }

    #[test]
    fn make_up_days_are_weekends_outside_rest_blocks() {
        // 2027-02-03 is a Wednesday.
        assert_eq!(
            failure(
                json!({ "holidays": [{ "holiday": "springFestival", "from": "2027-02-05", "to": "2027-02-11", "work": ["2027-02-03"] }] })
            ),
            (
                Code::MAKEUP_DAY_NOT_WEEKEND,
                "2027.holidays.0.work.0".into()
            )
        );
        assert_eq!(
            failure(
                json!({ "holidays": [{ "holiday": "springFestival", "from": "2027-02-05", "to": "2027-02-11", "work": ["2027-02-06"] }] })
            ),
            (Code::HOLIDAY_CONFLICT, "2027.holidays.0.work.0".into())
        );
    }

    #[test]
    fn dates_belong_to_the_year_or_its_edges() {
        assert_eq!(
            failure(
                json!({ "holidays": [{ "holiday": "nationalDay", "from": "2072-10-01", "to": "2072-10-07" }] })
            ),
            (
                Code::HOLIDAY_DATE_OUTSIDE_YEAR,
                "2027.holidays.0.from".into()
            )
        );
        // A New Year block may start on the last day of the previous year (as 2023's did).
        assert!(load(json!({ "holidays": [{ "holiday": "newYear", "from": "2026-12-31", "to": "2027-01-02" }] })).is_ok());
    }
}
