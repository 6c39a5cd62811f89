//! The deadlines functions called with JavaScript values: results as plain objects, any value in
//! giving a result or a coded Error, never a trap.

use super::{code_of, odd_values, s};
use crate::deadlines::*;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &s(key)).unwrap()
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &s(k), v).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
fn a_timeline_as_plain_objects() {
    let events = object(&[("stopNoticeServedOn", s("2026-09-30"))]);
    let opts = object(&[("today", s("2026-10-12")), ("locale", s("en"))]);
    let t = case_timeline(events, opts, JsValue::UNDEFINED).unwrap();
    let steps: js_sys::Array = get(&t, "steps").into();
    assert_eq!(steps.length(), 2);
    let window = steps.get(0);
    assert_eq!(get(&window, "dueOn").as_string().unwrap(), "2026-10-10");
    assert_eq!(get(&window, "status").as_string().unwrap(), "done");
    let earliest = steps.get(1);
    assert_eq!(get(&earliest, "dueOn").as_string().unwrap(), "2026-10-12");
    assert_eq!(
        get(&get(&earliest, "rule"), "workingDays").as_f64(),
        Some(1.0)
    );
}

#[wasm_bindgen_test]
fn the_svg_and_the_month() {
    let events = object(&[("acceptedOn", s("2026-03-02"))]);
    let opts = || object(&[("today", s("2026-03-09"))]);
    let svg = timeline_svg(events.clone(), opts(), JsValue::UNDEFINED).unwrap();
    // Overdue steps are stated in words: the SVG carries the timeline's own status label.
    let timeline = case_timeline(events, opts(), JsValue::UNDEFINED).unwrap();
    let steps = js_sys::Array::from(&Reflect::get(&timeline, &s("steps")).unwrap());
    let overdue = steps
        .iter()
        .find(|step| {
            Reflect::get(step, &s("status"))
                .unwrap()
                .as_string()
                .as_deref()
                == Some("overdue")
        })
        .expect("the first step is overdue on 2026-03-09");
    let label = Reflect::get(&overdue, &s("statusLabel"))
        .unwrap()
        .as_string()
        .unwrap();
    assert!(svg.starts_with("<svg") && svg.contains(&label), "{label}");
    let month =
        disbursement_schedule(JsValue::from(2026), JsValue::from(2), JsValue::UNDEFINED).unwrap();
    let pay = get(&month, "paymentDue");
    assert_eq!(get(&pay, "dueOn").as_string().unwrap(), "2026-02-28");
}

#[wasm_bindgen_test]
fn any_value_gets_a_coded_error_and_the_module_keeps_working() {
    for value in odd_values() {
        match case_timeline(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED) {
            // An empty object is a case with no events yet.
            Ok(_) => assert!(value.is_object()),
            Err(e) => assert_eq!(code_of(e), "invalidArgument"),
        }
        if let Err(e) = timeline_svg(
            object(&[("acceptedOn", value.clone())]),
            JsValue::UNDEFINED,
            JsValue::UNDEFINED,
        ) {
            panic!("bad event dates are findings, not errors: {}", code_of(e));
        }
        let error = disbursement_schedule(value.clone(), JsValue::from(2), JsValue::UNDEFINED);
        if value.as_f64() != Some(20260101.0) {
            assert_eq!(code_of(error.unwrap_err()), "invalidArgument");
        }
        if !(value.is_undefined() || value.is_null() || value.is_object()) {
            let error =
                case_timeline(Object::new().into(), value.clone(), JsValue::UNDEFINED).unwrap_err();
            assert_eq!(code_of(error), "invalidArgument");
        }
        let result = case_timeline(
            Object::new().into(),
            object(&[("today", value.clone())]),
            JsValue::UNDEFINED,
        );
        // No odd value is a date: only an absent `today` is accepted.
        match result {
            Ok(_) => assert!(value.is_undefined() || value.is_null()),
            Err(e) => assert_eq!(code_of(e), "invalidDate"),
        }
        let error = load_procedure_rules(value, JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error), "invalidProcedureData");
    }
    let error = disbursement_schedule(JsValue::from(2026), JsValue::from(13), JsValue::UNDEFINED)
        .unwrap_err();
    assert_eq!(code_of(error), "invalidArgument");
    let t = case_timeline(
        object(&[("acceptedOn", s("2026-02-13"))]),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .unwrap();
    let steps: js_sys::Array = get(&t, "steps").into();
    assert_eq!(
        get(&steps.get(0), "dueOn").as_string().unwrap(),
        "2026-02-24"
    );
}
