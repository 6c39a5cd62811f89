//! The JavaScript face of the core: converts arguments, delegates, converts results. No rule lives
//! here. Every export takes plain `JsValue`s so that no input, however wrong, reaches wasm-bindgen's
//! own conversions (which throw uncoded errors) or traps the module.

pub mod application;
pub mod calendar;
pub mod convert;
pub mod deadlines;
pub mod divisions;
pub mod documents;
pub mod form;
pub mod publicity;

/// The allocator: Talc instead of dlmalloc, for a smaller module.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
