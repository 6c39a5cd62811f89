//! jiuzhu (救助): the rules of social-assistance intake in Qingpu District (青民〔2022〕21号) as plain Rust.
//!
//! The core has no WebAssembly in it: every module here is ordinary Rust, tested with `cargo test`.
//! `wasm` (compiled only for `wasm32`) converts JavaScript values and delegates; no rule lives there.
//! Every failure is a [`Failure`] value with a stable code, a path and messages in zh-CN and English;
//! nothing here panics on input.

extern crate alloc;

/// What std's prelude gives and `no_std` does not: `use crate::prelude::*;` in each module that needs
/// it, so the same code compiles in both modes.
#[allow(unused_imports)]
pub(crate) mod prelude {
    pub(crate) use alloc::borrow::ToOwned;
    pub(crate) use alloc::boxed::Box;
    pub(crate) use alloc::format;
    pub(crate) use alloc::string::{String, ToString};
    pub(crate) use alloc::vec;
    pub(crate) use alloc::vec::Vec;
}

pub mod application;
pub mod calendar;
pub mod deadlines;
pub mod divisions;
pub mod documents;
pub mod failure;
mod global;
pub mod identity;
pub mod json;
pub mod markup;
pub mod messages;
pub mod publicity;

/// The JavaScript bindings; public only so the wasm tests can call them as JavaScript would.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use failure::{Code, Failure};
pub use messages::Locale;
