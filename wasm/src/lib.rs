//! The JavaScript face of jiuzhu: each export converts its arguments (`convert`), takes a
//! snapshot of the tables it needs (`state`), calls the core and converts the result. No rule
//! lives here. Every export takes plain `JsValue`s, so that no input, however wrong, reaches
//! wasm-bindgen's own conversions (which throw uncoded errors).

pub mod application;
pub mod calendar;
pub mod convert;
pub mod deadlines;
pub mod decisions;
pub mod divisions;
pub mod documents;
pub mod form;
pub mod publicity;
pub mod state;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

use wasm_bindgen::prelude::*;

/// After a trap the module's memory cannot be trusted. The JavaScript layer calls this when one
/// surfaces, and wasm-bindgen runs the next call to any export in a fresh instance of the module.
#[wasm_bindgen(js_name = __scheduleReinit, skip_typescript)]
pub fn schedule_reinit() {
    wasm_bindgen::handler::schedule_reinit();
}

/// The `JiuzhuError` for a trap the JavaScript layer recovered from (`internal`).
#[wasm_bindgen(js_name = __internalError, skip_typescript)]
pub fn internal_error(opts: JsValue) -> JsValue {
    let locale = convert::Opts::read(&opts).map_or(jiuzhu::Locale::default(), |o| o.locale);
    let failure = jiuzhu::Failure::new(jiuzhu::Code::INTERNAL, jiuzhu::Path::root());
    convert::Thrown { failure, locale }.into()
}

/// The module's memory in bytes, for the memory test (memory grows and never shrinks: a leak
/// shows as growth over many calls).
#[wasm_bindgen(js_name = __memoryBytes, skip_typescript)]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    let pages = core::arch::wasm32::memory_size(0);
    #[cfg(not(target_arch = "wasm32"))]
    let pages = 0;
    // In f64: a full 4 GiB memory (65,536 pages) is one past what a 32-bit usize holds.
    pages as f64 * 65536.0
}
