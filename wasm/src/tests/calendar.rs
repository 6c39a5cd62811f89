//! The JavaScript-facing functions, called with JavaScript values, in Node and in headless
//! Chromium (wasm-bindgen-test). What matters here is the boundary: any value in, a result or a
//! coded Error out, never a trap, and the module still working afterwards.

use super::{code_of, odd_values, s};
use crate::calendar::*;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn worked_vectors() {
    let add = |d: &str, n: f64| {
        add_working_days(s(d), JsValue::from(n), JsValue::UNDEFINED)
            .unwrap()
            .as_string()
            .unwrap()
    };
    assert_eq!(add("2026-02-13", 2.0), "2026-02-24");
    assert_eq!(add("2022-01-28", 2.0), "2022-01-30");
    assert_eq!(add("2026-09-30", 3.0), "2026-10-10");
    assert_eq!(
        working_days_between(s("2026-02-13"), s("2026-02-24"), JsValue::UNDEFINED).unwrap(),
        2.0
    );
    assert!(is_working_day(s("2026-02-14"), JsValue::UNDEFINED).unwrap());
    assert_eq!(
        day_kind(s("2026-10-05"), JsValue::UNDEFINED)
            .unwrap()
            .as_string()
            .unwrap(),
        "restDay"
    );
}

#[wasm_bindgen_test]
fn any_value_gets_a_coded_error_and_the_module_keeps_working() {
    for value in odd_values() {
        let error = is_working_day(value.clone(), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error.clone()), "invalidDate");
        assert!(error.is_instance_of::<js_sys::Error>());
        let error =
            add_working_days(s("2026-01-05"), value.clone(), JsValue::UNDEFINED).unwrap_err();
        // An integer is a valid count: twenty million working days run off the calendar.
        let expected = if value.as_f64() == Some(20260101.0) {
            "outsideCalendar"
        } else {
            "invalidArgument"
        };
        assert_eq!(code_of(error), expected);
        // Options that are not an object, or hold wrong types.
        if !(value.is_undefined() || value.is_null() || value.is_object()) {
            let error = is_working_day(s("2026-01-05"), value.clone()).unwrap_err();
            assert_eq!(code_of(error), "invalidArgument");
        }
        // As holiday data: only an object is, and an empty one adds no year.
        let empty = JSON::stringify(&value).ok().and_then(|t| t.as_string()) == Some("{}".into());
        match load_holiday_calendar(value, JsValue::UNDEFINED) {
            Ok(years) => assert!(empty && Array::from(&years).length() == 0),
            Err(error) => assert_eq!(code_of(error), "invalidHolidayCalendar"),
        }
    }
    assert!(is_working_day(s("2026-01-05"), JsValue::UNDEFINED).unwrap());
}

#[wasm_bindgen_test]
fn outside_the_calendar_names_the_year_and_estimates_on_request() {
    let error =
        add_working_days(s("2026-12-30"), JsValue::from(3), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(code_of(error.clone()), "outsideCalendar");
    let params = Reflect::get(&error, &s("params")).unwrap();
    assert_eq!(
        Reflect::get(&params, &s("year"))
            .unwrap()
            .as_string()
            .unwrap(),
        "2027"
    );
    let message = Reflect::get(&error, &s("message"))
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        message.contains("2027"),
        "the message names the year: {message}"
    );

    let opts = Object::new();
    Reflect::set(&opts, &s("provisional"), &JsValue::TRUE).unwrap();
    assert_eq!(
        add_working_days(s("2026-12-30"), JsValue::from(3), opts.into())
            .unwrap()
            .as_string(),
        Some("2027-01-05".to_owned())
    );
}

#[wasm_bindgen_test]
fn cyclic_holiday_data_is_refused_and_the_calendar_kept() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let error = load_holiday_calendar(cyclic.into(), JsValue::UNDEFINED).unwrap_err();
    assert_eq!(code_of(error), "invalidHolidayCalendar");
    let coverage = calendar_coverage().unwrap();
    assert_eq!(
        Reflect::get(&coverage, &s("to"))
            .unwrap()
            .as_string()
            .unwrap(),
        "2026-12-31"
    );
}
