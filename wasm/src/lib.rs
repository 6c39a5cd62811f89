//! The JavaScript face of jiuzhu: each export converts its arguments (`convert`), takes a
//! snapshot of the tables it needs (`state`), calls the core and converts the result. No rule
//! lives here. Every export takes plain `JsValue`s, so that no input, however wrong, reaches
//! wasm-bindgen's own conversions (which throw uncoded errors).

pub mod application;
pub mod calendar;
pub mod convert;
pub mod deadlines;
pub mod divisions;
pub mod documents;
pub mod form;
pub mod publicity;
pub mod state;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;
