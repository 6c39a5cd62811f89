//! `divisions`, `loadDivisions`.

use crate::convert::to_js;
use crate::state::Table;
use jiuzhu::divisions::Divisions;
use jiuzhu::Code;
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
    DIVISIONS.load(&data, &opts, Code::INVALID_DIVISION_DATA, |data, _| {
        Divisions::read(data)
    })?;
    Ok(DIVISIONS.get().list().len() as f64)
}
