//! `validateIdNumber`, `validateApplication`, `validateApplications`. The data to check (any
//! JavaScript value) always gets a report; only unusable options throw a coded `Error`.

use super::convert::{
    array_items, date, options, parse_json, to_error, to_js, JsonText, Options as JsOptions,
};
use crate::application::{validate, validate_roster, Options};
use crate::failure::{Code, Failure};
use crate::identity::{self, IdType};
use crate::json::Json;
use crate::prelude::*;
use wasm_bindgen::prelude::*;

/// `locale`, `today` and `fields` of the options.
fn read_options(opts: &JsValue) -> Result<(Options, JsOptions), JsValue> {
    let (opts, locale) = options(opts)?;
    let throw = |f: Failure| to_error(&f, locale);
    let today = match opts.given("today") {
        None => None,
        Some(today) => Some(date(&today, "opts.today").map_err(throw)?),
    };
    let fields = match opts.given("fields") {
        None => None,
        Some(fields) => match strings(&fields) {
            Some(paths) => Some(paths),
            None => {
                return Err(throw(
                    Failure::new(Code::INVALID_ARGUMENT, "opts.fields").with("expected", "array"),
                ))
            }
        },
    };
    let options = Options {
        locale,
        today,
        fields,
    };
    Ok((options, opts))
}

/// An array of strings.
fn strings(value: &JsValue) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for item in array_items(value)? {
        out.push(item.as_string()?);
    }
    Some(out)
}

/// A report string from the core as a plain JavaScript value.
fn parse(text: &str) -> JsValue {
    parse_json(text)
}

#[wasm_bindgen(js_name = validateIdNumber, skip_typescript)]
pub fn validate_id_number(value: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (options, opts) = read_options(&opts)?;
    let mut expected = None;
    if let Some(id_type) = opts.given("type") {
        expected = id_type.as_string().and_then(|t| IdType::parse(&t));
        if expected.is_none() {
            return Err(to_error(
                &Failure::new(Code::INVALID_ARGUMENT, "opts.type").with(
                    "expected",
                    "\"residentId\" | \"residentId15\" | \"hkMacaoResidencePermit\" | \"taiwanResidencePermit\" | \"foreignPermanentResident\"",
                ),
                options.locale,
            ));
        }
    }
    // Only strings are read; anything else is reported as not a number (null as missing).
    let value = match value.as_string() {
        Some(text) => Json::from(text),
        None if value.is_undefined() || value.is_null() => Json::Null,
        None => Json::Bool(false),
    };
    let check = identity::validate_id_number(&value, expected, options.today);
    Ok(to_js(&check.to_json(options.locale)))
}

#[wasm_bindgen(js_name = validateApplication, skip_typescript)]
pub fn validate_application(app: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (options, _) = read_options(&opts)?;
    // A value JSON cannot hold (a BigInt, a cycle, a symbol) is not an application.
    let invalid = || Failure::new(Code::NOT_AN_APPLICATION, "");
    let text = JsonText::read(&app, &invalid).ok();
    let json = text
        .as_ref()
        .and_then(|t| t.json(&invalid).ok())
        .unwrap_or(Json::Null);
    Ok(parse(
        &validate(&json, &options).to_json_text(options.locale),
    ))
}

#[wasm_bindgen(js_name = validateApplications, skip_typescript)]
pub fn validate_applications(json: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (options, _) = read_options(&opts)?;
    let text = json.as_string().unwrap_or_default();
    Ok(parse(&validate_roster(&text, &options)))
}
