//! jiuzhu (救助): the rules of social-assistance intake in Qingpu District (青民〔2022〕21号) as plain Rust.
//!
//! The core has no WebAssembly in it: every module here is ordinary Rust, tested with `cargo test`;
//! the crate in `wasm/` converts JavaScript values and delegates, and no rule lives there. Every
//! failure is a [`Failure`] value with a stable code, a path and parameters; its texts in zh-CN and
//! English are written by [`messages`]. Nothing here panics on input.
//!
//! The layers, each using only those below it (see docs/architecture.md):
//! - `failure`, `path`, `locale`, `input`, `data`: what every module shares;
//! - the domain: `calendar`, `identity`, `divisions`, `application`, `documents`, `deadlines`,
//!   `publicity`;
//! - `messages`: the texts of every code, which depend on the domain and never the reverse;
//! - `render`: results as the JavaScript API returns them, with their texts.

/// An enumeration keyed by the strings of data and JavaScript (`"residentId"`): the variants, the
/// keys in the same order, and serde reading and writing the keys. One declaration per enumeration,
/// so a key is written once.
macro_rules! keyed {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $key)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The keys, in the order of `ALL`.
            pub const KEYS: &'static [&'static str] = &[$($key),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn parse(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

pub mod application;
pub mod calendar;
pub mod data;
pub mod deadlines;
pub mod decisions;
pub mod divisions;
pub mod documents;
pub mod failure;
pub mod identity;
pub mod input;
pub mod locale;
pub mod markup;
pub mod messages;
pub mod path;
pub mod publicity;
pub mod render;
mod sort;

pub use failure::{Code, Failure, Severity};
pub use locale::Locale;
pub use path::Path;
