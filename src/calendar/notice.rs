//! A year's holiday arrangement as the State Council notice gives it (关于部分节假日安排的通知): per
//! holiday, a rest block and the weekend days made working days for it. Read from JSON (run-time
//! loads) or from the compiled-in tables; both are checked the same way.

use super::date::{format_date, from_ymd_number, parse_date};
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

/// The compiled-in form of a notice (see build.rs); dates are `yyyymmdd`.
pub(crate) struct EmbeddedNotice {
    pub year: i32,
    pub sources: &'static [&'static str],
    pub blocks: &'static [EmbeddedBlock],
}

pub(crate) struct EmbeddedBlock {
    pub holidays: &'static [&'static str],
    pub from: u32,
    pub to: u32,
    pub work: &'static [u32],
}

fn shape(path: &str, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_HOLIDAY_CALENDAR, path).with("expected", expected)
}

impl Notice {
    /// Reads one year of a `loadHolidayCalendar` object: `{ sources?, holidays: [{ holiday, from, to, work? }] }`.
    pub fn from_json(year: i32, value: &Value, path: &str) -> Result<Notice, Failure> {
        value.as_object().ok_or_else(|| shape(path, "object"))?;
        let sources = match value.get("sources") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    s.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| shape(&format!("{path}.sources.{i}"), "string"))
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(shape(&format!("{path}.sources"), "array")),
        };
        let holidays_path = format!("{path}.holidays");
        let items = value
            .get("holidays")
            .and_then(Value::as_array)
            .ok_or_else(|| shape(&holidays_path, "array"))?;
        let blocks = items
            .iter()
            .enumerate()
            .map(|(i, item)| block_from_json(item, &format!("{holidays_path}.{i}")))
            .collect::<Result<_, _>>()?;
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
        let date = |n: u32| from_ymd_number(n).unwrap_or_default();
        Notice {
            year: embedded.year,
            sources: embedded.sources.iter().map(|s| s.to_string()).collect(),
            blocks: embedded
                .blocks
                .iter()
                .map(|b| HolidayBlock {
                    holidays: b
                        .holidays
                        .iter()
                        .filter_map(|k| Holiday::from_key(k))
                        .collect(),
                    from: date(b.from),
                    to: date(b.to),
                    makeup_workdays: b.work.iter().map(|&n| date(n)).collect(),
                })
                .collect(),
            provisional: false,
        }
    }

    /// Rules a notice must keep on its own: dates belong to its year, make-up days are weekends,
    /// no day is both rest and work. (Statutory holidays and other years are checked by the calendar.)
    pub fn check(&self, path: &str) -> Result<(), Failure> {
        for (i, block) in self.blocks.iter().enumerate() {
            let block_path = format!("{path}.holidays.{i}");
            for (field, date) in [("from", block.from), ("to", block.to)] {
                self.check_in_year(date, &format!("{block_path}.{field}"))?;
            }
            for (j, &day) in block.makeup_workdays.iter().enumerate() {
                let day_path = format!("{block_path}.work.{j}");
                self.check_in_year(day, &day_path)?;
                if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                    return Err(Failure::new(Code::MAKEUP_DAY_NOT_WEEKEND, day_path)
                        .with("date", format_date(day)));
                }
                if self.blocks.iter().any(|b| b.contains(day)) {
                    return Err(Failure::new(Code::HOLIDAY_CONFLICT, day_path)
                        .with("date", format_date(day)));
                }
            }
        }
        Ok(())
    }

    /// A notice for year Y may reach into the December before and the January after (元旦 blocks).
    fn check_in_year(&self, date: NaiveDate, path: &str) -> Result<(), Failure> {
        let year = date.year();
        let adjacent = (year == self.year - 1 && date.month() == 12)
            || (year == self.year + 1 && date.month() == 1);
        if year == self.year || adjacent {
            Ok(())
        } else {
            Err(Failure::new(Code::HOLIDAY_DATE_OUTSIDE_YEAR, path)
                .with("date", format_date(date))
                .with("year", self.year))
        }
    }
}

fn block_from_json(value: &Value, path: &str) -> Result<HolidayBlock, Failure> {
    value.as_object().ok_or_else(|| shape(path, "object"))?;
    let object = value;
    let holidays = holidays_from_json(object.get("holiday"), &format!("{path}.holiday"))?;
    let date_at = |field: &str| -> Result<NaiveDate, Failure> {
        let field_path = format!("{path}.{field}");
        let text = object
            .get(field)
            .and_then(Value::as_str)
            .ok_or_else(|| shape(&field_path, "date"))?;
        parse_date(text, &field_path)
    };
    let (from, to) = (date_at("from")?, date_at("to")?);
    let length = (to - from).num_days();
    if !(0..MAX_BLOCK_DAYS).contains(&length) {
        return Err(shape(&format!("{path}.to"), "dateRange"));
    }
    let makeup_workdays = match object.get("work") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let day_path = format!("{path}.work.{i}");
                parse_date(
                    d.as_str().ok_or_else(|| shape(&day_path, "date"))?,
                    &day_path,
                )
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(shape(&format!("{path}.work"), "array")),
    };
    Ok(HolidayBlock {
        holidays,
        from,
        to,
        makeup_workdays,
    })
}

/// `"nationalDay"` or `["midAutumn", "nationalDay"]`.
fn holidays_from_json(value: Option<&Value>, path: &str) -> Result<HolidaySet, Failure> {
    let key = |v: &Value, path: &str| -> Result<Holiday, Failure> {
        let text = v.as_str().ok_or_else(|| shape(path, "string"))?;
        Holiday::from_key(text)
            .ok_or_else(|| Failure::new(Code::UNKNOWN_HOLIDAY, path).with("value", text))
    };
    let set: HolidaySet = match value {
        Some(v @ Value::String(_)) => [key(v, path)?].into_iter().collect(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| key(v, &format!("{path}.{i}")))
            .collect::<Result<_, _>>()?,
        _ => return Err(shape(path, "string")),
    };
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
