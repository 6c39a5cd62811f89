//! Checks a portal's form definition against the catalogue: `{ id, category?, documents: [{ kind?,
//! label, required? }] }`. A form must not ask for what the office obtains by sharing (第46条),
//! must ask for what only the applicant can give, and should ask for each thing once. Any value
//! gets an answer: a definition of the wrong shape is a violation, never an error.

use super::catalogue::Catalog;
use super::kind::{Applies, DocumentKind};
use crate::application::Category;
use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use serde_json::Value;

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

impl Violation<'_> {
    pub fn code(&self) -> Code {
        self.failure.code
    }

    pub fn path(&self) -> &str {
        self.failure.path.as_str()
    }
}

/// `path` is not of the `expected` shape.
fn shape(path: Path, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_FORM_DEFINITION, path).with("expected", expected)
}

/// The violations found so far, and what the form's items ask for.
struct Lint<'a> {
    catalog: &'a Catalog,
    found: Vec<Violation<'a>>,
    /// Each kind asked for, with the path of the first item asking for it.
    asked: Vec<(&'a DocumentKind, Path)>,
}

impl<'a> Lint<'a> {
    fn fail(&mut self, failure: Failure, kind: Option<&'a DocumentKind>) {
        self.found.push(Violation { failure, kind });
    }

    /// One item of `documents`, at `path`.
    fn item(&mut self, item: &Value, path: Path) {
        if !item.is_object() {
            self.fail(shape(path, "object"), None);
            return;
        }
        let label = item
            .get("label")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if label.trim().is_empty() {
            self.fail(shape(path.key("label"), "string"), None);
        }
        if !matches!(
            item.get("required"),
            None | Some(Value::Null | Value::Bool(_))
        ) {
            self.fail(shape(path.key("required"), "boolean"), None);
        }
        // A declared kind is taken at its word; otherwise the label's words say what is asked.
        let kinds = match self.declared(item.get("kind"), label, &path) {
            Some(kind) => vec![kind],
            None => self.catalog.match_label(label),
        };
        for kind in kinds {
            self.ask(kind, label, &path);
        }
    }

    /// The catalogue kind an item declares: none when absent, `other` or not in the catalogue.
    fn declared(
        &mut self,
        kind: Option<&Value>,
        label: &str,
        path: &Path,
    ) -> Option<&'a DocumentKind> {
        let id = match kind {
            None | Some(Value::Null) => return None,
            Some(Value::String(id)) if id == "other" => return None,
            Some(Value::String(id)) => id,
            Some(_) => {
                self.fail(shape(path.key("kind"), "string"), None);
                return None;
            }
        };
        if let Some(kind) = self.catalog.get(id) {
            return Some(kind);
        }
        let suggestion = self.catalog.match_label(label).first().copied();
        let mut failure =
            Failure::new(Code::UNKNOWN_DOCUMENT_KIND, path.key("kind")).with("value", excerpt(id));
        if suggestion.is_some() {
            failure = failure.with("reason", "suggestion");
        }
        self.fail(failure, suggestion);
        None
    }

    /// The item at `path` asks for `kind`: forbidden when the office obtains it by sharing, a
    /// duplicate when an earlier item asked for it.
    fn ask(&mut self, kind: &'a DocumentKind, label: &str, path: &Path) {
        let failure = if kind.obtainable_by_sharing {
            let failure = Failure::new(Code::FORBIDDEN_DOCUMENT_REQUEST, path.clone());
            if !kind.verified {
                failure.with("reason", "unverified")
            } else if kind.authorization_required {
                failure.with("reason", "authorization")
            } else {
                failure
            }
        } else if let Some((_, first)) = self.asked.iter().find(|(k, _)| k.id == kind.id) {
            Failure::new(Code::DUPLICATE_DOCUMENT, path.clone()).with("first", first)
        } else {
            self.asked.push((kind, path.clone()));
            return;
        };
        self.fail(failure.with("label", excerpt(label)), Some(kind));
    }

    /// The documents only the applicant can give that no item asks for; without a category, those
    /// of every category.
    fn missing(&mut self, category: Option<Category>) {
        let catalog = self.catalog;
        for kind in catalog.kinds() {
            let needed = !kind.obtainable_by_sharing
                && matches!(kind.applies_to, Applies::Always | Applies::AdultMember)
                && (category.is_none() || kind.for_category(category));
            if needed && !self.asked.iter().any(|(k, _)| k.id == kind.id) {
                let failure = Failure::new(Code::MISSING_REQUIRED_DOCUMENT, "documents");
                self.fail(failure, Some(kind));
            }
        }
    }
}

/// Every violation of the definition, in document order; the missing documents last.
pub fn lint_form_definition<'a>(catalog: &'a Catalog, def: &Value) -> Vec<Violation<'a>> {
    let mut lint = Lint {
        catalog,
        found: Vec::new(),
        asked: Vec::new(),
    };
    if !def.is_object() {
        lint.fail(shape(Path::root(), "object"), None);
        return lint.found;
    }
    if !def.get("id").is_some_and(Value::is_string) {
        lint.fail(shape(Path::root().key("id"), "string"), None);
    }
    let category = match def.get("category") {
        None | Some(Value::Null) => None,
        Some(given) => {
            let text = given.as_str().unwrap_or_default();
            let category = Category::parse(text);
            if category.is_none() {
                let failure = Failure::new(Code::INVALID_FORM_DEFINITION, "category")
                    .with("reason", "category")
                    .with("value", excerpt(text));
                lint.fail(failure, None);
            }
            category
        }
    };
    let Some(documents) = def.get("documents").and_then(Value::as_array) else {
        lint.fail(shape(Path::root().key("documents"), "array"), None);
        return lint.found;
    };
    for (i, item) in documents.iter().enumerate() {
        lint.item(item, Path::root().key("documents").index(i));
    }
    lint.missing(category);
    lint.found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn long_labels_and_kinds_are_quoted_in_part() {
        let label = format!("户口本{}", "复印件".repeat(100));
        let kind = "x".repeat(300);
        let catalog = Catalog::embedded();
        let def = json!({ "id": "f", "documents": [{ "kind": kind, "label": label }] });
        let found = lint_form_definition(&catalog, &def);
        let unknown = &found[0].failure;
        assert_eq!(unknown.code, Code::UNKNOWN_DOCUMENT_KIND);
        assert_eq!(unknown.param("value"), Some(excerpt(&kind).as_str()));
        let forbidden = &found[1].failure;
        assert_eq!(forbidden.code, Code::FORBIDDEN_DOCUMENT_REQUEST);
        assert!(forbidden
            .param("label")
            .is_some_and(|l| l.chars().count() == 101));
    }
}
