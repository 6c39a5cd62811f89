//! `publicityNotice`.

use crate::calendar::CALENDAR;
use crate::convert::{json, to_js, Opts, OrThrow};
use crate::divisions::DIVISIONS;
use jiuzhu::input::Limits;
use jiuzhu::publicity::{self, NoticeOptions};
use jiuzhu::render;
use serde_json::Value;
use wasm_bindgen::prelude::*;

const OPTION_KEYS: &[&str] = &[
    "postedOn",
    "kind",
    "nameStyle",
    "publicityUnit",
    "publicityDays",
    "provisional",
    "locale",
    "monthlyAmount",
    "supervisionPhone",
];

#[wasm_bindgen(js_name = publicityNotice, skip_typescript)]
pub fn publicity_notice(app: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let read = Opts::read(&opts)?;
    let locale = read.locale;
    // A value with no JSON form is no object: the core refuses it as it refuses `undefined`.
    let app = json(&app, &Limits::DOCUMENT)
        .or_throw(locale)?
        .unwrap_or(Value::Null);
    let options = NoticeOptions::read(&read.members(OPTION_KEYS)?).or_throw(locale)?;
    let notice = publicity::publicity_notice(&app, &options, &CALENDAR.get(), &DIVISIONS.get())
        .or_throw(locale)?;
    to_js(&render::publicity::notice(&notice, options.locale))
}
