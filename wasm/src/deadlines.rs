//! `caseTimeline`, `timelineSvg`, `disbursementSchedule`, `loadProcedureRules`.

use crate::calendar::CALENDAR;
use crate::convert::{integer, json, to_js, Opts, OrThrow};
use crate::state::Table;
use jiuzhu::deadlines::{self, Procedure, TimelineOptions};
use jiuzhu::input::Limits;
use jiuzhu::{render, Code, Failure, Locale};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// The module's procedure rules: data/procedure.json, or what the page loads.
pub static PROCEDURE: Table<Procedure> = Table::new(Procedure::compiled_in);

/// A timeline's events and options, read in the order their failures are reported. `today` is
/// the JavaScript layer's default for `opts.today`.
fn read(
    events: &JsValue,
    opts: &JsValue,
    today: &JsValue,
) -> Result<(Value, TimelineOptions, Locale), JsValue> {
    let opts = Opts::read(opts)?;
    let locale = opts.locale;
    let today = opts.today(today)?;
    let not_events = || Failure::new(Code::INVALID_ARGUMENT, "events").with("expected", "object");
    let events = json(events, &Limits::DOCUMENT)
        .and_then(|events| events.ok_or_else(not_events))
        .or_throw(locale)?;
    let options = opts.members(&["provisional", "publicity"])?;
    let options = TimelineOptions {
        today,
        ..TimelineOptions::read(&options).or_throw(locale)?
    };
    Ok((events, options, locale))
}

#[wasm_bindgen(js_name = caseTimeline, skip_typescript)]
pub fn case_timeline(events: JsValue, opts: JsValue, today: JsValue) -> Result<JsValue, JsValue> {
    let (events, options, locale) = read(&events, &opts, &today)?;
    let procedure = PROCEDURE.get();
    let timeline = deadlines::case_timeline(&procedure, &CALENDAR.get(), &events, &options)
        .or_throw(locale)?;
    to_js(&render::deadlines::timeline(&timeline, locale))
}

#[wasm_bindgen(js_name = timelineSvg, skip_typescript)]
pub fn timeline_svg(events: JsValue, opts: JsValue, today: JsValue) -> Result<String, JsValue> {
    let (events, options, locale) = read(&events, &opts, &today)?;
    let (procedure, calendar) = (PROCEDURE.get(), CALENDAR.get());
    let timeline =
        deadlines::case_timeline(&procedure, &calendar, &events, &options).or_throw(locale)?;
    Ok(render::deadlines::timeline_svg(
        &timeline,
        &calendar,
        options.mode,
        locale,
    ))
}

#[wasm_bindgen(js_name = disbursementSchedule, skip_typescript)]
pub fn disbursement_schedule(
    year: JsValue,
    month: JsValue,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = Opts::read(&opts)?;
    let locale = opts.locale;
    let mode = opts.mode()?;
    let year = integer(&year, "year").or_throw(locale)?;
    let month = integer(&month, "month").or_throw(locale)?;
    let procedure = PROCEDURE.get();
    let schedule = deadlines::disbursement_schedule(&procedure, &CALENDAR.get(), year, month, mode)
        .or_throw(locale)?;
    to_js(&render::deadlines::disbursement(&schedule, locale))
}

/// Replaces the procedure rules; bad data throws and keeps the rules in use.
#[wasm_bindgen(js_name = loadProcedureRules, skip_typescript)]
pub fn load_procedure_rules(data: JsValue, opts: JsValue) -> Result<(), JsValue> {
    PROCEDURE.load(&data, &opts, Code::INVALID_PROCEDURE_DATA, |data, _| {
        Procedure::read(data)
    })
}
