//! `publicityNotice`.

use super::calendar::calendar;
use super::convert::{from_js, options, parse_json, to_error, JsonText};
use crate::failure::{Code, Failure};
use crate::publicity::{self, NoticeOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_name = publicityNotice, skip_typescript)]
pub fn publicity_notice(app: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (_, locale) = options(&opts)?;
    let throw = |failure: Failure| to_error(&failure, locale);
    let unusable = |path: &'static str| {
        move || Failure::new(Code::INVALID_ARGUMENT, path).with("expected", "json")
    };
    let (app_invalid, opts_invalid) = (unusable("app"), unusable("opts"));
    let app = JsonText::read(&app, &app_invalid).map_err(throw)?;
    let app = app.json(&app_invalid).map_err(throw)?;
    let opts = from_js(&opts, &opts_invalid).map_err(throw)?;
    let opts = NoticeOptions::from_json(&opts).map_err(throw)?;
    let notice = publicity::publicity_notice(&app, &opts, &calendar()).map_err(throw)?;
    Ok(parse_json(&notice.json_text()))
}
