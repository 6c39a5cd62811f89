//! `validateIdNumber`, `validateApplication`, `validateApplications`. The data to check (any
//! JavaScript value) always gets a report; only unusable options throw a coded `Error`.

use crate::convert::{json, one_of, to_js, Opts, OrThrow};
use crate::divisions::DIVISIONS;
use jiuzhu::application::{self, Options, Report, APPLICATION_LIMITS};
use jiuzhu::identity::{self, IdType};
use jiuzhu::{render, Code, Failure, Locale, Path, Severity};
use serde::Deserialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// `opts` of the validation functions (`today` is read by [`Opts::today`]).
#[derive(Deserialize, Default)]
struct ValidationOpts {
    fields: Option<Vec<String>>,
    #[serde(rename = "type")]
    id_type: Option<String>,
}

const VALIDATION_KEYS: &[&str] = &["fields", "type"];

/// The options, and today's date: `today` is the JavaScript layer's default for `opts.today`.
fn options(opts: &JsValue, today: &JsValue) -> Result<(ValidationOpts, Options, Locale), JsValue> {
    let opts = Opts::read(opts)?;
    let today = opts.today(today)?;
    let read: ValidationOpts = opts.typed(VALIDATION_KEYS)?;
    let fields = read
        .fields
        .as_ref()
        .map(|fields| fields.iter().map(|f| Path::from(f.as_str())).collect());
    Ok((read, Options { today, fields }, opts.locale))
}

#[wasm_bindgen(js_name = validateIdNumber, skip_typescript)]
pub fn validate_id_number(
    value: JsValue,
    opts: JsValue,
    today: JsValue,
) -> Result<JsValue, JsValue> {
    let (read, options, locale) = options(&opts, &today)?;
    let expected = match &read.id_type {
        None => None,
        Some(key) => Some(IdType::parse(key).ok_or_else(|| {
            Failure::new(Code::INVALID_ARGUMENT, "opts.type").with("expected", one_of(IdType::KEYS))
        }))
        .transpose()
        .or_throw(locale)?,
    };
    // Only strings are read; anything else is reported as not a number (null as missing).
    let value = match value.as_string() {
        Some(text) => Value::String(text),
        None if value.is_undefined() || value.is_null() => Value::Null,
        None => Value::Bool(false),
    };
    let check = identity::validate_id_number(&value, expected, options.today);
    to_js(&render::application::id_check(&check, locale))
}

#[wasm_bindgen(js_name = validateApplication, skip_typescript)]
pub fn validate_application(
    app: JsValue,
    opts: JsValue,
    today: JsValue,
) -> Result<JsValue, JsValue> {
    let (_, options, locale) = options(&opts, &today)?;
    let divisions = DIVISIONS.get();
    let report = match json(&app, &APPLICATION_LIMITS) {
        Ok(Some(app)) => application::validate(&app, &divisions, &options),
        Ok(None) => Report::single(Failure::new(Code::NOT_AN_APPLICATION, Path::root())),
        Err(refused) => Report::single(refused),
    };
    to_js(&render::application::report(&report, locale))
}

#[wasm_bindgen(js_name = validateApplications, skip_typescript)]
pub fn validate_applications(
    text: JsValue,
    opts: JsValue,
    today: JsValue,
) -> Result<JsValue, JsValue> {
    let (_, options, locale) = options(&opts, &today)?;
    let divisions = DIVISIONS.get();
    let text = text.as_string().unwrap_or_default();
    let mut reports = Vec::new();
    let checked =
        application::validate_roster(&text, &divisions, &options, |report| reports.push(report));
    if let Err(single) = checked {
        reports = vec![single];
    }
    let views: Vec<_> = reports
        .iter()
        .map(|report| render::application::report(report, locale))
        .collect();
    to_js(&views)
}

/// The field a path names, in words: `members.1.idNumber` → 第2位家庭成员的证件号码.
#[wasm_bindgen(js_name = labelFor, skip_typescript)]
pub fn label_for(path: JsValue, opts: JsValue) -> Result<String, JsValue> {
    let locale = Opts::read(&opts)?.locale;
    let path = path
        .as_string()
        .ok_or_else(|| Failure::new(Code::INVALID_ARGUMENT, "path").with("expected", "string"))
        .or_throw(locale)?;
    // The trap the test of the JavaScript layer's recovery needs; only in the package it builds.
    #[cfg(feature = "trap-for-tests")]
    if path == "jiuzhu:trap-for-tests" {
        std::process::abort();
    }
    Ok(jiuzhu::messages::field_label(
        &Path::from(path.as_str()),
        locale,
    ))
}

/// Whether a finding of a report stops a submit: the one rule attachForm and the framework
/// adapters share (errors do, warnings do not). Anything that is not a finding does not.
#[wasm_bindgen(js_name = blocksSubmit, skip_typescript)]
pub fn blocks_submit(finding: JsValue) -> bool {
    js_sys::Reflect::get(&finding, &JsValue::from_str("severity"))
        .ok()
        .and_then(|severity| severity.as_string())
        .and_then(|severity| Severity::parse(&severity))
        .is_some_and(Severity::blocks_submit)
}
