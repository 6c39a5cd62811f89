//! `publicityNotice` at the JavaScript boundary: any value in, a notice or a coded Error out.

use super::{code_of, odd_values, s};
use crate::publicity::publicity_notice;
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const APP: &str = r#"{"category":"temporary","town":"夏阳街道","committee":"夏阳湖居民委员会",
  "contact":{"phone":"13812345678"},
  "members":[{"name":"买买提·艾力","idNumber":"31011819700505001X","relationship":"self"},
             {"name":"阿依古丽","relationship":"spouse"}]}"#;

fn parse(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        Reflect::get(&v, &s(key)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn path_of(error: &JsValue) -> String {
    get(error, "path").as_string().unwrap_or_default()
}

fn pair((code, path): (&str, &str)) -> (String, String) {
    (code.to_owned(), path.to_owned())
}

fn posted(extra: &str) -> JsValue {
    parse(&format!(r#"{{"postedOn":"2025-09-30"{extra}}}"#))
}

#[wasm_bindgen_test]
fn a_notice_from_a_javascript_object() {
    let app = parse(APP);
    let before = JSON::stringify(&app).unwrap();
    let notice = publicity_notice(app.clone(), posted(r#","supervisionPhone":"12345""#)).unwrap();
    assert_eq!(
        JSON::stringify(&app).unwrap(),
        before,
        "the input is not mutated"
    );
    assert_eq!(
        get(&notice, "period.end").as_string().unwrap(),
        "2025-10-09"
    );
    assert_eq!(get(&notice, "fields.3.key").as_string().unwrap(), "name");
    assert_eq!(
        get(&notice, "fields.3.value").as_string().unwrap(),
        "买**·**"
    );
    let text = get(&notice, "text").as_string().unwrap();
    assert!(!text.contains("31011819700505001X") && !text.contains("阿依古丽"));
    let withheld = JSON::stringify(&get(&notice, "withheld"))
        .unwrap()
        .as_string()
        .unwrap();
    assert!(withheld.contains(r#""path":"members.0.idNumber","reason":"identity""#));
    assert!(
        !withheld.contains("13812345678"),
        "paths and reasons only, never values"
    );
    let en = publicity_notice(app, posted(r#","locale":"en""#)).unwrap();
    assert_eq!(
        get(&en, "fields.0.label").as_string().unwrap(),
        "Assistance"
    );
}

#[wasm_bindgen_test]
fn any_value_gets_a_coded_error_and_the_module_keeps_working() {
    for value in odd_values() {
        // As the application: an object gives a (nearly empty) notice, anything else a coded error.
        match publicity_notice(value.clone(), posted("")) {
            Ok(notice) => assert!(
                value.is_object()
                    && !js_sys::Array::is_array(&value)
                    && get(&notice, "missing").is_object()
            ),
            Err(error) => {
                assert_eq!(code_of(error.clone()), "invalidArgument");
                assert_eq!(path_of(&error), "app");
                assert!(error.is_instance_of::<js_sys::Error>());
            }
        }
        // As the options: an object (or none) lacks postedOn, which is required.
        let error = publicity_notice(parse(APP), value.clone()).unwrap_err();
        let usable = value.is_undefined()
            || value.is_null()
            || (value.is_object() && !js_sys::Array::is_array(&value));
        let expected = if usable {
            ("invalidDate", "opts.postedOn")
        } else {
            ("invalidArgument", "opts")
        };
        assert_eq!((code_of(error.clone()), path_of(&error)), pair(expected));
        // As each option: absent is the default; no odd value is usable, but for a phone any
        // text that is not empty.
        let absent = value.is_undefined() || value.is_null();
        let text = value.as_string().is_some_and(|t| !t.is_empty());
        for (key, code, accepted) in [
            ("postedOn", "invalidDate", false),
            ("kind", "invalidArgument", absent),
            ("nameStyle", "invalidArgument", absent),
            ("monthlyAmount", "invalidMonthlyAmount", absent),
            (
                "supervisionPhone",
                "invalidSupervisionPhone",
                absent || text,
            ),
            ("publicityDays", "invalidArgument", absent),
        ] {
            let opts = posted("");
            Reflect::set(&opts, &s(key), &value).unwrap();
            match publicity_notice(parse(APP), opts) {
                Ok(_) => assert!(accepted, "{key}"),
                Err(error) => assert_eq!(
                    (code_of(error.clone()), path_of(&error)),
                    pair((code, &format!("opts.{key}"))),
                    "{key}"
                ),
            }
        }
    }
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let error = publicity_notice(cyclic.into(), posted("")).unwrap_err();
    assert_eq!(code_of(error.clone()), "invalidArgument");
    assert_eq!(path_of(&error), "app");
    let big = parse(APP);
    Reflect::set(&big, &s("n"), &js_sys::BigInt::from(7u64).into()).unwrap();
    assert_eq!(
        code_of(publicity_notice(big, posted("")).unwrap_err()),
        "invalidArgument"
    );
    let late = parse(r#"{"postedOn":"2028-12-28"}"#);
    assert_eq!(
        code_of(publicity_notice(parse(APP), late).unwrap_err()),
        "outsideCalendar"
    );
    assert!(publicity_notice(parse(APP), posted("")).is_ok());
}
