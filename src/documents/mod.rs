//! Document requests (上海市社会救助条例 第46条: materials obtainable through information sharing
//! must not be requested from the applicant).
//!
//! - [`Catalog`]: every kind of document, whether the office obtains it by sharing, from whom, on
//!   what legal basis and when it applies; compiled in from `data/documents.json`, replaceable.
//! - [`lint_form_definition`]: a portal's form definition checked against the catalogue.
//! - [`requestable_documents`]: what one application may be asked for, and what the office obtains.
//!
//! Failures are data (codes, paths, params); their texts, the reasons a document is asked for and
//! the notice of what the office obtains are written by `render::documents`.

mod catalogue;
mod household;
mod kind;
mod label;
mod lint;
mod matching;
mod requestable;

pub use catalogue::Catalog;
pub use kind::{Applies, Bilingual, DocumentKind};
pub use label::normalise_label;
pub use lint::{lint_form_definition, Violation};
pub use requestable::{requestable_documents, Request, Requestable};
