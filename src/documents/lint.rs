//! Checks a portal's form definition against the catalogue: `{ id, category?, documents: [{ kind?,
//! label, required? }] }`. A form must not ask for what the office obtains by sharing (第46条),
//! must ask for what only the applicant can give, and should ask for each thing once.

use super::catalogue::{index, join, push_joined, Applies, Catalog, DocumentKind, CATEGORIES};
use crate::failure::{Code, Failure};
use crate::json::{object, Json};
use crate::messages::Locale;
use crate::prelude::*;

impl Code {
    /// The form asks the applicant for a document the office obtains by sharing.
    pub const FORBIDDEN_DOCUMENT_REQUEST: Code = Code::new("forbiddenDocumentRequest");
    /// A `kind` that is not in the catalogue.
    pub const UNKNOWN_DOCUMENT_KIND: Code = Code::new("unknownDocumentKind");
    /// The form lacks a document every application needs from the applicant.
    pub const MISSING_REQUIRED_DOCUMENT: Code = Code::new("missingRequiredDocument");
    /// Two items of the form ask for the same document.
    pub const DUPLICATE_DOCUMENT: Code = Code::new("duplicateDocument");
    /// The form definition has the wrong shape.
    pub const INVALID_FORM_DEFINITION: Code = Code::new("invalidFormDefinition");
}

/// One problem of a form definition, and the catalogue kind it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation<'a> {
    pub failure: Failure,
    pub kind: Option<&'a DocumentKind>,
}

impl<'a> Violation<'a> {
    pub fn code(&self) -> Code {
        self.failure.code
    }

    pub fn path(&self) -> &str {
        &self.failure.path
    }

    /// `{ code, path, message, kind, source, legalBasis, verified }`: the message names the
    /// document, where the office gets it and the legal basis.
    pub fn to_json(&self, locale: Locale) -> Json<'a> {
        let mut failure = self.failure.clone();
        // What the violation says of its kind, if it concerns one.
        let (mut id, mut source, mut basis, mut verified) =
            (None, None, Json::Array(Vec::new()), true);
        if let Some(kind) = self.kind {
            let holder = kind.holder(locale);
            let citations = kind.legal_basis(locale);
            let separator = if locale == Locale::ZhCn { "；" } else { "; " };
            let mut joined = String::new();
            push_joined(&mut joined, &citations, separator);
            failure = failure
                .with("kind", kind.id.as_str())
                .with("name", kind.name(locale))
                .with("source", holder.unwrap_or_default())
                .with("basis", joined);
            id = Some(kind.id.as_str());
            source = holder.filter(|_| kind.obtainable_by_sharing);
            basis = kind.legal_basis_json(locale);
            verified = kind.verified;
        }
        let message = failure.message(locale);
        object()
            .field("code", failure.code.as_str())
            .field("path", failure.path)
            .field("message", message)
            .field("kind", id)
            .field("source", source)
            .field("legalBasis", basis)
            .field("verified", verified)
            .build()
    }
}

/// `path.key` (either may be empty) is not of the `expected` shape.
fn shape(path: &str, key: &str, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_FORM_DEFINITION, join(path, key)).with("expected", expected)
}

/// Every violation of the definition, in document order; the missing documents last.
pub fn lint_form_definition<'a>(catalog: &'a Catalog, def: &Json) -> Vec<Violation<'a>> {
    let mut out: Vec<Violation<'a>> = Vec::new();
    let mut fail =
        |failure: Failure, kind: Option<&'a DocumentKind>| out.push(Violation { failure, kind });
    if def.as_object().is_none() {
        fail(shape("", "", "object"), None);
        return out;
    }
    if !def.get("id").is_some_and(|id| id.as_str().is_some()) {
        fail(shape("", "id", "string"), None);
    }
    let category = match def.get("category") {
        None | Some(Json::Null) => None,
        Some(c) => match c.as_str().filter(|c| CATEGORIES.contains(c)) {
            Some(c) => Some(c),
            None => {
                let value = c.as_str().unwrap_or_default();
                let failure = Failure::new(Code::INVALID_FORM_DEFINITION, "category");
                fail(
                    failure.with("reason", "category").with("value", value),
                    None,
                );
                None
            }
        },
    };
    let Some(documents) = def.get("documents").and_then(Json::as_array) else {
        fail(shape("", "documents", "array"), None);
        return out;
    };
    // What each item asks for: (kind, path of the first item asking for it).
    let mut asked: Vec<(&'a DocumentKind, String)> = Vec::new();
    for (i, item) in documents.iter().enumerate() {
        let path = index("documents", i);
        if item.as_object().is_none() {
            fail(shape(&path, "", "object"), None);
            continue;
        }
        let label = item.get("label").and_then(Json::as_str).unwrap_or_default();
        if label.trim().is_empty() {
            fail(shape(&path, "label", "string"), None);
        }
        if !matches!(
            item.get("required"),
            None | Some(Json::Null | Json::Bool(_))
        ) {
            fail(shape(&path, "required", "boolean"), None);
        }
        let declared = match item.get("kind") {
            None | Some(Json::Null) => None,
            Some(Json::String(kind)) if kind == "other" => None,
            Some(Json::String(kind)) => match catalog.get(kind) {
                Some(k) => Some(k),
                None => {
                    let suggestion = catalog.match_label(label).first().copied();
                    let mut failure =
                        Failure::new(Code::UNKNOWN_DOCUMENT_KIND, join(&path, "kind"))
                            .with("value", kind.as_ref());
                    if suggestion.is_some() {
                        failure = failure.with("reason", "suggestion");
                    }
                    fail(failure, suggestion);
                    None
                }
            },
            Some(_) => {
                fail(shape(&path, "kind", "string"), None);
                None
            }
        };
        // A declared kind is taken at its word; otherwise the label's words say what is asked.
        let matched;
        let kinds = match &declared {
            Some(kind) => core::slice::from_ref(kind),
            None => {
                matched = catalog.match_label(label);
                matched.as_slice()
            }
        };
        for &kind in kinds {
            let mut failure;
            if kind.obtainable_by_sharing {
                failure = Failure::new(Code::FORBIDDEN_DOCUMENT_REQUEST, path.clone());
                if !kind.verified {
                    failure = failure.with("reason", "unverified");
                } else if kind.authorization_required {
                    failure = failure.with("reason", "authorization");
                }
            } else if let Some((_, first)) = asked.iter().find(|(k, _)| k.id == kind.id) {
                failure = Failure::new(Code::DUPLICATE_DOCUMENT, path.clone())
                    .with("first", first.as_str());
            } else {
                asked.push((kind, path.clone()));
                continue;
            }
            fail(failure.with("label", label), Some(kind));
        }
    }
    for kind in catalog.kinds() {
        let needed = !kind.obtainable_by_sharing
            && matches!(kind.applies_to, Applies::Always | Applies::AdultMember)
            && (category.is_none() || kind.for_category(category));
        if needed && !asked.iter().any(|(k, _)| k.id == kind.id) {
            fail(
                Failure::new(Code::MISSING_REQUIRED_DOCUMENT, "documents"),
                Some(kind),
            );
        }
    }
    out
}
