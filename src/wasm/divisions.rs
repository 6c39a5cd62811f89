//! `divisions`, `loadDivisions`.

use super::convert::{from_js, options, to_error, to_js};
use crate::divisions::{self, Division};
use crate::failure::{Code, Failure};
use crate::json::{object, Json};
use crate::prelude::*;
use wasm_bindgen::prelude::*;

/// The divisions in use as `[{ code, name }]`, for a portal's town list.
#[wasm_bindgen(js_name = divisions, skip_typescript)]
pub fn division_list() -> JsValue {
    let mut list: Vec<Json> = Vec::new();
    for d in divisions::divisions() {
        list.push(to_json(d));
    }
    to_js(&Json::Array(list))
}

fn to_json(d: &Division) -> Json<'_> {
    object()
        .field("code", d.code.as_str())
        .field("name", d.name.as_str())
        .build()
}

/// Replaces the divisions; bad data throws and keeps the old list. Returns the number loaded.
#[wasm_bindgen(js_name = loadDivisions, skip_typescript)]
pub fn load_divisions(data: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    let (_, locale) = options(&opts)?;
    let unreadable = || Failure::new(Code::INVALID_DIVISION_DATA, "").with("expected", "json");
    let list = from_js(&data, &unreadable)
        .and_then(|json| divisions::from_json(&json))
        .map_err(|f| to_error(&f, locale))?;
    let count = list.len();
    divisions::replace(list);
    Ok(count as f64)
}
