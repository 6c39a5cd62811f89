//! `attachForm` called with JavaScript values: options (a bad `today` included) refused before the
//! form is looked at, then anything that is not a form element refused, never a trap. What it does
//! to a real form is tested in Chromium through the package (tests/consumer/portal.test.mjs).

use super::{code_of, odd_values, s};
use crate::form::attach_form;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn opts(pairs: &[(&str, &str)]) -> JsValue {
    let opts = Object::new();
    for (k, v) in pairs {
        Reflect::set(&opts, &s(k), &s(v)).unwrap();
    }
    opts.into()
}

fn path_of(error: &JsValue) -> String {
    Reflect::get(error, &s("path"))
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

fn refused(form: JsValue, opts: JsValue) -> (String, String) {
    let Err(error) = attach_form(form, opts, JsValue::UNDEFINED) else {
        panic!("attached");
    };
    (code_of(error.clone()), path_of(&error))
}

#[wasm_bindgen_test]
fn options_are_refused_before_the_form_and_the_form_must_be_one() {
    let form = || JsValue::from(Object::new());
    let r = |code: &str, path: &str| (code.to_owned(), path.to_owned());
    assert_eq!(
        refused(form(), JsValue::UNDEFINED),
        r("invalidArgument", "form")
    );
    assert_eq!(
        refused(form(), opts(&[("locale", "fr")])),
        r("invalidArgument", "opts.locale")
    );
    assert_eq!(refused(form(), s("en")), r("invalidArgument", "opts"));
    for today in ["2026-13-01", "2026-2-3", "tomorrow"] {
        assert_eq!(
            refused(form(), opts(&[("today", today)])),
            r("invalidDate", "opts.today"),
            "{today}"
        );
    }
}

#[wasm_bindgen_test]
fn any_value_gets_a_coded_error() {
    for value in odd_values() {
        let (code, _) = refused(value.clone(), JsValue::UNDEFINED);
        assert_eq!(code, "invalidArgument");
        // As the options: an object (or none) is read, then the form is refused.
        let usable = value.is_undefined()
            || value.is_null()
            || (value.is_object() && !js_sys::Array::is_array(&value));
        let path = if usable { "form" } else { "opts" };
        assert_eq!(
            refused(JsValue::NULL, value),
            ("invalidArgument".to_owned(), path.to_owned())
        );
    }
}
