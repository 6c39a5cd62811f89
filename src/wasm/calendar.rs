//! `isWorkingDay`, `dayKind`, `dayInfo`, `addWorkingDays`, `workingDaysBetween`, `calendarCoverage`,
//! `loadHolidayCalendar`.

use super::convert::{date, from_js, integer, options, to_error, to_js};
use crate::calendar::{
    format_date, from_ymd_number, to_ymd_number, years_json, Calendar, DayInfo, Mode,
};
use crate::failure::{Code, Failure};
use crate::global::Global;
use crate::messages::Locale;
use chrono::NaiveDate;
use core::cell::{Ref, RefCell};
use wasm_bindgen::prelude::*;

/// The module's calendar: the compiled-in notices plus whatever the page loads.
static CALENDAR: Global<RefCell<Calendar>> = Global::new(|| RefCell::new(Calendar::embedded()));

/// The calendar, borrowed: one function for every export, where a generic `with_calendar` taking
/// a closure was compiled once per use.
pub(crate) fn calendar() -> Ref<'static, Calendar> {
    CALENDAR.get().borrow()
}

fn throw(locale: Locale) -> impl Fn(Failure) -> JsValue {
    move |failure| to_error(&failure, locale)
}

/// The options and the date (`path`) that every calendar call starts with, read in the order their
/// failures are reported: options, then `provisional`, then the date. Out of line: inlined, the
/// same conversions were repeated in each export.
#[inline(never)]
fn dated_call(day: &JsValue, path: &str, opts: &JsValue) -> Result<Call, JsValue> {
    let (opts, locale) = options(opts)?;
    let mode = opts.mode().map_err(throw(locale))?;
    let day = date(day, path).map_err(throw(locale))?;
    Ok(Call { day, mode, locale })
}

/// What [`dated_call`] read.
struct Call {
    day: NaiveDate,
    mode: Mode,
    locale: Locale,
}

impl Call {
    /// The day's information, a failure reported at `date`.
    #[inline(never)]
    fn day_info(&self) -> Result<DayInfo, JsValue> {
        calendar()
            .day_info(self.day, self.mode)
            .map_err(|f| to_error(&f.at("date"), self.locale))
    }
}

#[wasm_bindgen(js_name = isWorkingDay, skip_typescript)]
pub fn is_working_day(day: JsValue, opts: JsValue) -> Result<bool, JsValue> {
    Ok(dated_call(&day, "date", &opts)?.day_info()?.working)
}

#[wasm_bindgen(js_name = dayKind, skip_typescript)]
pub fn day_kind(day: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let info = dated_call(&day, "date", &opts)?.day_info()?;
    Ok(JsValue::from_str(info.kind.as_str()))
}

#[wasm_bindgen(js_name = dayInfo, skip_typescript)]
pub fn day_info(day: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let call = dated_call(&day, "date", &opts)?;
    Ok(to_js(&call.day_info()?.to_json(call.locale)))
}

#[wasm_bindgen(js_name = addWorkingDays, skip_typescript)]
pub fn add_working_days(day: JsValue, n: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let Call { day, mode, locale } = dated_call(&day, "date", &opts)?;
    let n = integer(&n, "n").map_err(throw(locale))?;
    let due = calendar()
        .add_working_days(day, n, mode)
        .map_err(|f| to_error(&f.at("date"), locale))?;
    // A `JsValue`, not a `String`: wasm-bindgen's glue for a returned string (copy, then free) is
    // longer than for a value, and the string is made in JavaScript all the same.
    Ok(JsValue::from_str(&format_date(due)))
}

#[wasm_bindgen(js_name = workingDaysBetween, skip_typescript)]
pub fn working_days_between(from: JsValue, to: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    let Call {
        day: from,
        mode,
        locale,
    } = dated_call(&from, "from", &opts)?;
    let to = date(&to, "to").map_err(throw(locale))?;
    let count = calendar()
        .working_days_between(from, to, mode)
        .map_err(|f| to_error(&f.at("to"), locale))?;
    Ok(count as f64)
}

#[wasm_bindgen(js_name = calendarCoverage, skip_typescript)]
pub fn calendar_coverage() -> Result<JsValue, JsValue> {
    calendar()
        .coverage()
        .map(|coverage| to_js(&coverage.to_json()))
        .ok_or_else(|| {
            to_error(
                &Failure::new(Code::OUTSIDE_CALENDAR, "").with("reason", "unpublished"),
                Locale::default(),
            )
        })
}

#[wasm_bindgen(js_name = loadHolidayCalendar, skip_typescript)]
pub fn load_holiday_calendar(data: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (_, locale) = options(&opts)?;
    let invalid = || Failure::new(Code::INVALID_HOLIDAY_CALENDAR, "").with("expected", "json");
    let json = from_js(&data, &invalid).map_err(throw(locale))?;
    let years = CALENDAR
        .with(|c| c.borrow_mut().load(&json))
        .map_err(throw(locale))?;
    Ok(to_js(&years_json(&years)))
}

// Fast paths for the JavaScript layer (js/calendar-fast.js): a date string of the right shape is
// packed into a `yyyymmdd` integer in JavaScript, so no string is copied into wasm. A negative (or
// NaN) result means "take the general path", which raises the coded error; no rule differs.

#[wasm_bindgen(js_name = __isWorkingDayPacked, skip_typescript)]
pub fn is_working_day_packed(date: u32) -> i32 {
    if let Some(day) = from_ymd_number(date) {
        if let Ok(working) = calendar().is_working_day(day, Mode::Published) {
            return i32::from(working);
        }
    }
    -1
}

#[wasm_bindgen(js_name = __addWorkingDaysPacked, skip_typescript)]
pub fn add_working_days_packed(date: u32, n: i32) -> i32 {
    if let Some(day) = from_ymd_number(date) {
        if let Ok(due) = calendar().add_working_days(day, n.into(), Mode::Published) {
            if let Ok(packed) = i32::try_from(to_ymd_number(due)) {
                return packed;
            }
        }
    }
    -1
}

#[wasm_bindgen(js_name = __workingDaysBetweenPacked, skip_typescript)]
pub fn working_days_between_packed(from: u32, to: u32) -> f64 {
    match (from_ymd_number(from), from_ymd_number(to)) {
        (Some(from), Some(to)) => calendar()
            .working_days_between(from, to, Mode::Published)
            .map_or(f64::NAN, |n| n as f64),
        _ => f64::NAN,
    }
}
