//! `documentCatalog`, `loadDocumentCatalog`, `lintFormDefinition` and `requestableDocuments` called
//! with JavaScript values: reports for any definition or application, coded errors for unusable
//! options and catalogues, the old catalogue kept after bad data, never a trap.

use super::{code_of, odd_values, s};
use crate::documents::*;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn parse(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &s(key)).unwrap()
}

fn codes(violations: &JsValue) -> Vec<String> {
    Array::from(violations)
        .iter()
        .map(|v| get(&v, "code").as_string().unwrap())
        .collect()
}

const FORM: &str = r#"{ "id": "f", "documents": [
  { "kind": "applicationForm", "label": "申请书" },
  { "kind": "incomeDeclaration", "label": "家庭经济状况声明" },
  { "kind": "verificationAuthorization", "label": "核对授权书" },
  { "label": "户口本复印件", "required": false } ] }"#;

#[wasm_bindgen_test]
fn lints_a_definition_with_the_source_and_basis() {
    let found = lint_form_definition(parse(FORM), JsValue::UNDEFINED).unwrap();
    assert_eq!(codes(&found), ["forbiddenDocumentRequest"]);
    let first = Array::from(&found).get(0);
    assert_eq!(get(&first, "path").as_string().unwrap(), "documents.3");
    assert_eq!(
        get(&first, "kind").as_string().unwrap(),
        "householdRegister"
    );
    assert!(get(&first, "source")
        .as_string()
        .is_some_and(|s| !s.is_empty()));
    assert_eq!(Array::from(&get(&first, "legalBasis")).length(), 3);
    let opts = Object::new();
    Reflect::set(&opts, &s("locale"), &s("en")).unwrap();
    let en = lint_form_definition(parse(FORM), opts.into()).unwrap();
    let en = Array::from(&en).get(0);
    assert_eq!(get(&en, "code"), get(&first, "code"));
    assert_ne!(get(&en, "message"), get(&first, "message"));
}

#[wasm_bindgen_test]
fn any_value_gets_a_report_and_the_module_keeps_working() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let mut values = odd_values();
    values.push(cyclic.into());
    values.push(JsValue::bigint_from_str("7"));
    for value in values {
        let found = lint_form_definition(value.clone(), JsValue::UNDEFINED).unwrap();
        assert_eq!(codes(&found)[0], "invalidFormDefinition");
        let answer =
            requestable_documents(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert!(Array::from(&get(&answer, "request")).length() > 0);
        let error = load_document_catalog(value.clone(), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error), "invalidDocumentCatalog");
        // Options that are not an object are refused, with a code.
        if !(value.is_undefined() || value.is_null() || value.is_object()) {
            let error = lint_form_definition(parse(FORM), value.clone()).unwrap_err();
            assert_eq!(code_of(error), "invalidArgument");
            let error =
                requestable_documents(parse("{}"), value.clone(), JsValue::UNDEFINED).unwrap_err();
            assert_eq!(code_of(error), "invalidArgument");
        }
    }
    assert_eq!(
        codes(&lint_form_definition(parse(FORM), JsValue::UNDEFINED).unwrap()).len(),
        1
    );
}

#[wasm_bindgen_test]
fn today_must_be_a_date() {
    for bad in ["2026-02-30", "tomorrow"] {
        let opts = Object::new();
        Reflect::set(&opts, &s("today"), &s(bad)).unwrap();
        let error =
            requestable_documents(parse("{}"), opts.into(), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error.clone()), "invalidDate");
        assert_eq!(get(&error, "path").as_string().unwrap(), "opts.today");
    }
    let opts = Object::new();
    Reflect::set(&opts, &s("today"), &s("2026-11-20")).unwrap();
    let app = parse(r#"{ "members": [{ "name": "张小明", "idNumber": "310118201005060019" }] }"#);
    let answer = requestable_documents(app, opts.into(), JsValue::UNDEFINED).unwrap();
    // A 16-year-old does not sign the verification authorisation.
    let kinds: Vec<String> = Array::from(&get(&answer, "request"))
        .iter()
        .map(|r| get(&r, "kind").as_string().unwrap())
        .collect();
    assert_eq!(kinds, ["applicationForm", "incomeDeclaration"]);
    // The notice names every document the office obtains itself.
    let notice = get(&answer, "notice").as_string().unwrap();
    for kind in Array::from(&get(&answer, "obtainedByOffice")).iter() {
        assert!(
            notice.contains(&get(&kind, "name").as_string().unwrap()),
            "{notice}"
        );
    }
}

#[wasm_bindgen_test]
fn a_bad_catalogue_is_refused_and_the_old_one_kept() {
    let before = Array::from(&document_catalog().unwrap()).length();
    assert!(before >= 18);
    let bad = parse(
        r#"[{ "id": "x", "name": { "zh": "某证" }, "obtainableBySharing": false, "appliesTo": "always" }]"#,
    );
    let error = load_document_catalog(bad, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(code_of(error.clone()), "invalidDocumentCatalog");
    assert_eq!(get(&error, "path").as_string().unwrap(), "0.name.en");
    assert_eq!(Array::from(&document_catalog().unwrap()).length(), before);
    // The catalogue loads back what it gives out.
    assert_eq!(
        load_document_catalog(document_catalog().unwrap(), JsValue::UNDEFINED).unwrap(),
        before as f64
    );
}
