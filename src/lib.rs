//! jiuzhu (救助): the rules of social-assistance intake in Qingpu District (青民〔2022〕21号) as plain Rust.
//!
//! The core has no WebAssembly in it: every module here is ordinary Rust, tested with `cargo test`.
//! `wasm` (compiled only for `wasm32`) converts JavaScript values and delegates; no rule lives there.
//! Every failure is a [`Failure`] value with a stable code, a path and messages in zh-CN and English;
//! nothing here panics on input.
//!
//! With the default `std` feature off (the release wasm, `scripts/build.sh`), the crate is `no_std`
//! with `alloc`: std's panic machinery is bytes that a module which never panics does not need.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

// The statics in `global` are single-threaded without std; only wasm32 without atomics has one thread.
#[cfg(all(
    not(feature = "std"),
    not(all(target_arch = "wasm32", not(target_feature = "atomics")))
))]
compile_error!("without the `std` feature, jiuzhu builds only for wasm32 without atomics");

/// What std's prelude gives and `no_std` does not: `use crate::prelude::*;` in each module that needs
/// it, so the same code compiles in both modes.
#[allow(unused_imports)]
pub(crate) mod prelude {
    #[cfg(not(feature = "std"))]
    pub(crate) use crate::float::F64Ext;
    pub(crate) use crate::pieces::{cat, push};
    pub(crate) use alloc::borrow::{Cow, ToOwned};
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
#[cfg(any(not(feature = "std"), test))]
mod float;
mod global;
pub mod identity;
pub mod json;
pub mod markup;
pub mod messages;
mod pieces;
pub mod publicity;

/// The JavaScript bindings; public only so the wasm tests can call them as JavaScript would.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use failure::{Code, Failure};
pub use messages::Locale;

/// Without std, a panic (which the core never causes on input) just traps the module.
#[cfg(all(not(feature = "std"), target_arch = "wasm32"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
