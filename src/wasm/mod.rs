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
mod heap;
pub mod publicity;

/// The allocator: size classes (see [`heap`]) instead of dlmalloc or Talc, for a smaller module.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: heap::SizeClasses = heap::SizeClasses::new();
