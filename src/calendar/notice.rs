//! A year's holiday arrangement as the State Council notice gives it (关于部分节假日安排的通知): per
//! holiday, a rest block and the weekend days made working days for it. Read with serde from the
//! compiled-in data and from data loaded at run time alike, and checked the same way.

use super::date::{days_between, parse_date};
use super::holiday::{Holiday, HolidaySet};
use crate::data;
use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The longest rest block accepted (the COVID-19 Spring Festival of 2020 ran 10 days).
const MAX_BLOCK_DAYS: i64 = 31;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HolidayBlock {
    /// The statutory holidays this block is for.
    #[serde(rename = "holiday")]
    pub holidays: HolidaySet,
    /// First and last rest day, weekends inside included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Weekend days declared working days for this holiday (调休上班).
    #[serde(rename = "work")]
    pub makeup_workdays: Vec<NaiveDate>,
}

impl HolidayBlock {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

/// One year's arrangement; serialised in the shape `loadHolidayCalendar` reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    #[serde(skip)]
    pub year: i32,
    /// Addresses of the notice (and of any later amendment).
    pub sources: Vec<String>,
    #[serde(rename = "holidays")]
    pub blocks: Vec<HolidayBlock>,
    /// True for an estimate made from the statutory holidays, not a published notice.
    #[serde(skip)]
    pub provisional: bool,
}

/// A notice as data gives it: `{ sources?, holidays: [{ holiday, from, to, work? }] }`. Members
/// are optional here so that a missing one is reported with its own path; `holiday` is one key or
/// an array of keys.
#[derive(Deserialize)]
struct NoticeData {
    sources: Option<Vec<String>>,
    holidays: Option<Vec<BlockData>>,
}

#[derive(Deserialize)]
struct BlockData {
    holiday: Option<Keys>,
    from: Option<data::DateText>,
    to: Option<data::DateText>,
    work: Option<Vec<data::DateText>>,
}

/// `holiday` as given: one key, an array (of keys, if it is right), or anything else. Reading it
/// never fails, so that what it holds is checked after the notice is read, by [`holidays_at`].
enum Keys {
    Key(String),
    Array(Vec<Keys>),
    Other,
}

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Keys, D::Error> {
        deserializer.deserialize_any(KeysVisitor)
    }
}

struct KeysVisitor;

impl<'de> Visitor<'de> for KeysVisitor {
    type Value = Keys;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E>(self, key: &str) -> Result<Keys, E> {
        Ok(Keys::Key(key.to_owned()))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Keys, E> {
        Ok(Keys::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Keys, E> {
        Ok(Keys::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Keys, E> {
        Ok(Keys::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Keys, E> {
        Ok(Keys::Other)
    }

    fn visit_unit<E>(self) -> Result<Keys, E> {
        Ok(Keys::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Keys, A::Error> {
        let mut keys = Vec::new();
        while let Some(item) = items.next_element()? {
            keys.push(item);
        }
        Ok(Keys::Array(keys))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Keys, A::Error> {
        while members.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Keys::Other)
    }
}

fn shape(path: Path, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_HOLIDAY_CALENDAR, path).with("expected", expected)
}

impl Notice {
    /// Reads one year of a `loadHolidayCalendar` object; `path` is where it sits (its year).
    pub fn read(year: i32, value: &Value, path: &Path) -> Result<Notice, Failure> {
        let notice: NoticeData = data::read(value, Code::INVALID_HOLIDAY_CALENDAR, path)?;
        let holidays_path = path.key("holidays");
        let items = notice
            .holidays
            .ok_or_else(|| shape(holidays_path.clone(), "array"))?;
        let mut blocks = Vec::new();
        for (i, block) in items.into_iter().enumerate() {
            blocks.push(block.read(&holidays_path.index(i))?);
        }
        let notice = Notice {
            year,
            sources: notice.sources.unwrap_or_default(),
            blocks,
            provisional: false,
        };
        notice.check(path)?;
        Ok(notice)
    }

    /// Rules a notice must keep on its own: dates belong to its year, make-up days are weekends,
    /// no day is both rest and work. (Statutory holidays and other years are checked by the
    /// calendar.)
    pub fn check(&self, path: &Path) -> Result<(), Failure> {
        for (i, block) in self.blocks.iter().enumerate() {
            let block_path = || path.key("holidays").index(i);
            for (date, key) in [(block.from, "from"), (block.to, "to")] {
                if !self.in_year(date) {
                    return Err(self.outside_year(date, block_path().key(key)));
                }
            }
            for (j, &day) in block.makeup_workdays.iter().enumerate() {
                let day_path = || block_path().key("work").index(j);
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

    fn outside_year(&self, date: NaiveDate, path: Path) -> Failure {
        Failure::new(Code::HOLIDAY_DATE_OUTSIDE_YEAR, path)
            .with("date", date)
            .with("year", self.year)
    }
}

impl BlockData {
    fn read(self, path: &Path) -> Result<HolidayBlock, Failure> {
        let holidays = holidays_at(self.holiday.as_ref(), &path.key("holiday"))?;
        let date = |text: Option<data::DateText>, key: &str| match text {
            Some(text) => parse_date(text.as_str(), path.key(key)),
            None => Err(shape(path.key(key), "date")),
        };
        let from = date(self.from, "from")?;
        let to = date(self.to, "to")?;
        if !(0..MAX_BLOCK_DAYS).contains(&days_between(from, to)) {
            return Err(shape(path.key("to"), "dateRange"));
        }
        let mut makeup_workdays = Vec::new();
        for (i, day) in self.work.unwrap_or_default().iter().enumerate() {
            makeup_workdays.push(parse_date(day.as_str(), path.key("work").index(i))?);
        }
        Ok(HolidayBlock {
            holidays,
            from,
            to,
            makeup_workdays,
        })
    }
}

/// `"nationalDay"` or `["midAutumn", "nationalDay"]` at `path`.
fn holidays_at(value: Option<&Keys>, path: &Path) -> Result<HolidaySet, Failure> {
    let mut set = HolidaySet::EMPTY;
    match value {
        Some(Keys::Key(key)) => set.insert(holiday_at(key, path)?),
        Some(Keys::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let Keys::Key(key) = item else {
                    return Err(shape(path.index(i), "string"));
                };
                set.insert(holiday_at(key, &path.index(i))?);
            }
        }
        _ => {}
    }
    if set.is_empty() {
        return Err(shape(path.clone(), "string"));
    }
    Ok(set)
}

fn holiday_at(key: &str, path: &Path) -> Result<Holiday, Failure> {
    Holiday::from_key(key).ok_or_else(|| {
        Failure::new(Code::UNKNOWN_HOLIDAY, path.clone()).with("value", excerpt(key))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn load(value: Value) -> Result<Notice, Failure> {
        Notice::read(2027, &value, &Path::from("2027"))
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

    #[test]
    fn writes_the_shape_it_reads() {
        let data = json!({
            "sources": ["https://example.invalid/notice"],
            "holidays": [{ "holiday": ["midAutumn", "nationalDay"], "from": "2027-10-01", "to": "2027-10-07", "work": ["2027-09-26"] }]
        });
        assert_eq!(
            serde_json::to_value(load(data.clone()).unwrap()).unwrap(),
            data
        );
    }

    fn failure(value: Value) -> (Code, String) {
        let f = load(value).unwrap_err();
        (f.code, f.path.to_string())
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
