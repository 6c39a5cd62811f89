//! `documentCatalog`, `loadDocumentCatalog`, `lintFormDefinition`, `requestableDocuments`.

use super::convert::{date, from_js, options, to_error, to_js, JsonText};
use crate::documents::{
    lint_form_definition as lint, requestable_documents as requestable, Catalog,
};
use crate::failure::{Code, Failure};
use crate::global::Global;
use crate::json::Json;
use crate::prelude::*;
use core::cell::{Ref, RefCell};
use wasm_bindgen::prelude::*;

/// The module's document catalogue: the compiled-in one, or what the page loaded.
static CATALOG: Global<RefCell<Catalog>> = Global::new(|| RefCell::new(Catalog::embedded()));

/// What a value JSON cannot carry (a cycle, a BigInt) is.
fn unreadable() -> Failure {
    Failure::new(Code::INVALID_DOCUMENT_CATALOG, "").with("expected", "json")
}

/// The catalogue, borrowed (one function, not one instance per closure).
fn catalog() -> Ref<'static, Catalog> {
    CATALOG.get().borrow()
}

pub(crate) fn with_catalog<T>(f: impl FnOnce(&Catalog) -> T) -> T {
    f(&catalog())
}

#[wasm_bindgen(js_name = documentCatalog, skip_typescript)]
pub fn document_catalog() -> JsValue {
    to_js(&catalog().to_json())
}

/// Replaces the catalogue; bad data throws and keeps the old one. Returns the number of kinds.
#[wasm_bindgen(js_name = loadDocumentCatalog, skip_typescript)]
pub fn load_document_catalog(data: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    let (_, locale) = options(&opts)?;
    let loaded = from_js(&data, &unreadable).and_then(|json| Catalog::from_json(&json));
    let catalog = loaded.map_err(|f| to_error(&f, locale))?;
    let count = catalog.kinds().len();
    CATALOG.with(|c| *c.borrow_mut() = catalog);
    Ok(count as f64)
}

/// Violations of a form definition; never throws for the definition itself.
#[wasm_bindgen(js_name = lintFormDefinition, skip_typescript)]
pub fn lint_form_definition(def: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (_, locale) = options(&opts)?;
    // A value JSON cannot carry (a cycle, a BigInt) lints as a definition of the wrong shape.
    let text = JsonText::read(&def, &unreadable).ok();
    let def = text.as_ref().and_then(|t| t.json(&unreadable).ok());
    let def = def.unwrap_or(Json::Null);
    let c = catalog();
    let mut found = Vec::new();
    for violation in lint(&c, &def) {
        found.push(violation.to_json(locale));
    }
    Ok(to_js(&Json::Array(found)))
}

/// What an application may be asked for; never throws for the application itself.
#[wasm_bindgen(js_name = requestableDocuments, skip_typescript)]
pub fn requestable_documents(app: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (opts, locale) = options(&opts)?;
    let today = match opts.given("today") {
        Some(v) => Some(date(&v, "opts.today").map_err(|f| to_error(&f, locale))?),
        None => None,
    };
    let text = JsonText::read(&app, &unreadable).ok();
    let app = text.as_ref().and_then(|t| t.json(&unreadable).ok());
    let app = app.unwrap_or(Json::Null);
    Ok(to_js(&requestable(&catalog(), &app, today).to_json(locale)))
}
