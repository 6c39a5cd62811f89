//! `documentCatalog`, `loadDocumentCatalog`, `lintFormDefinition`, `requestableDocuments`.

use crate::convert::{json, to_js, Opts, OrThrow};
use crate::divisions::DIVISIONS;
use crate::state::Table;
use jiuzhu::documents::{self, Catalog};
use jiuzhu::input::Limits;
use jiuzhu::{render, Code};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// The module's document catalogue: the compiled-in one, or what the page loaded.
pub static CATALOG: Table<Catalog> = Table::new(Catalog::compiled_in);

#[wasm_bindgen(js_name = documentCatalog, skip_typescript)]
pub fn document_catalog() -> Result<JsValue, JsValue> {
    to_js(&*CATALOG.get())
}

/// Replaces the catalogue; bad data throws and keeps the old one. Returns the number of kinds.
#[wasm_bindgen(js_name = loadDocumentCatalog, skip_typescript)]
pub fn load_document_catalog(data: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    CATALOG.load(&data, &opts, Code::INVALID_DOCUMENT_CATALOG, |data, _| {
        Catalog::read(data)
    })?;
    Ok(CATALOG.get().kinds().len() as f64)
}

/// Violations of a form definition; never throws for the definition itself (one that cannot be
/// read lints as a definition of the wrong shape).
#[wasm_bindgen(js_name = lintFormDefinition, skip_typescript)]
pub fn lint_form_definition(def: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let locale = Opts::read(&opts)?.locale;
    let def = json(&def, &Limits::DOCUMENT).or_throw(locale)?;
    let catalog = CATALOG.get();
    let found = documents::lint_form_definition(&catalog, &def.unwrap_or(Value::Null));
    to_js(&render::documents::violations(&found, locale))
}

/// What an application may be asked for; never throws for the application itself. `today` is
/// the JavaScript layer's default for `opts.today`.
#[wasm_bindgen(js_name = requestableDocuments, skip_typescript)]
pub fn requestable_documents(
    app: JsValue,
    opts: JsValue,
    today: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = Opts::read(&opts)?;
    let locale = opts.locale;
    let today = opts.today(&today)?;
    let app = json(&app, &Limits::DOCUMENT).or_throw(locale)?;
    let catalog = CATALOG.get();
    let found = documents::requestable_documents(
        &catalog,
        &app.unwrap_or(Value::Null),
        &DIVISIONS.get(),
        today,
    );
    to_js(&render::documents::requestable(&found, locale))
}
