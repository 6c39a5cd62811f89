//! `isWorkingDay`, `dayKind`, `dayInfo`, `addWorkingDays`, `workingDaysBetween`,
//! `calendarCoverage`, `loadHolidayCalendar`.

use crate::convert::{date, integer, to_js, Opts, OrThrow};
use crate::state::Table;
use chrono::{Datelike, NaiveDate};
use jiuzhu::calendar::{Calendar, DayInfo, Mode};
use jiuzhu::{render, Code, Failure, Locale, Path};
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// The module's calendar: the compiled-in notices plus whatever the page loads.
pub static CALENDAR: Table<Calendar> = Table::new(Calendar::compiled_in);

/// What every calendar call starts with, read in the order its failures are reported: the
/// options, then the date at `path`.
struct Call {
    calendar: Arc<Calendar>,
    day: NaiveDate,
    mode: Mode,
    locale: Locale,
}

fn call(day: &JsValue, path: &str, opts: &JsValue) -> Result<Call, JsValue> {
    let opts = Opts::read(opts)?;
    let mode = opts.mode()?;
    Ok(Call {
        calendar: CALENDAR.get(),
        day: date(day, path).or_throw(opts.locale)?,
        mode,
        locale: opts.locale,
    })
}

impl Call {
    /// What the calendar answered; a failure without a path of its own is at `path`.
    fn answer<T>(&self, answer: Result<T, Failure>, path: &str) -> Result<T, JsValue> {
        answer.map_err(|f| f.at(path)).or_throw(self.locale)
    }

    fn day_info(&self) -> Result<DayInfo, JsValue> {
        self.answer(self.calendar.day_info(self.day, self.mode), "date")
    }
}

#[wasm_bindgen(js_name = isWorkingDay, skip_typescript)]
pub fn is_working_day(day: JsValue, opts: JsValue) -> Result<bool, JsValue> {
    Ok(call(&day, "date", &opts)?.day_info()?.working)
}

#[wasm_bindgen(js_name = dayKind, skip_typescript)]
pub fn day_kind(day: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    to_js(&call(&day, "date", &opts)?.day_info()?.kind)
}

#[wasm_bindgen(js_name = dayInfo, skip_typescript)]
pub fn day_info(day: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let call = call(&day, "date", &opts)?;
    to_js(&render::calendar::day(&call.day_info()?, call.locale))
}

#[wasm_bindgen(js_name = addWorkingDays, skip_typescript)]
pub fn add_working_days(day: JsValue, n: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let call = call(&day, "date", &opts)?;
    let n = integer(&n, "n").or_throw(call.locale)?;
    let due = call.calendar.add_working_days(call.day, n, call.mode);
    Ok(JsValue::from_str(&call.answer(due, "date")?.to_string()))
}

#[wasm_bindgen(js_name = workingDaysBetween, skip_typescript)]
pub fn working_days_between(from: JsValue, to: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    let call = call(&from, "from", &opts)?;
    let to = date(&to, "to").or_throw(call.locale)?;
    let count = call.calendar.working_days_between(call.day, to, call.mode);
    Ok(call.answer(count, "to")? as f64)
}

#[wasm_bindgen(js_name = calendarCoverage, skip_typescript)]
pub fn calendar_coverage() -> Result<JsValue, JsValue> {
    let coverage = CALENDAR.get().coverage().ok_or_else(|| {
        Failure::new(Code::OUTSIDE_CALENDAR, Path::root()).with("reason", "unpublished")
    });
    to_js(&coverage.or_throw(Locale::default())?)
}

/// Adds or replaces years; bad data throws and leaves the calendar as it was. Returns the years
/// loaded.
#[wasm_bindgen(js_name = loadHolidayCalendar, skip_typescript)]
pub fn load_holiday_calendar(data: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let mut years = Vec::new();
    CALENDAR.load(
        &data,
        &opts,
        Code::INVALID_HOLIDAY_CALENDAR,
        |data, current| {
            let mut calendar = Calendar::clone(current);
            years = calendar.load(data)?;
            Ok(calendar)
        },
    )?;
    to_js(&years)
}

// The calendar's hot calls without options, for the JavaScript layer: a date crosses as its
// `yyyymmdd` number instead of a string, which costs most of such a call (the string is encoded
// into the module's memory, then a result string decoded out of it). No rule differs: a negative
// or NaN answer sends the call down the general path, which raises the coded error.

/// A `yyyymmdd` number as a date.
fn from_ymd(n: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt((n / 10000) as i32, n / 100 % 100, n % 100)
}

/// A date as its `yyyymmdd` number (years 1000–9999; others take the general path).
fn to_ymd(date: NaiveDate) -> Option<i32> {
    let year = date.year();
    (1000..=9999)
        .contains(&year)
        .then(|| year * 10000 + date.month() as i32 * 100 + date.day() as i32)
}

#[wasm_bindgen(js_name = __isWorkingDayPacked, skip_typescript)]
pub fn is_working_day_packed(date: u32) -> i32 {
    let working =
        from_ymd(date).and_then(|day| CALENDAR.get().is_working_day(day, Mode::Published).ok());
    working.map_or(-1, i32::from)
}

#[wasm_bindgen(js_name = __addWorkingDaysPacked, skip_typescript)]
pub fn add_working_days_packed(date: u32, n: i32) -> i32 {
    let due = from_ymd(date).and_then(|day| {
        CALENDAR
            .get()
            .add_working_days(day, n.into(), Mode::Published)
            .ok()
    });
    due.and_then(to_ymd).unwrap_or(-1)
}

#[wasm_bindgen(js_name = __workingDaysBetweenPacked, skip_typescript)]
pub fn working_days_between_packed(from: u32, to: u32) -> f64 {
    match (from_ymd(from), from_ymd(to)) {
        (Some(from), Some(to)) => CALENDAR
            .get()
            .working_days_between(from, to, Mode::Published)
            .map_or(f64::NAN, |n| n as f64),
        _ => f64::NAN,
    }
}
