//! The decisions functions called with JavaScript values: notices, reports and tables as plain
//! objects; any value in gives a report or a coded Error, never a trap; inputs are left as they
//! were; bad tables throw and keep the ones in use.

use super::{code_of, odd_values, s};
use crate::decisions::*;
use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn parse(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        Reflect::get(&v, &s(key)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(value: &JsValue, path: &str) -> String {
    get(value, path).as_string().unwrap_or_default()
}

fn stringify(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

/// `code path` of each error of a report.
fn found(report: &JsValue) -> Vec<String> {
    Array::from(&get(report, "errors"))
        .iter()
        .map(|e| format!("{} {}", text(&e, "code"), text(&e, "path")))
        .collect()
}

const CASE: &str = r#"{
  "application": { "category": "minimumLiving", "town": "赵巷镇",
    "members": [{ "name": "张伟", "idNumber": "310118198003150011", "relationship": "self" }],
    "bankAccount": { "accountNumber": "6217000010000000011", "holderName": "张伟" } },
  "events": { "stopNoticeServedOn": "2026-09-30" },
  "facts": "家庭成员名下新增机动车一辆。", "reasons": "家庭财产超过规定标准。", "basis": "<依据>"
}"#;

#[wasm_bindgen_test]
fn a_prior_notice_from_a_javascript_case_file() {
    let case = parse(CASE);
    let before = stringify(&case);
    let notice = decision_notice(
        s("stopPreNotice"),
        case.clone(),
        parse(r#"{"today":"2026-09-30"}"#),
    )
    .unwrap();
    assert_eq!(stringify(&case), before, "the case file is not mutated");
    assert_eq!(text(&notice, "kind"), "stopPreNotice");
    assert_eq!(text(&notice, "draft.defence.lastDay"), "2026-10-10");
    assert_eq!(text(&notice, "defenceWindow.lastDay"), "2026-10-10");
    assert_eq!(text(&notice, "defenceWindow.earliestStop"), "2026-10-12");
    assert!(Array::from(&get(&notice, "defenceWindow.explain")).length() >= 4);
    assert_eq!(get(&notice, "valid").as_bool(), Some(true));
    let html = text(&notice, "html");
    assert!(html.starts_with("<article class=\"jiuzhu-decision\""));
    assert!(html.contains("&lt;依据&gt;") && !html.contains("<依据>"));
    let all = stringify(&notice);
    assert!(!all.contains("310118198003150011") && !all.contains("6217000010000000011"));
    let sentence = Array::from(&get(&notice, "sentences")).get(1);
    assert_eq!(text(&sentence, "element"), "facts");
    assert_eq!(text(&sentence, "provision.key"), "qp31");
}

#[wasm_bindgen_test]
fn a_draft_checked_at_its_paths_with_labels() {
    let draft = parse(
        r#"{ "issuer": "青浦区赵巷镇人民政府", "addressee": { "name": "张伟" }, "issuedOn": "2026-10-10",
        "category": "minimumLiving", "fromMonth": "2026-11",
        "events": { "stopNoticeServedOn": "2026-09-30" }, "defence": { "received": false },
        "facts": "x", "reasons": "y", "basis": "z",
        "remedies": { "reconsideration": { "body": "青浦区人民政府", "days": 15 } } }"#,
    );
    let before = stringify(&draft);
    let report = check_notice(s("stop"), draft.clone(), JsValue::UNDEFINED).unwrap();
    assert_eq!(stringify(&draft), before, "the draft is not mutated");
    assert_eq!(
        found(&report),
        [
            "elementMissing remedies.litigation",
            "remedyPeriodWrong remedies.reconsideration.days",
            "stopInsideDefenceWindow issuedOn"
        ]
    );
    assert_eq!(get(&report, "valid").as_bool(), Some(false));
    let first = Array::from(&get(&report, "errors")).get(0);
    assert_eq!(text(&first, "label"), "提起行政诉讼的途径");
    assert_eq!(text(&first, "params.provision"), "xsf46");
    assert_eq!(text(&first, "severity"), "error");
    let en = check_notice(s("stop"), draft, parse(r#"{"locale":"en"}"#)).unwrap();
    let first = Array::from(&get(&en, "errors")).get(0);
    assert_eq!(text(&first, "label"), "administrative litigation");
}

#[wasm_bindgen_test]
fn payment_and_record_reports() {
    let arrangement = parse(
        r#"{ "method": "proxy", "specialCircumstance": "x", "request": { "written": false } }"#,
    );
    let before = stringify(&arrangement);
    let report = validate_payment_arrangement(arrangement.clone(), JsValue::UNDEFINED).unwrap();
    assert_eq!(stringify(&arrangement), before);
    assert_eq!(
        found(&report),
        [
            "proxyRequestNotWritten request.written",
            "elementMissing request.by",
            "elementMissing request.on",
            "elementMissing request.reason",
            "elementMissing proxy"
        ]
    );
    let record = parse(
        r#"{ "actions": [
        { "action": "reviewOpinion", "on": "2026-03-17", "by": { "person": "王强", "unit": "communityOffice" } },
        { "action": "changed", "on": "2026-05-06", "by": { "person": "王强", "role": "deputyHead" } } ] }"#,
    );
    let report = check_case_record(
        record,
        parse(r#"{"today":"2026-05-07"}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(found(&report), ["dutiesNotSeparated actions.1.by"]);
    let finding = Array::from(&get(&report, "errors")).get(0);
    assert_eq!(
        [
            text(&finding, "params.stage"),
            text(&finding, "params.otherStage")
        ],
        ["approval", "review"]
    );
}

#[wasm_bindgen_test]
fn any_value_gets_a_report_or_a_coded_error_and_the_module_keeps_working() {
    let case = parse(CASE);
    for value in odd_values() {
        // As the kind: only the five names.
        let error = decision_notice(value.clone(), case.clone(), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error.clone()), "invalidArgument");
        assert_eq!(text(&error, "path"), "kind");
        assert!(error.is_instance_of::<js_sys::Error>());
        assert_eq!(
            code_of(
                check_notice(value.clone(), Object::new().into(), JsValue::UNDEFINED).unwrap_err()
            ),
            "invalidArgument"
        );
        // As the case file: an object gives a notice, anything else a coded error.
        match decision_notice(s("refusal"), value.clone(), JsValue::UNDEFINED) {
            Ok(notice) => assert!(value.is_object() && get(&notice, "html").is_string()),
            Err(error) => assert_eq!(code_of(error), "invalidArgument"),
        }
        // As the draft, the arrangement, the record: always a report.
        for report in [
            check_notice(s("approval"), value.clone(), JsValue::UNDEFINED),
            validate_payment_arrangement(value.clone(), JsValue::UNDEFINED),
            check_case_record(value.clone(), JsValue::UNDEFINED, JsValue::UNDEFINED),
        ] {
            let report = report.unwrap();
            assert_eq!(get(&report, "valid").as_bool(), Some(false));
            assert!(!found(&report).is_empty());
        }
        // As the options.
        if !(value.is_undefined() || value.is_null() || value.is_object()) {
            for result in [
                decision_notice(s("approval"), case.clone(), value.clone()),
                check_notice(s("approval"), case.clone(), value.clone()),
                validate_payment_arrangement(case.clone(), value.clone()),
                check_case_record(case.clone(), value.clone(), JsValue::UNDEFINED),
            ] {
                assert_eq!(code_of(result.unwrap_err()), "invalidArgument");
            }
        }
        // As each option: absent is the default; of the odd values only `true` is usable (as
        // `provisional`).
        let absent = value.is_undefined() || value.is_null();
        for (key, code, accepted) in [
            ("today", "invalidDate", absent),
            (
                "provisional",
                "invalidArgument",
                absent || value == JsValue::TRUE,
            ),
            ("locale", "invalidArgument", absent),
        ] {
            let opts = Object::new();
            Reflect::set(&opts, &s(key), &value).unwrap();
            match decision_notice(s("approval"), case.clone(), opts.into()) {
                Ok(_) => assert!(accepted, "{key}"),
                Err(error) => {
                    assert_eq!(code_of(error.clone()), code, "{key}");
                    assert_eq!(text(&error, "path"), format!("opts.{key}"));
                }
            }
        }
        // As a table: refused, the one in use kept.
        let error = load_notice_wording(value.clone(), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error), "invalidNoticeWording");
        let error = load_case_roles(value.clone(), JsValue::UNDEFINED).unwrap_err();
        assert_eq!(code_of(error), "invalidCaseRoles");
    }
    // Values JSON cannot hold: a cycle, a BigInt, a getter that throws.
    let cyclic = Object::new();
    Reflect::set(&cyclic, &s("self"), &cyclic).unwrap();
    let big = parse("{}");
    Reflect::set(&big, &s("n"), &js_sys::BigInt::from(7u64).into()).unwrap();
    let throwing = Object::new();
    let thrower = Function::new_no_args("throw new Error('no')");
    let descriptor = Object::new();
    Reflect::set(&descriptor, &s("get"), &thrower).unwrap();
    Reflect::set(&descriptor, &s("enumerable"), &JsValue::TRUE).unwrap();
    Object::define_property(&throwing, &s("issuer"), &descriptor);
    for hostile in [cyclic.into(), big, throwing.into()] {
        let report = check_notice(s("refusal"), hostile.clone(), JsValue::UNDEFINED).unwrap();
        assert_eq!(found(&report), ["elementInvalid "]);
        assert_eq!(
            code_of(
                decision_notice(s("refusal"), hostile.clone(), JsValue::UNDEFINED).unwrap_err()
            ),
            "invalidArgument"
        );
        assert_eq!(
            found(&check_case_record(hostile, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap()),
            ["elementInvalid "]
        );
    }
    // Too large: a report of that, at its path.
    let wide = Array::new();
    for i in 0..10_001 {
        wide.push(&JsValue::from(i));
    }
    let record = Object::new();
    Reflect::set(&record, &s("actions"), &wide).unwrap();
    let report = check_case_record(record.into(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(found(&report), ["inputTooLarge actions"]);
    let error =
        decision_notice(s("stop"), parse(CASE), parse(r#"{"today":"2026-02-30"}"#)).unwrap_err();
    assert_eq!(code_of(error), "invalidDate");
    assert!(decision_notice(s("stop"), parse(CASE), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn tables_are_replaced_whole_or_not_at_all() {
    let wording = notice_wording().unwrap();
    let bad = JSON::parse(&stringify(&wording)).unwrap();
    Reflect::set(
        &get(&bad, "remedies.reconsideration"),
        &s("days"),
        &JsValue::from(0),
    )
    .unwrap();
    let error = load_notice_wording(bad, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(code_of(error.clone()), "invalidNoticeWording");
    assert_eq!(text(&error, "path"), "remedies.reconsideration.days");
    let draft =
        parse(r#"{ "remedies": { "reconsideration": { "body": "青浦区人民政府", "days": 60 } } }"#);
    let report = check_notice(s("refusal"), draft.clone(), JsValue::UNDEFINED).unwrap();
    assert!(
        !found(&report).contains(&"remedyPeriodWrong remedies.reconsideration.days".to_owned()),
        "the wording in use is kept"
    );
    // A district that changes the court: loaded at run time, used at once.
    let changed = JSON::parse(&stringify(&wording)).unwrap();
    Reflect::set(
        &get(&changed, "remedies.litigation.body"),
        &s("zh"),
        &s("上海铁路运输法院"),
    )
    .unwrap();
    assert_eq!(
        load_notice_wording(changed, JsValue::UNDEFINED).unwrap(),
        5.0
    );
    let notice = decision_notice(s("refusal"), parse(CASE), JsValue::UNDEFINED).unwrap();
    assert!(text(&notice, "text").contains("上海铁路运输法院"));
    assert_eq!(
        load_notice_wording(wording, JsValue::UNDEFINED).unwrap(),
        5.0
    );

    let roles = case_roles().unwrap();
    let bad = JSON::parse(&stringify(&roles)).unwrap();
    Reflect::set(&bad, &s("townCodes"), &parse(r#"{ "310118105": "z-x" }"#)).unwrap();
    let error = load_case_roles(bad, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(code_of(error.clone()), "invalidCaseRoles");
    assert_eq!(text(&error, "path"), "townCodes.310118105");
    let coded = JSON::parse(&stringify(&roles)).unwrap();
    Reflect::set(&coded, &s("townCodes"), &parse(r#"{ "310118105": "zx" }"#)).unwrap();
    assert_eq!(load_case_roles(coded, JsValue::UNDEFINED).unwrap(), 11.0);
    let record = parse(
        r#"{ "town": "310118105", "actions": [{ "action": "approvalEntry", "on": "2026-03-26",
        "by": { "account": "qpxjzau", "unit": "communityOffice", "role": "officeHead" } }] }"#,
    );
    let report = check_case_record(record, JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert_eq!(found(&report), ["accountNotAllowed actions.0.by.account"]);
    assert_eq!(load_case_roles(roles, JsValue::UNDEFINED).unwrap(), 11.0);
}
