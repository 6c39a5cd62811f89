//! The JavaScript-facing functions, called with JavaScript values, in Node and in headless
//! Chromium (wasm-bindgen-test). What matters here is the boundary: any value in, a result or a
//! coded Error out, never a trap, and the module still working afterwards. One file per concept.

mod application;
mod calendar;
mod deadlines;
mod decisions;
mod documents;
mod form;
mod publicity;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

pub fn s(value: &str) -> JsValue {
    JsValue::from_str(value)
}

/// The `code` of a thrown error, or "" when it has none.
pub fn code_of(error: JsValue) -> String {
    Reflect::get(&error, &s("code"))
        .ok()
        .and_then(|c| c.as_string())
        .unwrap_or_default()
}

/// Values of every JavaScript type, for feeding to every argument.
pub fn odd_values() -> Vec<JsValue> {
    vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from(true),
        JsValue::from(f64::NAN),
        JsValue::from(20260101.0),
        s(""),
        s("2026-02-30"),
        s("２０２６-01-01"),
        Object::new().into(),
        Array::new().into(),
        js_sys::Date::new_0().into(),
        js_sys::Symbol::for_("x").into(),
    ]
}
