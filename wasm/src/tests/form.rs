//! `__attachForm`, what `attachForm` (js/form.js) asks the core when it attaches, called with
//! JavaScript values: options (a bad `today` included) refused before the form, the summary texts and
//! one notice per upload kind, never a trap.

use super::{code_of, odd_values, s};
use jiuzhu::wasm::form::attach_form;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &s(key)).unwrap()
}

fn opts(pairs: &[(&str, &str)]) -> JsValue {
    let opts = Object::new();
    for (k, v) in pairs {
        Reflect::set(&opts, &s(k), &s(v)).unwrap();
    }
    opts.into()
}

fn path_of(error: &JsValue) -> String {
    get(error, "path").as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
fn options_are_refused_before_the_form_and_the_form_must_be_one() {
    let kinds = JsValue::from(Array::new());
    let error = attach_form(JsValue::FALSE, JsValue::UNDEFINED, kinds.clone()).unwrap_err();
    assert_eq!(
        (code_of(error.clone()), path_of(&error)),
        ("invalidArgument".into(), "form".into())
    );
    let error = attach_form(JsValue::FALSE, opts(&[("locale", "fr")]), kinds.clone()).unwrap_err();
    assert_eq!(path_of(&error), "opts.locale");
    let error = attach_form(JsValue::TRUE, s("en"), kinds).unwrap_err();
    assert_eq!(path_of(&error), "opts");
}

#[wasm_bindgen_test]
fn locale_today_texts_and_a_notice_for_each_shared_document() {
    let kinds = Array::of3(&s("householdRegister"), &s("incomeDeclaration"), &s("nope"));
    let options = opts(&[("locale", "en-GB"), ("today", "2026-11-27")]);
    let setup = attach_form(JsValue::TRUE, options, kinds.into()).unwrap();
    assert_eq!(get(&setup, "locale").as_string().unwrap(), "en");
    assert_eq!(get(&setup, "today").as_string().unwrap(), "2026-11-27");
    for key in ["summaryTitle", "errorPrefix", "warningPrefix"] {
        assert!(
            get(&setup, key).as_string().is_some_and(|t| !t.is_empty()),
            "{key}"
        );
    }
    let notices = Array::from(&get(&setup, "notices"));
    assert_eq!(notices.length(), 3);
    assert!(notices.get(0).as_string().is_some_and(|t| !t.is_empty()));
    assert!(notices.get(1).is_null() && notices.get(2).is_null());
    // Without `today`: null, and the default locale.
    let setup = attach_form(JsValue::TRUE, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert!(get(&setup, "today").is_null());
    assert_eq!(get(&setup, "locale").as_string().unwrap(), "zh-CN");
}

#[wasm_bindgen_test]
fn a_today_that_is_not_a_date_is_refused_as_by_every_export() {
    for today in ["2026-13-01", "2026-2-3", "tomorrow"] {
        // Refused before the form is looked at: it is an option.
        let error = attach_form(
            JsValue::FALSE,
            opts(&[("today", today)]),
            JsValue::UNDEFINED,
        )
        .unwrap_err();
        assert_eq!(
            (code_of(error.clone()), path_of(&error)),
            ("invalidDate".into(), "opts.today".into()),
            "{today}"
        );
    }
}

#[wasm_bindgen_test]
fn any_value_gets_an_answer_or_a_coded_error() {
    for value in odd_values() {
        for result in [
            attach_form(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED),
            attach_form(JsValue::TRUE, value.clone(), JsValue::UNDEFINED),
            attach_form(JsValue::TRUE, JsValue::UNDEFINED, value.clone()),
        ] {
            if let Err(error) = result {
                assert!(
                    ["invalidArgument", "invalidDate"].contains(&code_of(error).as_str()),
                    "{value:?}"
                );
            }
        }
        let kinds = Array::of1(&value);
        let setup = attach_form(JsValue::TRUE, JsValue::UNDEFINED, kinds.into()).unwrap();
        assert_eq!(Array::from(&get(&setup, "notices")).length(), 1);
    }
}
