//! `caseTimeline`, `timelineSvg`, `disbursementSchedule`, `loadProcedureRules`.

use super::calendar::calendar;
use super::convert::{from_js, integer, options, to_error, to_js, JsonText};
use crate::deadlines::{self, Procedure, TimelineOptions};
use crate::failure::{Code, Failure};
use crate::global::Global;
use crate::prelude::*;
use core::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The module's procedure rules: data/procedure.json, or what the page loads.
static PROCEDURE: Global<RefCell<Procedure>> = Global::new(|| RefCell::new(Procedure::embedded()));

fn expected(path: &'static str, what: &'static str) -> impl Fn() -> Failure {
    move || Failure::new(Code::INVALID_ARGUMENT, path).with("expected", what)
}

/// Computes the timeline and renders it with the calendar and options: as SVG when `svg`, else
/// as JSON text. One non-generic function for both exports, so the reading and computing code is
/// compiled once; both answers are one string.
fn timeline(events: &JsValue, opts: &JsValue, svg: bool) -> Result<String, JsValue> {
    let (_, locale) = options(opts)?;
    let throw = |f: Failure| to_error(&f, locale);
    // Read as JSON text and parsed in place: the events borrow their strings from the text.
    let events_invalid = expected("events", "object");
    let events_text = JsonText::read(events, &events_invalid).map_err(throw)?;
    let events = events_text.json(&events_invalid).map_err(throw)?;
    let opts_invalid = expected("opts", "object");
    let opts_text = JsonText::read(opts, &opts_invalid).map_err(throw)?;
    let opts = opts_text.json(&opts_invalid).map_err(throw)?;
    let opts = TimelineOptions::from_json(&opts).map_err(throw)?;
    let p = PROCEDURE.get().borrow();
    let cal = calendar();
    deadlines::case_timeline(&p, &cal, &events, &opts)
        .map(|t| {
            if svg {
                deadlines::timeline_svg(&t, &cal, opts.mode, locale)
            } else {
                t.to_json(locale).to_json()
            }
        })
        .map_err(throw)
}

#[wasm_bindgen(js_name = caseTimeline, skip_typescript)]
pub fn case_timeline(events: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let text = timeline(&events, &opts, false)?;
    Ok(super::convert::parse_json(&text))
}

/// A `JsValue`, not a `String`: wasm-bindgen's glue for a returned string (copy, then free) is
/// longer than for a value, and the string is made in JavaScript all the same.
#[wasm_bindgen(js_name = timelineSvg, skip_typescript)]
pub fn timeline_svg(events: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let svg = timeline(&events, &opts, true)?;
    Ok(JsValue::from_str(&svg))
}

#[wasm_bindgen(js_name = disbursementSchedule, skip_typescript)]
pub fn disbursement_schedule(
    year: JsValue,
    month: JsValue,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let (opts, locale) = options(&opts)?;
    let throw = |f: Failure| to_error(&f, locale);
    let mode = opts.mode().map_err(throw)?;
    let year = integer(&year, "year").map_err(throw)?;
    let month = integer(&month, "month").map_err(throw)?;
    let p = PROCEDURE.get().borrow();
    deadlines::disbursement_schedule(&p, &calendar(), year, month, mode)
        .map(|d| to_js(&d.to_json(locale)))
        .map_err(throw)
}

#[wasm_bindgen(js_name = loadProcedureRules, skip_typescript)]
pub fn load_procedure_rules(data: JsValue, opts: JsValue) -> Result<(), JsValue> {
    let (_, locale) = options(&opts)?;
    let invalid = || Failure::new(Code::INVALID_PROCEDURE_DATA, "").with("expected", "json");
    let procedure = from_js(&data, &invalid)
        .and_then(|json| Procedure::from_json(&json))
        .map_err(|f| to_error(&f, locale))?;
    PROCEDURE.with(|p| *p.borrow_mut() = procedure);
    Ok(())
}
