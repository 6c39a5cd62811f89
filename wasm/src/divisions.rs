//! `divisions`, `loadDivisions`.

use crate::convert::{json, to_js, Opts, OrThrow};
use crate::state::Table;
use jiuzhu::divisions::Divisions;
use jiuzhu::input::Limits;
use jiuzhu::{Code, Failure, Path};
use wasm_bindgen::prelude::*;

/// Qingpu's towns: compiled in, replaced by `loadDivisions`.
pub static DIVISIONS: Table<Divisions> = Table::new(Divisions::compiled_in);

/// The divisions in use as `[{ code, name }]`, for a portal's town list.
#[wasm_bindgen(js_name = divisions, skip_typescript)]
pub fn division_list() -> Result<JsValue, JsValue> {
    to_js(&*DIVISIONS.get())
}

/// Replaces the divisions; bad data throws and keeps the old list. Returns the number loaded.
#[wasm_bindgen(js_name = loadDivisions, skip_typescript)]
pub fn load_divisions(data: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    let locale = Opts::read(&opts)?.locale;
    let unreadable =
        || Failure::new(Code::INVALID_DIVISION_DATA, Path::root()).with("expected", "json");
    let divisions = json(&data, &Limits::DOCUMENT)
        .and_then(|data| data.ok_or_else(unreadable))
        .and_then(|data| Divisions::read(&data))
        .or_throw(locale)?;
    let count = divisions.list().len();
    DIVISIONS.set(divisions);
    Ok(count as f64)
}
