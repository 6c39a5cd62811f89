//! `validateIdNumber`, `validateApplication` and `validateApplications` called with JavaScript
//! values: any value to check gets a report (never an exception, never a trap); only unusable
//! options throw a coded Error.

use super::{code_of, odd_values, s};
use crate::application::*;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const VALID: &str = r#"{"category":"minimumLiving","submittedOn":"2026-11-20","town":"赵巷镇","committee":"赵巷村村民委员会",
"contact":{"phone":"138 1234 5678","hukouAddress":"赵巷村1号","residenceAddress":"赵巷村1号"},
"members":[{"name":"张伟","idNumber":"310118198003150011","relationship":"self","hukou":"local","employment":"unemployed",
"monthlyIncome":{"wages":0,"business":0,"property":0,"transfer":300,"other":0}},
{"name":"李娜","idNumber":"310118198207080027","relationship":"spouse","hukou":"local","employment":"employed",
"monthlyIncome":{"wages":2100.5,"business":0,"property":0,"transfer":0,"other":0}}],
"assets":{"deposits":5000,"securities":0,"vehicles":0,"nonResidentialProperty":0},
"bankAccount":{"bankName":"中国工商银行","accountNumber":"6217000010000000011","holderName":"张伟"},
"agent":null,"consents":{"verificationAuthorized":true,"declarationTruthful":true}}"#;

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        Reflect::get(&v, &s(key)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn app() -> JsValue {
    JSON::parse(VALID).unwrap()
}

fn opts(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &s(k), v).unwrap();
    }
    o.into()
}

/// (path, code) of every entry of a report's `errors`.
fn entries(report: &JsValue) -> Vec<(String, String)> {
    let errors: Array = get(report, "errors").into();
    errors
        .iter()
        .map(|e| {
            (
                get(&e, "path").as_string().unwrap(),
                get(&e, "code").as_string().unwrap(),
            )
        })
        .collect()
}

#[wasm_bindgen_test]
fn a_valid_application_and_its_normalised_form() {
    let input = app();
    let report =
        validate_application(input.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "valid"), JsValue::TRUE);
    assert_eq!(entries(&report), []);
    let normalized = get(&report, "normalized");
    let at = |path: &str| {
        Reflect::get(&normalized, &s(path))
            .unwrap()
            .as_string()
            .unwrap()
    };
    assert_eq!(at("town"), "310118105");
    assert_eq!(at("contact.phone"), "13812345678");
    assert_eq!(at("members.0.idType"), "residentId");
    // The input is not changed.
    assert_eq!(get(&input, "town").as_string().unwrap(), "赵巷镇");
}

#[wasm_bindgen_test]
fn errors_have_paths_codes_severities_and_messages_in_both_languages() {
    let input = app();
    let members = get(&input, "members");
    let second = Reflect::get(&members, &JsValue::from(1)).unwrap();
    Reflect::set(&second, &s("idNumber"), &s("310118198207080028")).unwrap();
    Reflect::set(&input, &s("town"), &s("上海")).unwrap();
    let report =
        validate_application(input.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "valid"), JsValue::FALSE);
    assert_eq!(
        entries(&report),
        [
            ("town".to_owned(), "unknownTown".to_owned()),
            ("members.1.idNumber".to_owned(), "idChecksum".to_owned())
        ]
    );
    let first = Reflect::get(&get(&report, "errors"), &JsValue::from(0)).unwrap();
    assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
    assert_eq!(get(&first, "params.value").as_string().unwrap(), "上海");
    let zh = get(&first, "message").as_string().unwrap();
    let en = validate_application(input, opts(&[("locale", s("en"))]), JsValue::UNDEFINED).unwrap();
    let en = get(
        &Reflect::get(&get(&en, "errors"), &JsValue::from(0)).unwrap(),
        "message",
    );
    assert!(!zh.is_empty() && !zh.contains('{'));
    assert_ne!(en.as_string().unwrap(), zh);
}

#[wasm_bindgen_test]
fn any_value_gets_a_report_and_the_module_keeps_working() {
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let big = js_sys::BigInt::from(5u64);
    let mut values = odd_values();
    values.extend([
        cyclic.into(),
        big.into(),
        js_sys::Function::new_no_args("return 1").into(),
    ]);
    for value in values {
        let report =
            validate_application(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&report, "valid"), JsValue::FALSE);
        assert!(!entries(&report).is_empty());
        let check =
            validate_id_number(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&check, "valid"), JsValue::FALSE);
        assert!(get(&check, "code").as_string().is_some());
        let roster =
            validate_applications(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert!(Array::is_array(&roster));
        // The value in place of each field of a valid application.
        for path in [
            "category",
            "members",
            "contact",
            "consents",
            "assets.deposits",
            "agent",
        ] {
            let input = app();
            let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
            let parent = if parent.is_empty() {
                input.clone()
            } else {
                get(&input, parent)
            };
            Reflect::set(&parent, &s(key), &value).unwrap();
            let report =
                validate_application(input, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
            // Only an agent may be absent, and deposits are a sum. Absent is what JSON has as
            // null (NaN) or leaves out (undefined, a function, a symbol).
            let absent = JSON::stringify(&value)
                .is_ok_and(|text| text.as_string().map_or(true, |text| text == "null"));
            let sum = value.as_f64().is_some_and(f64::is_finite);
            let valid = (path == "agent" && absent) || (path == "assets.deposits" && sum);
            assert_eq!(
                get(&report, "valid").as_bool(),
                Some(valid),
                "{path} {}",
                crate::convert::describe(&value)
            );
        }
        let input = app();
        let member = Reflect::get(&get(&input, "members"), &JsValue::from(0)).unwrap();
        for key in [
            "name",
            "idNumber",
            "relationship",
            "monthlyIncome",
            "disability",
            "birthDate",
        ] {
            Reflect::set(&member, &s(key), &value).unwrap();
        }
        let report = validate_application(input, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&report, "valid"), JsValue::FALSE);
    }
    let report = validate_application(app(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&report, "valid"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn unusable_options_throw_coded_errors() {
    for value in odd_values() {
        if !(value.is_undefined() || value.is_null() || value.is_object()) {
            let error = validate_application(app(), value.clone(), JsValue::UNDEFINED).unwrap_err();
            assert_eq!(code_of(error), "invalidArgument");
        }
        if !(value.is_undefined() || value.is_null() || value.is_string()) {
            let error =
                validate_application(app(), opts(&[("today", value.clone())]), JsValue::UNDEFINED)
                    .unwrap_err();
            assert_eq!(code_of(error), "invalidDate");
        }
        if !(value.is_undefined() || value.is_null() || Array::is_array(&value)) {
            let error = validate_application(
                app(),
                opts(&[("fields", value.clone())]),
                JsValue::UNDEFINED,
            )
            .unwrap_err();
            assert_eq!(code_of(error), "invalidArgument");
            let error = validate_id_number(
                s("310118198003150011"),
                opts(&[("type", value.clone())]),
                JsValue::UNDEFINED,
            );
            assert_eq!(code_of(error.unwrap_err()), "invalidArgument");
        }
    }
    let error = validate_application(
        app(),
        opts(&[("today", s("2026-13-01"))]),
        JsValue::UNDEFINED,
    )
    .unwrap_err();
    assert_eq!(code_of(error), "invalidDate");
}

#[wasm_bindgen_test]
fn partial_validation_and_today() {
    let input = app();
    Reflect::set(&input, &s("committee"), &JsValue::NULL).unwrap();
    Reflect::set(&input, &s("submittedOn"), &s("2026-12-01")).unwrap();
    let fields: Array = [s("committee")].into_iter().collect();
    let report = validate_application(
        input.clone(),
        opts(&[("fields", fields.into())]),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(
        entries(&report),
        [("committee".to_owned(), "required".to_owned())]
    );
    let report = validate_application(
        input,
        opts(&[("today", s("2026-11-25"))]),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(
        entries(&report),
        [
            ("submittedOn".to_owned(), "dateInFuture".to_owned()),
            ("committee".to_owned(), "required".to_owned())
        ]
    );
}

#[wasm_bindgen_test]
fn identity_numbers() {
    let check = validate_id_number(
        s("１１０１０５ １９４９１２３１ ００２ｘ"),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(get(&check, "valid"), JsValue::TRUE);
    assert_eq!(
        get(&check, "normalized").as_string().unwrap(),
        "11010519491231002X"
    );
    assert_eq!(get(&check, "birthDate").as_string().unwrap(), "1949-12-31");
    assert_eq!(get(&check, "gender").as_string().unwrap(), "female");
    assert_eq!(get(&check, "type").as_string().unwrap(), "residentId");
    assert!(get(&check, "code").is_null());
    let old =
        validate_id_number(s("110105491231002"), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&old, "valid"), JsValue::TRUE);
    assert_eq!(get(&old, "code").as_string().unwrap(), "idLegacy15");
    assert_eq!(
        get(&old, "normalized").as_string().unwrap(),
        "11010519491231002X"
    );
    // The code of a number checked with one option.
    let code = |number: &str, key: &str, value: &str| {
        let check =
            validate_id_number(s(number), opts(&[(key, s(value))]), JsValue::UNDEFINED).unwrap();
        get(&check, "code").as_string().unwrap_or_default()
    };
    assert_eq!(
        code("810000199001010019", "type", "residentId"),
        "idTypeMismatch"
    );
    assert_eq!(
        code("310118202612010013", "today", "2026-11-25"),
        "idBirthDate"
    );
}

#[wasm_bindgen_test]
fn a_roster_in_one_call() {
    let roster = format!("[{VALID},{{}},null,{VALID}]");
    let reports: Array = validate_applications(s(&roster), JsValue::UNDEFINED, JsValue::UNDEFINED)
        .unwrap()
        .into();
    let valid: Vec<bool> = reports
        .iter()
        .map(|r| get(&r, "valid").as_bool().unwrap())
        .collect();
    assert_eq!(valid, [true, false, false, true]);
    let broken: Array = validate_applications(s("[{"), JsValue::UNDEFINED, JsValue::UNDEFINED)
        .unwrap()
        .into();
    assert_eq!(broken.length(), 1);
    assert_eq!(
        entries(&broken.get(0)),
        [(String::new(), "notARoster".to_owned())]
    );
}
