//! The Chinese working-day calendar: which days are working days, by the State Council's yearly
//! holiday notices, with make-up working days (调休上班) on weekends.
//!
//! Published years come compiled in from `data/cn-holidays.json` and can be added or replaced at run
//! time ([`Calendar::load`]). A year with no notice is an error (`outsideCalendar`) unless the caller
//! asks for an estimate ([`Mode::Provisional`]) from the statutory holidays alone.

mod date;
mod holiday;
mod notice;
mod statutory;

pub use date::parse_date;
pub(crate) use date::{days_between, shift};
pub use holiday::{Holiday, HolidaySet};
pub use notice::{HolidayBlock, Notice};
pub use statutory::{
    basis as statutory_basis, provisional_notice, statutory_holidays, supported_years,
};

use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::{Arc, OnceLock};

impl Code {
    /// A date in a year whose holiday arrangement is not loaded (param `reason`: `unpublished` or
    /// `beforeCoverage`).
    pub const OUTSIDE_CALENDAR: Code = Code::new("outsideCalendar");
    /// Holiday data of the wrong shape.
    pub const INVALID_HOLIDAY_CALENDAR: Code = Code::new("invalidHolidayCalendar");
    /// A holiday date that does not belong to the notice's year.
    pub const HOLIDAY_DATE_OUTSIDE_YEAR: Code = Code::new("holidayDateOutsideYear");
    /// A date declared both a rest day and a working day.
    pub const HOLIDAY_CONFLICT: Code = Code::new("holidayConflict");
    /// A make-up working day (调休上班) that is not a Saturday or Sunday.
    pub const MAKEUP_DAY_NOT_WEEKEND: Code = Code::new("makeupDayNotWeekend");
    /// A holiday name that is not one of the statutory holidays.
    pub const UNKNOWN_HOLIDAY: Code = Code::new("unknownHoliday");
    /// A statutory holiday of the year that the notice does not give as a rest day of that holiday.
    pub const STATUTORY_HOLIDAY_MISSING: Code = Code::new("statutoryHolidayMissing");
    /// Loading a year would leave a gap in the calendar.
    pub const CALENDAR_GAP: Code = Code::new("calendarGap");
}

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DayKind {
    /// Monday to Friday, nothing declared.
    Workday,
    /// Saturday or Sunday, nothing declared (or inside a rest block without being a holiday itself).
    Weekend,
    /// A statutory holiday in itself (全国年节及纪念日放假办法 第二条).
    StatutoryHoliday,
    /// A weekday made a rest day by the yearly arrangement (调休放假).
    RestDay,
    /// A weekend day made a working day by the yearly arrangement (调休上班).
    MakeupWorkday,
}

impl DayKind {
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeupWorkday)
    }
}

/// Whether years without a published notice may be estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum Mode {
    /// Only published notices: a date in another year is an `outsideCalendar` failure.
    #[default]
    Published,
    /// Years after the last published one are estimated from the statutory holidays.
    Provisional,
}

impl Mode {
    /// `opts.provisional` of the JavaScript functions.
    pub fn provisional(estimate: bool) -> Mode {
        if estimate {
            Mode::Provisional
        } else {
            Mode::Published
        }
    }
}

/// Everything the calendar knows of one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayInfo {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub working: bool,
    /// The holidays whose rest block or make-up day this is (empty on ordinary days).
    pub holidays: HolidaySet,
    /// True when the year is an estimate, not a published notice.
    pub provisional: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day {
    kind: DayKind,
    holidays: HolidaySet,
    /// Set by a notice while the table is built (a second mark must agree with the first).
    marked: bool,
}

/// The days of one calendar year, indexed by ordinal day (0-based).
#[derive(Debug, Clone)]
struct YearTable {
    year: i32,
    days: Vec<Day>,
    provisional: bool,
}

impl YearTable {
    fn day(&self, date: NaiveDate) -> Option<Day> {
        self.days.get(date.ordinal0() as usize).copied()
    }
}

/// The published years and the first and last day they cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub years: Vec<i32>,
    /// The last day an estimate can reach (`provisional: true`).
    pub provisional_until: NaiveDate,
}

/// The working-day calendar: published notices, contiguous by year, and estimates beyond them.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// Published notices, ordered by year. Shared: a load works on a copy of the list (so that a
    /// failure changes nothing), and copying a shared notice copies a pointer, not its blocks.
    notices: Vec<Arc<Notice>>,
    published: Vec<YearTable>,
    estimated: Vec<YearTable>,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::embedded()
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

fn last_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default()
}

impl Calendar {
    /// The calendar of the compiled-in notices (data/cn-holidays.json), read once with the same
    /// checks as a run-time load.
    pub fn embedded() -> Calendar {
        static EMBEDDED: OnceLock<Calendar> = OnceLock::new();
        EMBEDDED.get_or_init(Calendar::compiled_in).clone()
    }

    /// The compiled-in data read afresh, for a holder that keeps its own copy (the binding's
    /// tables read it once each): no second copy, no clone.
    pub fn compiled_in() -> Calendar {
        let text = include_str!(concat!(env!("OUT_DIR"), "/cn-holidays.json"));
        let mut calendar = Calendar::empty();
        // Checked by the tests; should it ever fail, start from no notices, not a trap.
        if let Some(data) = crate::data::embedded(text) {
            let _ = calendar.load(&data);
        }
        calendar
    }

    /// A calendar with no notice: every date is outside it.
    fn empty() -> Calendar {
        Calendar {
            notices: Vec::new(),
            published: Vec::new(),
            estimated: Vec::new(),
        }
    }

    /// Builds a calendar, checking what a single notice cannot: contiguity, statutory holidays,
    /// agreement between neighbouring notices.
    fn from_notices(notices: Vec<Arc<Notice>>) -> Result<Calendar, Failure> {
        let mut published = Vec::new();
        if let (Some(first), Some(last)) = (notices.first(), notices.last()) {
            for year in first.year..=last.year {
                published.push(year_table(year, &notices)?);
            }
        }
        let after = notices.last().map_or(i32::MIN, |n| n.year + 1);
        let estimated = supported_years()
            .filter(|year| *year >= after)
            .filter_map(|year| {
                let notice = Arc::new(provisional_notice(year)?);
                year_table(year, &[notice]).ok()
            })
            .collect();
        Ok(Calendar {
            notices,
            published,
            estimated,
        })
    }

    /// Adds or replaces the years in `data` (`{ "2027": { sources, holidays: [...] } }`; members
    /// whose key starts with `_` are comments). All or nothing: on any failure the calendar stays
    /// as it was. Returns the years loaded.
    pub fn load(&mut self, data: &Value) -> Result<Vec<i32>, Failure> {
        let object = data.as_object().ok_or_else(|| {
            Failure::new(Code::INVALID_HOLIDAY_CALENDAR, Path::root()).with("expected", "object")
        })?;
        let mut years = Vec::new();
        for (key, value) in object.iter().filter(|(key, _)| !key.starts_with('_')) {
            let year = year_key(key).ok_or_else(|| {
                Failure::new(Code::INVALID_HOLIDAY_CALENDAR, Path::root().key(key))
                    .with("reason", "year")
            })?;
            years.push((year, key, value));
        }
        let loaded: Vec<i32> = years.iter().map(|(year, _, _)| *year).collect();
        self.check_contiguous(&loaded)?;
        let mut notices = self.notices.clone();
        for (year, key, value) in years {
            let notice = Arc::new(Notice::read(year, value, &Path::root().key(key))?);
            // Ordered by year, one notice a year: the loaded notice replaces its year's or goes
            // before the first later year.
            match notices.binary_search_by_key(&year, |n| n.year) {
                Ok(at) => notices[at] = notice,
                Err(at) => notices.insert(at, notice),
            }
        }
        *self = Calendar::from_notices(notices)?;
        Ok(loaded)
    }

    /// Every year between the first and the last must be present; reports the first year after a gap.
    /// The years are those of the notices in force and `loaded` (read, not copied into one list).
    fn check_contiguous(&self, loaded: &[i32]) -> Result<(), Failure> {
        let (mut first, mut last) = (i32::MAX, i32::MIN);
        for &y in loaded {
            (first, last) = (first.min(y), last.max(y));
        }
        for n in &self.notices {
            (first, last) = (first.min(n.year), last.max(n.year));
        }
        // The first year present after one missing (no years at all make an empty range).
        let (mut gap, mut after_gap) = (false, None);
        for y in first..last.saturating_add(1) {
            if !loaded.contains(&y) && !self.notices.iter().any(|n| n.year == y) {
                gap = true;
            } else if gap {
                after_gap = Some(y);
                break;
            }
        }
        match after_gap {
            None => Ok(()),
            Some(year) => {
                let (from, to) = self.coverage().map_or((String::new(), String::new()), |c| {
                    (c.from.to_string(), c.to.to_string())
                });
                Err(Failure::new(Code::CALENDAR_GAP, year.to_string())
                    .with("year", year)
                    .with("from", from)
                    .with("to", to))
            }
        }
    }

    /// The published years; `None` only if no notice is loaded.
    pub fn coverage(&self) -> Option<Coverage> {
        let first = self.published.first()?.year;
        let last = self.published.last()?.year;
        let provisional_until = self.estimated.last().map_or(last, |t| t.year);
        Some(Coverage {
            from: first_of(first),
            to: last_of(last),
            years: (first..=last).collect(),
            provisional_until: last_of(provisional_until),
        })
    }

    /// The notice in force for `year`, if published.
    pub fn notice(&self, year: i32) -> Option<&Notice> {
        self.notices.iter().find(|n| n.year == year).map(|n| &**n)
    }

    fn table(&self, year: i32, mode: Mode) -> Result<&YearTable, Failure> {
        fn index(tables: &[YearTable], year: i32) -> Option<&YearTable> {
            let first = tables.first()?.year;
            tables.get(usize::try_from(year.checked_sub(first)?).ok()?)
        }
        if let Some(table) = index(&self.published, year) {
            return Ok(table);
        }
        if mode == Mode::Provisional {
            if let Some(table) = index(&self.estimated, year) {
                return Ok(table);
            }
        }
        Err(self.outside(year))
    }

    fn outside(&self, year: i32) -> Failure {
        let failure = Failure::new(Code::OUTSIDE_CALENDAR, Path::root()).with("year", year);
        match self.coverage() {
            Some(c) => {
                let reason = if year > c.to.year() {
                    "unpublished"
                } else {
                    "beforeCoverage"
                };
                failure
                    .with("from", c.from)
                    .with("to", c.to)
                    .with("reason", reason)
            }
            None => failure.with("reason", "unpublished"),
        }
    }

    fn day(&self, date: NaiveDate, mode: Mode) -> Result<(Day, bool), Failure> {
        let table = self.table(date.year(), mode)?;
        let day = table.day(date).ok_or_else(|| self.outside(date.year()))?;
        Ok((day, table.provisional))
    }

    /// The kind of a date and the holidays it belongs to.
    pub fn day_info(&self, date: NaiveDate, mode: Mode) -> Result<DayInfo, Failure> {
        let (day, provisional) = self.day(date, mode)?;
        Ok(DayInfo {
            date,
            kind: day.kind,
            working: day.kind.is_working(),
            holidays: day.holidays,
            provisional,
        })
    }

    pub fn is_working_day(&self, date: NaiveDate, mode: Mode) -> Result<bool, Failure> {
        Ok(self.day(date, mode)?.0.kind.is_working())
    }

    /// The `n`-th working day after `date` (`date` itself not counted, 民法典 第201条); a negative `n`
    /// counts back. `n = 0` gives `date`.
    pub fn add_working_days(
        &self,
        date: NaiveDate,
        n: i64,
        mode: Mode,
    ) -> Result<NaiveDate, Failure> {
        let step = |d: NaiveDate| if n >= 0 { d.succ_opt() } else { d.pred_opt() };
        let mut current = date;
        let mut remaining = n.unsigned_abs();
        while remaining > 0 {
            current = step(current).ok_or_else(|| self.outside(current.year()))?;
            if self.is_working_day(current, mode)? {
                remaining -= 1;
            }
        }
        Ok(current)
    }

    /// Working days in `(from, to]`; negative when `to` is before `from`.
    pub fn working_days_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        mode: Mode,
    ) -> Result<i64, Failure> {
        let (start, end, sign) = if to >= from {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let mut count = 0;
        let mut current = start;
        while current < end {
            current = current
                .succ_opt()
                .ok_or_else(|| self.outside(current.year()))?;
            if self.is_working_day(current, mode)? {
                count += 1;
            }
        }
        Ok(sign * count)
    }
}

/// A year key: four ASCII digits naming a supported year.
fn year_key(key: &str) -> Option<i32> {
    let digits = key.len() == 4 && key.bytes().all(|b| b.is_ascii_digit());
    let year = key.parse().ok().filter(|_| digits)?;
    Some(year).filter(|y| supported_years().contains(y))
}

/// Marks the days of `year` from the notices of that year and of its neighbours (a New Year block
/// can start in December), classifying rest days against the statutory holidays.
fn year_table(year: i32, notices: &[Arc<Notice>]) -> Result<YearTable, Failure> {
    let mut days: Vec<Day> = first_of(year)
        .iter_days()
        .take_while(|date| date.year() == year)
        .map(|date| Day {
            kind: if is_weekend(date) {
                DayKind::Weekend
            } else {
                DayKind::Workday
            },
            holidays: HolidaySet::EMPTY,
            marked: false,
        })
        .collect();
    let statutory = statutory_holidays(year).unwrap_or_default();
    let is_statutory = |d: NaiveDate| statutory.iter().any(|(_, ds)| ds.contains(&d));
    let mut provisional = false;
    for notice in notices {
        if !(year - 1..=year + 1).contains(&notice.year) {
            continue;
        }
        provisional |= notice.provisional && notice.year == year;
        for (i, block) in notice.blocks.iter().enumerate() {
            let conflict = |date: NaiveDate, work: Option<usize>| {
                let mut path = Path::root()
                    .key(&notice.year.to_string())
                    .key("holidays")
                    .index(i);
                if let Some(j) = work {
                    path = path.key("work").index(j);
                }
                Failure::new(Code::HOLIDAY_CONFLICT, path).with("date", date)
            };
            let mut date = block.from;
            while date <= block.to {
                if date.year() == year {
                    let kind = if is_statutory(date) {
                        DayKind::StatutoryHoliday
                    } else if is_weekend(date) {
                        DayKind::Weekend
                    } else {
                        DayKind::RestDay
                    };
                    if !mark(&mut days, date, kind, block.holidays) {
                        return Err(conflict(date, None));
                    }
                }
                let Some(next) = date.succ_opt() else { break };
                date = next;
            }
            for (j, &date) in block.makeup_workdays.iter().enumerate() {
                if date.year() != year {
                    continue;
                }
                let kind = DayKind::MakeupWorkday;
                if !mark(&mut days, date, kind, block.holidays) {
                    return Err(conflict(date, Some(j)));
                }
            }
        }
    }
    if notices.iter().any(|n| n.year == year) {
        check_statutory(year, &days, &statutory, notices)?;
    }
    Ok(YearTable {
        year,
        days,
        provisional,
    })
}

/// Marks one day; false when an earlier mark made it a working day and this one a rest day, or the
/// other way round (the caller names the block in the failure, so no path is built on success).
fn mark(days: &mut [Day], date: NaiveDate, kind: DayKind, holidays: HolidaySet) -> bool {
    let index = date.ordinal0() as usize;
    let Some(day) = days.get_mut(index) else {
        return true;
    };
    if day.marked && day.kind.is_working() != kind.is_working() {
        return false;
    }
    day.marked = true;
    day.kind = kind;
    day.holidays = day.holidays.union(holidays);
    true
}

/// Every statutory holiday day must be a rest day of that holiday: catches a notice typed wrong.
fn check_statutory(
    year: i32,
    days: &[Day],
    statutory: &[(Holiday, Vec<NaiveDate>)],
    notices: &[Arc<Notice>],
) -> Result<(), Failure> {
    let provisional = notices.iter().any(|n| n.year == year && n.provisional);
    if provisional {
        return Ok(());
    }
    for (holiday, dates) in statutory {
        for &date in dates {
            if date.year() != year {
                continue;
            }
            let ok = days.get(date.ordinal0() as usize).is_some_and(|d| {
                d.kind == DayKind::StatutoryHoliday && d.holidays.contains(*holiday)
            });
            if !ok {
                let path = Path::root().key(&year.to_string()).key("holidays");
                return Err(Failure::new(Code::STATUTORY_HOLIDAY_MISSING, path)
                    .with("date", date)
                    .with("holiday", holiday.key()));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
