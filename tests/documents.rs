//! Document requests through the public Rust API: the compiled-in catalogue, every violation of
//! a form definition, label matching on labels as portals write them, a catalogue override, and
//! what applications of different shapes may be asked for.

use jiuzhu::divisions::Divisions;
use jiuzhu::documents::{
    lint_form_definition, normalise_label, requestable_documents, Catalog, Requestable,
};
use jiuzhu::render;
use jiuzhu::{Code, Locale};
use serde_json::Value as Json;
use serde_json::{json, Value};

/// The catalogue, a violation or a requestable answer as the JavaScript API returns it.
fn out(value: impl serde::Serialize) -> Json {
    serde_json::to_value(value).unwrap()
}

/// (code, path, kind) of each violation.
fn lint(catalog: &Catalog, def: Value) -> Vec<(Code, String, Option<String>)> {
    lint_form_definition(catalog, &def)
        .iter()
        .map(|v| (v.code(), v.path().to_owned(), v.kind.map(|k| k.id.clone())))
        .collect()
}

/// A form with everything the applicant must give and nothing else.
fn good_documents() -> Vec<Value> {
    vec![
        json!({ "kind": "applicationForm", "label": "社会救助申请书", "required": true }),
        json!({ "kind": "incomeDeclaration", "label": "家庭经济状况声明", "required": true }),
        json!({ "kind": "verificationAuthorization", "label": "经济状况核对授权书", "required": true }),
        json!({ "kind": "powerOfAttorney", "label": "委托书（代为申请时）", "required": false }),
    ]
}

fn form(extra: Vec<Value>) -> Value {
    let mut documents = good_documents();
    documents.extend(extra);
    json!({ "id": "qingpu-minimum-living", "category": "minimumLiving", "documents": documents })
}

const REQUIRED_IDS: [&str; 18] = [
    "identityCard",
    "householdRegister",
    "marriageCertificate",
    "realEstateCertificate",
    "socialInsuranceRecord",
    "housingFundRecord",
    "vehicleRegistration",
    "businessRegistration",
    "taxRecord",
    "bankDepositStatement",
    "disabilityCertificate",
    "residencePermit",
    "applicationForm",
    "incomeDeclaration",
    "verificationAuthorization",
    "powerOfAttorney",
    "medicalBills",
    "unregisteredIncomeEvidence",
];

#[test]
fn the_compiled_in_catalogue_has_the_kinds_of_the_domain_brief() {
    let catalog = Catalog::embedded();
    for id in REQUIRED_IDS {
        assert!(catalog.get(id).is_some(), "{id}");
    }
    let shared = |id: &str| catalog.get(id).unwrap().obtainable_by_sharing;
    for id in &REQUIRED_IDS[..12] {
        assert!(shared(id), "{id} is obtained by sharing");
    }
    for id in &REQUIRED_IDS[12..] {
        assert!(!shared(id), "{id} comes from the applicant");
    }
    // Bank deposits need the written authorisation; the unverified facts say so.
    assert!(
        catalog
            .get("bankDepositStatement")
            .unwrap()
            .authorization_required
    );
    for id in [
        "disabilityCertificate",
        "birthCertificate",
        "medicalBills",
        "rentalContract",
    ] {
        assert!(
            !catalog.get(id).unwrap().verified,
            "{id} is marked unverified"
        );
    }
    assert!(catalog.get("householdRegister").unwrap().verified);
    // Every shareable kind names its holder and legal basis (第46条 first).
    for kind in catalog.kinds().iter().filter(|k| k.obtainable_by_sharing) {
        assert!(
            kind.holder(Locale::ZhCn).is_some_and(|h| !h.is_empty()),
            "{}",
            kind.id
        );
        assert!(
            kind.legal_basis(Locale::ZhCn)[0].contains("第四十六条"),
            "{}",
            kind.id
        );
        assert!(!kind.name(Locale::En).is_empty());
    }
}

#[test]
fn the_catalogue_round_trips_through_its_own_loader() {
    let catalog = Catalog::embedded();
    let again = Catalog::read(&out(&catalog)).unwrap();
    assert_eq!(again, catalog);
    let household = out(catalog.get("householdRegister").unwrap());
    let aliases = household.get("aliases").unwrap().as_array().unwrap();
    for alias in ["户口本", "户口簿", "户口页"] {
        assert!(aliases.contains(&Json::from(alias)), "{alias}");
    }
    assert_eq!(
        household.get("appliesTo").and_then(Json::as_str),
        Some("always")
    );
}

#[test]
fn a_good_form_has_no_violations() {
    assert_eq!(lint(&Catalog::embedded(), form(vec![])), []);
    // "other" items that name nothing shareable are the portal's business.
    let extra = vec![json!({ "kind": "other", "label": "银行卡（用于发放救助金）" })];
    assert_eq!(lint(&Catalog::embedded(), form(extra)), []);
}

#[test]
fn forbidden_requests_found_by_kind_whether_required_or_optional() {
    let catalog = Catalog::embedded();
    let found = lint(
        &catalog,
        form(vec![
            json!({ "kind": "householdRegister", "label": "户口簿", "required": true }),
            json!({ "kind": "realEstateCertificate", "label": "房产证明", "required": false }),
            json!({ "kind": "bankDepositStatement", "label": "存款", "required": false }),
        ]),
    );
    assert_eq!(
        found,
        [
            (
                Code::FORBIDDEN_DOCUMENT_REQUEST,
                "documents.4".into(),
                Some("householdRegister".into())
            ),
            (
                Code::FORBIDDEN_DOCUMENT_REQUEST,
                "documents.5".into(),
                Some("realEstateCertificate".into())
            ),
            (
                Code::FORBIDDEN_DOCUMENT_REQUEST,
                "documents.6".into(),
                Some("bankDepositStatement".into())
            ),
        ]
    );
    let violations = lint_form_definition(
        &catalog,
        &form(vec![
            json!({ "kind": "bankDepositStatement", "label": "存款" }),
        ]),
    );
    let deposit = &violations[0];
    assert_eq!(deposit.failure.param("reason"), Some("authorization"));
    let out = out(render::documents::violation(deposit, Locale::ZhCn));
    assert!(out
        .get("source")
        .and_then(Json::as_str)
        .is_some_and(|s| !s.is_empty()));
    assert!(out
        .get("legalBasis")
        .and_then(Json::as_array)
        .is_some_and(|b| b.len() == 3));
    assert_eq!(out.get("verified"), Some(&Json::Bool(true)));
}

#[test]
fn forbidden_requests_found_by_label_on_realistic_labels() {
    let catalog = Catalog::embedded();
    let cases = [
        ("户口本复印件", "householdRegister"),
        ("户口簿原件", "householdRegister"),
        ("户口本首页及本人页", "householdRegister"),
        ("户口页扫描件", "householdRegister"),
        ("申请人户籍证明", "householdRegister"),
        ("身份证复印件（正反面）", "identityCard"),
        ("身份证 正 反 面", "identityCard"),
        ("【居民身份证】", "identityCard"),
        ("房产证", "realEstateCertificate"),
        ("不动产权证书复印件", "realEstateCertificate"),
        ("无房证明", "realEstateCertificate"),
        ("结婚证/离婚证", "marriageCertificate"),
        ("婚姻状况证明", "marriageCertificate"),
        ("近6个月银行流水", "bankDepositStatement"),
        ("存折复印件", "bankDepositStatement"),
        ("社保缴费记录", "socialInsuranceRecord"),
        ("退休证", "socialInsuranceRecord"),
        ("公积金缴存证明", "housingFundRecord"),
        ("机动车行驶证", "vehicleRegistration"),
        ("营业执照（副本）", "businessRegistration"),
        ("个人所得税纳税记录", "taxRecord"),
        ("残疾人证", "disabilityCertificate"),
        ("上海市居住证", "residencePermit"),
        ("失业证明", "employmentRegistration"),
        ("注销户口证明", "deathCertificate"),
        ("ＩＤ：身份证复印件", "identityCard"),
    ];
    for (label, expected) in cases {
        for kind in [None, Some("other")] {
            let mut item = json!({ "label": label, "required": true });
            if let Some(kind) = kind {
                item["kind"] = json!(kind);
            }
            let found = lint(&catalog, form(vec![item]));
            assert_eq!(
                found,
                [(
                    Code::FORBIDDEN_DOCUMENT_REQUEST,
                    "documents.4".into(),
                    Some(expected.into())
                )],
                "{label}"
            );
        }
    }
    // One item naming two shareable documents is two violations at the same path.
    let found = lint(
        &catalog,
        form(vec![json!({ "label": "身份证、户口本复印件各一份" })]),
    );
    let kinds: Vec<_> = found.iter().map(|(_, _, k)| k.clone().unwrap()).collect();
    assert_eq!(kinds, ["identityCard", "householdRegister"]);
    // A declared kind is taken at its word.
    assert_eq!(
        lint(
            &catalog,
            form(vec![json!({ "kind": "other", "label": "孩子的奖状" })])
        ),
        []
    );
}

#[test]
fn normalised_labels() {
    assert_eq!(
        normalise_label(" 户口本（首页 及 本人页）复印件。"),
        "户口本首页及本人页复印件"
    );
    assert_eq!(
        normalise_label("《不动产权证》／房产证"),
        "不动产权证房产证"
    );
}

#[test]
fn unknown_kinds_and_suggestions() {
    let catalog = Catalog::embedded();
    let found = lint(
        &catalog,
        form(vec![
            json!({ "kind": "hukou", "label": "户口本" }),
            json!({ "kind": "photo", "label": "近期免冠照片" }),
        ]),
    );
    assert_eq!(
        found,
        [
            (
                Code::UNKNOWN_DOCUMENT_KIND,
                "documents.4.kind".into(),
                Some("householdRegister".into())
            ),
            // An unknown kind does not hide what the label asks for.
            (
                Code::FORBIDDEN_DOCUMENT_REQUEST,
                "documents.4".into(),
                Some("householdRegister".into())
            ),
            (Code::UNKNOWN_DOCUMENT_KIND, "documents.5.kind".into(), None),
        ]
    );
}

#[test]
fn missing_required_documents() {
    let catalog = Catalog::embedded();
    let documents: Vec<Value> = good_documents()
        .into_iter()
        .filter(|d| d["kind"] != "verificationAuthorization")
        .collect();
    let found = lint(&catalog, json!({ "id": "f", "documents": documents }));
    assert_eq!(
        found,
        [(
            Code::MISSING_REQUIRED_DOCUMENT,
            "documents".into(),
            Some("verificationAuthorization".into())
        )]
    );
    // Found by label as well as by kind.
    let by_label = json!({ "id": "f", "documents": [
        { "label": "申请表" }, { "label": "家庭经济状况声明及承诺书" }, { "label": "经济状况核对授权书（每位成年家庭成员签字）" }
    ] });
    assert_eq!(lint(&catalog, by_label), []);
    let empty = lint(&catalog, json!({ "id": "f", "documents": [] }));
    let codes: Vec<_> = empty
        .iter()
        .map(|(c, _, k)| (*c, k.clone().unwrap()))
        .collect();
    assert_eq!(
        codes,
        [
            (
                Code::MISSING_REQUIRED_DOCUMENT,
                "applicationForm".to_owned()
            ),
            (
                Code::MISSING_REQUIRED_DOCUMENT,
                "incomeDeclaration".to_owned()
            ),
            (
                Code::MISSING_REQUIRED_DOCUMENT,
                "verificationAuthorization".to_owned()
            ),
        ]
    );
}

#[test]
fn duplicate_documents() {
    let found = lint(
        &Catalog::embedded(),
        form(vec![
            json!({ "label": "核对授权书（配偶）" }),
            json!({ "kind": "applicationForm", "label": "申请书" }),
        ]),
    );
    assert_eq!(
        found,
        [
            (
                Code::DUPLICATE_DOCUMENT,
                "documents.4".into(),
                Some("verificationAuthorization".into())
            ),
            (
                Code::DUPLICATE_DOCUMENT,
                "documents.5".into(),
                Some("applicationForm".into())
            ),
        ]
    );
}

#[test]
fn definitions_of_the_wrong_shape_are_violations_not_panics() {
    let catalog = Catalog::embedded();
    let shape = |def: Value| -> Vec<(Code, String)> {
        lint(&catalog, def)
            .into_iter()
            .map(|(c, p, _)| (c, p))
            .collect()
    };
    let invalid = Code::INVALID_FORM_DEFINITION;
    assert_eq!(shape(json!([])), [(invalid, String::new())]);
    assert_eq!(shape(json!("form")), [(invalid, String::new())]);
    assert_eq!(shape(json!({ "id": "f" })), [(invalid, "documents".into())]);
    assert_eq!(
        shape(json!({ "documents": {} })),
        [(invalid, "id".into()), (invalid, "documents".into())]
    );
    let found = shape(json!({ "id": "f", "category": "dibao", "documents": [
        3, { "label": "" }, { "label": "申请书", "required": "yes", "kind": 7 }
    ] }));
    assert_eq!(
        found[..5],
        [
            (invalid, "category".into()),
            (invalid, "documents.0".into()),
            (invalid, "documents.1.label".into()),
            (invalid, "documents.2.required".into()),
            (invalid, "documents.2.kind".into()),
        ]
    );
    assert!(lint_form_definition(&catalog, &Json::Null).len() == 1);
}

#[test]
fn messages_name_the_source_and_basis_in_both_languages() {
    let catalog = Catalog::embedded();
    let violations =
        lint_form_definition(&catalog, &form(vec![json!({ "label": "户口本复印件" })]));
    let message = |locale| {
        out(render::documents::violation(&violations[0], locale))
            .get("message")
            .and_then(Json::as_str)
            .unwrap()
            .to_owned()
    };
    let zh = message(Locale::ZhCn);
    let en = message(Locale::En);
    assert!(!zh.contains('{') && !en.contains('{'), "{zh} / {en}");
    assert!(
        zh.contains("公安户籍信息") && zh.contains("第四十六条"),
        "{zh}"
    );
    assert!(
        en.contains("household-registration") && en.contains("art. 46"),
        "{en}"
    );
}

#[test]
fn a_catalogue_override_makes_one_more_kind_shareable() {
    let embedded = Catalog::embedded();
    let mut data = match out(&embedded) {
        Json::Array(kinds) => kinds,
        _ => unreachable!(),
    };
    // The district confirms that rental contracts are registered and shared.
    let rental = data
        .iter_mut()
        .find(|k| k.get("id") == Some(&Json::from("rentalContract")))
        .unwrap();
    let Json::Object(fields) = rental else {
        unreachable!()
    };
    for (key, value) in fields.iter_mut() {
        match key.as_str() {
            "obtainableBySharing" => *value = Json::Bool(true),
            "holder" => {
                *value =
                    json!({ "zh": "住房租赁登记备案信息", "en": "rental registration records" })
            }
            "legalBasis" => {
                *value = json!([{ "zh": "《上海市社会救助条例》第四十六条", "en": "art. 46" }])
            }
            _ => {}
        }
    }
    let catalog = Catalog::read(&Json::Array(data)).unwrap();
    let item = json!({ "label": "租赁合同复印件" });
    assert_eq!(lint(&embedded, form(vec![item.clone()])), []);
    assert_eq!(
        lint(&catalog, form(vec![item])),
        [(
            Code::FORBIDDEN_DOCUMENT_REQUEST,
            "documents.4".into(),
            Some("rentalContract".into())
        )]
    );
    // And an application whose residence differs from its hukou is no longer asked for it.
    let app = json!({ "category": "minimumLiving", "contact": { "hukouAddress": "赵巷镇A路1号", "residenceAddress": "徐泾镇B路2号" }, "members": [] });
    let kinds = |c: &Catalog| {
        requested(&requestable_documents(
            c,
            &app,
            &Divisions::embedded(),
            None,
        ))
    };
    assert!(kinds(&embedded).contains(&("rentalContract".into(), None)));
    assert!(!kinds(&catalog).contains(&("rentalContract".into(), None)));
}

#[test]
fn bad_catalogues_are_refused_with_paths() {
    let refused = |data: Value| {
        let f = Catalog::read(&data).unwrap_err();
        assert_eq!(f.code, Code::INVALID_DOCUMENT_CATALOG);
        let reason = f.param("reason").unwrap_or_default().to_owned();
        (f.path, reason)
    };
    let kind = |extra: Value| {
        let mut k = json!({ "id": "x", "name": { "zh": "某证", "en": "X" }, "obtainableBySharing": false, "appliesTo": "always" });
        for (key, value) in extra.as_object().unwrap() {
            k[key] = value.clone();
        }
        k
    };
    assert!(Catalog::read(&json!([kind(json!({}))])).is_ok());
    assert_eq!(refused(json!("x")), ("".into(), "".into()));
    assert_eq!(refused(json!({ "kinds": {} })), ("kinds".into(), "".into()));
    assert_eq!(refused(json!({})), ("kinds".into(), "".into()));
    assert_eq!(
        refused(json!({ "kinds": [] })),
        ("kinds".into(), "empty".into())
    );
    assert_eq!(refused(json!([])), ("".into(), "empty".into()));
    assert_eq!(
        refused(json!([kind(json!({ "id": "a b" }))])),
        ("0.id".into(), "".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "name": { "zh": "某证" } }))])),
        ("0.name.en".into(), "".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "obtainableBySharing": "yes" }))])),
        ("0.obtainableBySharing".into(), "".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "obtainableBySharing": true }))])),
        ("0.holder".into(), "".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "appliesTo": "sometimes" }))])),
        ("0.appliesTo".into(), "appliesTo".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "categories": ["dibao"] }))])),
        ("0.categories.0".into(), "category".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "aliases": ["（）"] }))])),
        ("0.aliases.0".into(), "".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "verified": 1 }))])),
        ("0.verified".into(), "".into())
    );
    assert_eq!(
        refused(json!([kind(json!({})), kind(json!({}))])),
        ("1.id".into(), "duplicate".into())
    );
    assert_eq!(
        refused(json!([kind(json!({ "id": "other" }))])),
        ("0.id".into(), "duplicate".into())
    );
    assert_eq!(
        refused(json!([
            kind(json!({})),
            kind(json!({ "id": "y", "aliases": ["某 证"] }))
        ])),
        ("1.aliases".into(), "duplicate".into())
    );
    assert_eq!(
        refused(json!({ "legalBases": {}, "kinds": [kind(json!({ "legalBasis": ["sh46"] }))] })),
        ("kinds.0.legalBasis.0".into(), "legalBasis".into())
    );
}

/// (kind, path) of every request.
fn requested(r: &Requestable) -> Vec<(String, Option<String>)> {
    r.request
        .iter()
        .map(|q| (q.kind.id.clone(), q.path.as_ref().map(ToString::to_string)))
        .collect()
}

fn obtained(r: &Requestable) -> Vec<String> {
    r.obtained.iter().map(|k| k.id.clone()).collect()
}

fn member(name: &str, relationship: &str, id: &str) -> Value {
    json!({ "name": name, "idType": "residentId", "idNumber": id, "relationship": relationship,
            "hukou": "local", "disability": null,
            "monthlyIncome": { "wages": 0, "business": 0, "property": 0, "transfer": 0, "other": 0 } })
}

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

#[test]
fn an_agent_application() {
    let catalog = Catalog::embedded();
    let app = json!({
        "category": "minimumLiving", "submittedOn": "2026-11-20",
        "members": [member("张三", "self", "310118194501010015")],
        "agent": { "name": "李四", "idType": "residentId", "idNumber": "310118198003030031", "phone": "13812345678", "kind": "relative" },
        "expenses": { "medical": 0, "education": 0 }
    });
    let r = requestable_documents(&catalog, &app, &Divisions::embedded(), None);
    assert_eq!(
        requested(&r),
        [
            ("applicationForm".into(), None),
            ("incomeDeclaration".into(), None),
            ("verificationAuthorization".into(), s("members.0")),
            ("powerOfAttorney".into(), s("agent")),
        ]
    );
    let power = r
        .request
        .iter()
        .find(|q| q.kind.id == "powerOfAttorney")
        .unwrap();
    assert_eq!(power.who, "李四");
    let out = out(render::documents::requestable(&r, Locale::ZhCn));
    let notice = out.get("notice").and_then(Json::as_str).unwrap();
    assert!(
        notice.starts_with("无需提交，工作人员将通过数据共享核验："),
        "{notice}"
    );
    assert!(
        notice.contains("户口簿") && notice.contains("居民身份证"),
        "{notice}"
    );
}

#[test]
fn two_adults_and_a_minor() {
    let catalog = Catalog::embedded();
    let app = json!({
        "category": "lowIncomeMargin",
        "members": [
            member("张三", "self", "310118198001010012"),
            member("王芳", "spouse", "310118198202020024"),
            // Born 2010-05-06: a minor in 2026; the birth date comes from the ID.
            member("张小明", "child", "310118201005060019"),
        ],
        "agent": null
    });
    let r = requestable_documents(
        &catalog,
        &app,
        &Divisions::embedded(),
        Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()),
    );
    assert_eq!(
        requested(&r),
        [
            ("applicationForm".into(), None),
            ("incomeDeclaration".into(), None),
            ("verificationAuthorization".into(), s("members.0")),
            ("verificationAuthorization".into(), s("members.1")),
        ]
    );
    let office = obtained(&r);
    for id in [
        "identityCard",
        "householdRegister",
        "marriageCertificate",
        "birthCertificate",
        "bankDepositStatement",
    ] {
        assert!(office.contains(&id.to_owned()), "{id}");
    }
    for id in [
        "residencePermit",
        "disabilityCertificate",
        "medicalInsuranceSettlement",
    ] {
        assert!(!office.contains(&id.to_owned()), "{id}");
    }
    // A declared birth date wins over the ID; on 2028-05-06 the child is 18 and signs too.
    let later = requestable_documents(
        &catalog,
        &app,
        &Divisions::embedded(),
        Some(chrono::NaiveDate::from_ymd_opt(2028, 5, 6).unwrap()),
    );
    assert_eq!(later.request.len(), 5);
    let mut declared = app;
    declared["members"][2]["birthDate"] = json!("2015-01-01");
    let still_minor = requestable_documents(
        &catalog,
        &declared,
        &Divisions::embedded(),
        Some(chrono::NaiveDate::from_ymd_opt(2028, 5, 6).unwrap()),
    );
    assert_eq!(still_minor.request.len(), 4);
}

#[test]
fn a_rigid_expenditure_case_with_medical_bills_and_unregistered_income() {
    let catalog = Catalog::embedded();
    let mut applicant = member("赵六", "self", "310118197001010018");
    applicant["monthlyIncome"]["other"] = json!(800);
    let mut daughter = member("赵七", "child", "310118199505050025");
    daughter["disability"] = json!({ "category": "physical", "grade": 2 });
    daughter["hukou"] = json!("other");
    let app = json!({ "category": "rigidExpenditure", "submittedOn": "2026-03-02",
                      "members": [applicant, daughter], "expenses": { "medical": 12000.5 } });
    let r = requestable_documents(&catalog, &app, &Divisions::embedded(), None);
    assert_eq!(
        requested(&r),
        [
            ("applicationForm".into(), None),
            ("incomeDeclaration".into(), None),
            ("verificationAuthorization".into(), s("members.0")),
            ("verificationAuthorization".into(), s("members.1")),
            ("medicalBills".into(), s("expenses.medical")),
            ("unregisteredIncomeEvidence".into(), s("members.0")),
        ]
    );
    let office = obtained(&r);
    for id in [
        "medicalInsuranceSettlement",
        "disabilityCertificate",
        "residencePermit",
    ] {
        assert!(office.contains(&id.to_owned()), "{id}");
    }
    // Medical bills belong to rigid-expenditure cases only.
    let mut other = app;
    other["category"] = json!("minimumLiving");
    let r = requestable_documents(&catalog, &other, &Divisions::embedded(), None);
    assert!(!requested(&r).iter().any(|(k, _)| k == "medicalBills"));
    assert!(obtained(&r).contains(&"medicalInsuranceSettlement".to_owned()));
}

/// Issue 15: ages came from identity numbers read by this module's own code, which skipped the
/// identity module's cleaning, so a child whose ID number was typed in full-width digits (or with
/// a zero-width space pasted from a chat app) was asked to sign as an adult. Numbers are now
/// understood as validation understands them.
#[test]
fn a_child_whose_id_is_typed_in_full_width_digits_does_not_sign() {
    let catalog = Catalog::embedded();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20);
    // Born 2010-05-06, as people type the number.
    for typed in [
        "310118201005060019",
        "３１０１１８２０１００５０６００１９",
        "３１０１１８　２０１００５０６　００１９",
        "310118\u{200B}20100506\u{200B}0019",
        "310118－20100506－0019",
    ] {
        let app = json!({
            "category": "lowIncomeMargin",
            "members": [member("张三", "self", "310118198001010012"), member("张小明", "child", typed)]
        });
        let r = requestable_documents(&catalog, &app, &Divisions::embedded(), today);
        let signing: Vec<_> = requested(&r)
            .into_iter()
            .filter(|(kind, _)| kind == "verificationAuthorization")
            .collect();
        assert_eq!(
            signing,
            [("verificationAuthorization".into(), s("members.0"))],
            "{typed}"
        );
        assert!(
            obtained(&r).contains(&"birthCertificate".to_owned()),
            "{typed}"
        );
    }
}

#[test]
fn any_application_gets_an_answer() {
    let catalog = Catalog::embedded();
    for app in [
        json!(null),
        json!([]),
        json!("x"),
        json!({ "members": 3 }),
        json!({ "members": [null, 1, { "idNumber": 5 }] }),
    ] {
        let r = requestable_documents(&catalog, &app, &Divisions::embedded(), None);
        assert!(r.request.iter().any(|q| q.kind.id == "applicationForm"));
        let out = out(render::documents::requestable(&r, Locale::En));
        assert!(out
            .get("notice")
            .and_then(Json::as_str)
            .is_some_and(|n| n.starts_with("No need to bring")));
    }
    // Members of unknown age are asked to sign, named by their path when nameless.
    let r = requestable_documents(
        &catalog,
        &json!({ "members": [{ "relationship": "self" }] }),
        &Divisions::embedded(),
        None,
    );
    let signing = r
        .request
        .iter()
        .find(|q| q.kind.id == "verificationAuthorization")
        .unwrap();
    assert_eq!(signing.who, "members.0");
}

/// Every rejection of `Catalog::read`, pinned: code, path and every param, and which one wins
/// when an item has several faults (the first in reading order; a kind is read whole before it is
/// compared with the kinds before it).
#[test]
fn every_catalogue_rejection_pins_its_path_and_params() {
    let kind = |extra: Value| {
        let mut k = json!({ "id": "x", "name": { "zh": "某证", "en": "X" }, "obtainableBySharing": false, "appliesTo": "always" });
        for (key, value) in extra.as_object().unwrap() {
            k[key] = value.clone();
        }
        k
    };
    let shared = |extra: Value| {
        let mut k = kind(
            json!({ "obtainableBySharing": true, "holder": { "zh": "某局", "en": "B" }, "legalBasis": [{ "zh": "某条", "en": "Art" }] }),
        );
        for (key, value) in extra.as_object().unwrap() {
            k[key] = value.clone();
        }
        k
    };
    let e = |v: &str| vec![("expected", v.to_owned())];
    let r = |reason: &str, value: &str| {
        vec![("reason", reason.to_owned()), ("value", value.to_owned())]
    };
    type Case<'a> = (Value, &'a str, Vec<(&'static str, String)>);
    let cases: Vec<Case> = vec![
        // The root.
        (json!("x"), "", e("object")),
        (json!(1), "", e("object")),
        (json!(null), "", e("object")),
        (json!({}), "kinds", e("array")),
        (json!({ "kinds": {} }), "kinds", e("array")),
        (json!({ "kinds": null }), "kinds", e("array")),
        (json!({ "kinds": [] }), "kinds", r("empty", "")),
        (json!([]), "", r("empty", "")),
        // An item.
        (json!([1]), "0", e("object")),
        (json!([kind(json!({})), []]), "1", e("object")),
        (
            json!({ "kinds": [kind(json!({})), "x"] }),
            "kinds.1",
            e("object"),
        ),
        // id.
        (json!([kind(json!({ "id": null }))]), "0.id", e("string")),
        (json!([kind(json!({ "id": "" }))]), "0.id", e("string")),
        (json!([kind(json!({ "id": 3 }))]), "0.id", e("string")),
        (json!([kind(json!({ "id": "a b" }))]), "0.id", e("string")),
        (json!([kind(json!({ "id": "a-b" }))]), "0.id", e("string")),
        (json!([kind(json!({ "id": "证" }))]), "0.id", e("string")),
        // name.
        (
            json!([kind(json!({ "name": null }))]),
            "0.name",
            e("object"),
        ),
        (
            json!([kind(json!({ "name": "某证" }))]),
            "0.name",
            e("object"),
        ),
        (
            json!([kind(json!({ "name": {} }))]),
            "0.name.zh",
            e("string"),
        ),
        (
            json!([kind(json!({ "name": { "zh": "", "en": "X" } }))]),
            "0.name.zh",
            e("string"),
        ),
        (
            json!([kind(json!({ "name": { "zh": "某证" } }))]),
            "0.name.en",
            e("string"),
        ),
        (
            json!([kind(json!({ "name": { "zh": "某证", "en": 1 } }))]),
            "0.name.en",
            e("string"),
        ),
        // aliases.
        (
            json!([kind(json!({ "aliases": "某" }))]),
            "0.aliases",
            e("array"),
        ),
        (
            json!([kind(json!({ "aliases": {} }))]),
            "0.aliases",
            e("array"),
        ),
        (
            json!([kind(json!({ "aliases": ["（）"] }))]),
            "0.aliases.0",
            e("string"),
        ),
        (
            json!([kind(json!({ "aliases": ["甲", 1] }))]),
            "0.aliases.1",
            e("string"),
        ),
        (
            json!([kind(json!({ "aliases": ["甲", "乙", ""] }))]),
            "0.aliases.2",
            e("string"),
        ),
        (
            json!({ "kinds": [kind(json!({ "aliases": [null] }))] }),
            "kinds.0.aliases.0",
            e("string"),
        ),
        // obtainableBySharing.
        (
            json!([kind(json!({ "obtainableBySharing": null }))]),
            "0.obtainableBySharing",
            e("boolean"),
        ),
        (
            json!([kind(json!({ "obtainableBySharing": "yes" }))]),
            "0.obtainableBySharing",
            e("boolean"),
        ),
        // holder: required when shared, checked whenever given.
        (
            json!([kind(json!({ "obtainableBySharing": true }))]),
            "0.holder",
            e("object"),
        ),
        (
            json!([shared(json!({ "holder": null }))]),
            "0.holder",
            e("object"),
        ),
        (
            json!([kind(json!({ "holder": "某局" }))]),
            "0.holder",
            e("object"),
        ),
        (
            json!([kind(json!({ "holder": { "en": "B" } }))]),
            "0.holder.zh",
            e("string"),
        ),
        (
            json!([shared(json!({ "holder": { "zh": "某局" } }))]),
            "0.holder.en",
            e("string"),
        ),
        // legalBasis.
        (
            json!([kind(json!({ "legalBasis": "sh46" }))]),
            "0.legalBasis",
            e("array"),
        ),
        (
            json!([shared(json!({ "legalBasis": [] }))]),
            "0.legalBasis",
            e("array"),
        ),
        (
            json!([shared(json!({ "legalBasis": null }))]),
            "0.legalBasis",
            e("array"),
        ),
        (
            json!([kind(json!({ "legalBasis": ["sh46"] }))]),
            "0.legalBasis.0",
            r("legalBasis", "sh46"),
        ),
        (
            json!({ "legalBases": {}, "kinds": [kind(json!({ "legalBasis": ["sh46"] }))] }),
            "kinds.0.legalBasis.0",
            r("legalBasis", "sh46"),
        ),
        (
            json!({ "legalBases": [], "kinds": [kind(json!({ "legalBasis": ["sh46"] }))] }),
            "kinds.0.legalBasis.0",
            r("legalBasis", "sh46"),
        ),
        (
            json!({ "legalBases": { "a": { "zh": "甲", "en": "A" } }, "kinds": [kind(json!({ "legalBasis": ["a", "b"] }))] }),
            "kinds.0.legalBasis.1",
            r("legalBasis", "b"),
        ),
        (
            json!({ "legalBases": { "a": null }, "kinds": [kind(json!({ "legalBasis": ["a"] }))] }),
            "legalBases.a",
            e("object"),
        ),
        (
            json!({ "legalBases": { "a": { "zh": "甲" } }, "kinds": [kind(json!({ "legalBasis": ["a"] }))] }),
            "legalBases.a.en",
            e("string"),
        ),
        (
            json!([kind(json!({ "legalBasis": [1] }))]),
            "0.legalBasis.0",
            e("object"),
        ),
        (
            json!([kind(
                json!({ "legalBasis": [{ "zh": "甲", "en": "A" }, null] })
            )]),
            "0.legalBasis.1",
            e("object"),
        ),
        (
            json!([kind(json!({ "legalBasis": [{ "en": "A" }] }))]),
            "0.legalBasis.0.zh",
            e("string"),
        ),
        (
            json!({ "kinds": [kind(json!({ "legalBasis": [{ "zh": "甲" }] }))] }),
            "kinds.0.legalBasis.0.en",
            e("string"),
        ),
        // appliesTo.
        (
            json!([kind(json!({ "appliesTo": null }))]),
            "0.appliesTo",
            e("string"),
        ),
        (
            json!([kind(json!({ "appliesTo": "" }))]),
            "0.appliesTo",
            e("string"),
        ),
        (
            json!([kind(json!({ "appliesTo": 1 }))]),
            "0.appliesTo",
            e("string"),
        ),
        (
            json!([kind(json!({ "appliesTo": "sometimes" }))]),
            "0.appliesTo",
            r("appliesTo", "sometimes"),
        ),
        (
            json!([kind(json!({ "appliesTo": "Always" }))]),
            "0.appliesTo",
            r("appliesTo", "Always"),
        ),
        // categories.
        (
            json!([kind(json!({ "categories": "temporary" }))]),
            "0.categories",
            e("array"),
        ),
        (
            json!([kind(json!({ "categories": ["dibao"] }))]),
            "0.categories.0",
            r("category", "dibao"),
        ),
        (
            json!([kind(json!({ "categories": ["temporary", 1] }))]),
            "0.categories.1",
            r("category", ""),
        ),
        (
            json!([kind(json!({ "categories": ["temporary", null, "x"] }))]),
            "0.categories.1",
            r("category", ""),
        ),
        // The flags.
        (
            json!([kind(json!({ "authorizationRequired": "no" }))]),
            "0.authorizationRequired",
            e("boolean"),
        ),
        (
            json!([kind(json!({ "verified": 1 }))]),
            "0.verified",
            e("boolean"),
        ),
        // Duplicates, against the kinds before.
        (
            json!([kind(json!({})), kind(json!({}))]),
            "1.id",
            r("duplicate", "x"),
        ),
        (
            json!([kind(json!({ "id": "other" }))]),
            "0.id",
            r("duplicate", "other"),
        ),
        (
            json!({ "kinds": [kind(json!({})), kind(json!({ "id": "y", "name": { "zh": "乙", "en": "Y" } })), kind(json!({ "id": "y", "name": { "zh": "丙", "en": "Y" } }))] }),
            "kinds.2.id",
            r("duplicate", "y"),
        ),
        (
            json!([
                kind(json!({})),
                kind(json!({ "id": "y", "aliases": ["某 证"] }))
            ]),
            "1.aliases",
            r("duplicate", "某证"),
        ),
        (
            json!([
                kind(json!({ "aliases": ["甲"] })),
                kind(json!({ "id": "y", "name": { "zh": "甲", "en": "Y" } }))
            ]),
            "1.aliases",
            r("duplicate", "甲"),
        ),
        (
            json!([
                kind(json!({ "aliases": ["甲"] })),
                kind(
                    json!({ "id": "y", "name": { "zh": "乙", "en": "Y" }, "aliases": ["丙", "甲"] })
                )
            ]),
            "1.aliases",
            r("duplicate", "甲"),
        ),
        // Within one kind, repeated aliases are merged, not refused.
        // Which fault wins: the first in reading order.
        (
            json!([kind(json!({ "id": "a b", "name": 1, "appliesTo": 1 }))]),
            "0.id",
            e("string"),
        ),
        (
            json!([kind(json!({ "name": 1, "aliases": 1 }))]),
            "0.name",
            e("object"),
        ),
        (
            json!([kind(json!({ "aliases": 1, "obtainableBySharing": 1 }))]),
            "0.aliases",
            e("array"),
        ),
        (
            json!([kind(json!({ "aliases": [1], "obtainableBySharing": 1 }))]),
            "0.aliases.0",
            e("string"),
        ),
        (
            json!([kind(json!({ "obtainableBySharing": 1, "holder": 1 }))]),
            "0.obtainableBySharing",
            e("boolean"),
        ),
        (
            json!([kind(json!({ "holder": 1, "legalBasis": 1 }))]),
            "0.holder",
            e("object"),
        ),
        (
            json!([kind(json!({ "legalBasis": 1, "appliesTo": 1 }))]),
            "0.legalBasis",
            e("array"),
        ),
        (
            json!([kind(json!({ "legalBasis": ["q", 1] }))]),
            "0.legalBasis.0",
            r("legalBasis", "q"),
        ),
        (
            json!([shared(json!({ "legalBasis": [], "appliesTo": 1 }))]),
            "0.legalBasis",
            e("array"),
        ),
        (
            json!([kind(json!({ "appliesTo": "x", "categories": 1 }))]),
            "0.appliesTo",
            r("appliesTo", "x"),
        ),
        (
            json!([kind(json!({ "categories": 1, "authorizationRequired": 1 }))]),
            "0.categories",
            e("array"),
        ),
        (
            json!([kind(json!({ "categories": [1], "verified": 1 }))]),
            "0.categories.0",
            r("category", ""),
        ),
        (
            json!([kind(json!({ "authorizationRequired": 1, "verified": 1 }))]),
            "0.authorizationRequired",
            e("boolean"),
        ),
        (
            json!([kind(json!({})), kind(json!({ "verified": 1 }))]),
            "1.verified",
            e("boolean"),
        ),
        (
            json!([kind(json!({})), kind(json!({ "aliases": ["某证"] }))]),
            "1.id",
            r("duplicate", "x"),
        ),
        (
            json!([kind(json!({})), 1, kind(json!({}))]),
            "1",
            e("object"),
        ),
        (
            json!([kind(json!({ "id": "a b" })), kind(json!({ "id": "a b" }))]),
            "0.id",
            e("string"),
        ),
    ];
    for (data, path, params) in cases {
        let f = Catalog::read(&data).unwrap_err();
        let given: Vec<_> = f.params.iter().map(|(n, v)| (n, v.to_owned())).collect();
        assert_eq!(
            (f.code, f.path.as_str(), &given),
            (Code::INVALID_DOCUMENT_CATALOG, path, &params),
            "{data}"
        );
    }
}

/// What the loader keeps, byte for byte: defaults filled, the holder null when not shared,
/// legal bases resolved from `legalBases`, aliases and categories as given.
#[test]
fn a_loaded_catalogue_is_written_back_byte_for_byte() {
    let data = json!({
        "legalBases": { "a": { "zh": "甲条", "en": "Art. A", "extra": 1 } },
        "kinds": [
            { "id": "x1", "name": { "zh": "某证", "en": "X", "note": "n" }, "aliases": ["某 证", "别名", "别名"],
              "obtainableBySharing": true, "holder": { "en": "B", "zh": "某局" },
              "legalBasis": ["a", { "zh": "乙条", "en": "Art. B" }], "appliesTo": "adultMember",
              "categories": ["temporary", "minimumLiving"], "authorizationRequired": true, "verified": false, "other": 1 },
            { "id": "y", "name": { "zh": "乙证", "en": "Y" }, "obtainableBySharing": false, "appliesTo": "none",
              "aliases": null, "legalBasis": null, "categories": null, "authorizationRequired": null, "verified": null },
            { "id": "z", "name": { "zh": "丙证", "en": "Z" }, "obtainableBySharing": false, "appliesTo": "spouse",
              "holder": { "zh": "某所", "en": "C" } }
        ]
    });
    let catalog = Catalog::read(&data).unwrap();
    assert_eq!(
        serde_json::to_string(&catalog).unwrap(),
        concat!(
            r#"[{"id":"x1","name":{"zh":"某证","en":"X"},"aliases":["某 证","别名","别名"],"obtainableBySharing":true,"#,
            r#""holder":{"zh":"某局","en":"B"},"legalBasis":[{"zh":"甲条","en":"Art. A"},{"zh":"乙条","en":"Art. B"}],"#,
            r#""authorizationRequired":true,"appliesTo":"adultMember","categories":["temporary","minimumLiving"],"verified":false},"#,
            r#"{"id":"y","name":{"zh":"乙证","en":"Y"},"aliases":[],"obtainableBySharing":false,"holder":null,"legalBasis":[],"#,
            r#""authorizationRequired":false,"appliesTo":"none","categories":[],"verified":true},"#,
            r#"{"id":"z","name":{"zh":"丙证","en":"Z"},"aliases":[],"obtainableBySharing":false,"holder":{"zh":"某所","en":"C"},"legalBasis":[],"#,
            r#""authorizationRequired":false,"appliesTo":"spouse","categories":[],"verified":true}]"#
        )
    );
}

/// A small deterministic generator (xorshift) for the output digests below.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

/// FNV-1a, to pin whole outputs in one number.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x0100_0000_01B3);
    }
}

/// One item of a generated form: a catalogue kind under its own or another label, a label alone,
/// an unknown kind, or an item of the wrong shape.
fn form_item(rng: &mut Rng, catalog: &Catalog) -> Value {
    let kinds = catalog.kinds();
    let kind = &kinds[rng.below(kinds.len())];
    let label = rng.pick(&[
        kind.name(Locale::ZhCn).to_owned(),
        format!("{}复印件", kind.name(Locale::ZhCn)),
        "身份证、户口本（首页及本人页）复印件".to_owned(),
        "注销户口证明".to_owned(),
        "银行卡".to_owned(),
        "  ".to_owned(),
        "门诊医疗费发票".to_owned(),
        "授权委托书".to_owned(),
    ]);
    match rng.below(12) {
        0..=4 => json!({ "kind": kind.id, "label": label, "required": rng.chance(50) }),
        5..=7 => json!({ "label": label }),
        8 => json!({ "kind": "noSuchKind", "label": label }),
        9 => json!({ "kind": "other", "label": label, "required": null }),
        10 => json!({ "kind": 3, "label": label, "required": "yes" }),
        _ => rng.pick(&[json!(null), json!("x"), json!({ "kind": kind.id })]),
    }
}

fn form_definition(rng: &mut Rng, catalog: &Catalog) -> Value {
    if rng.chance(5) {
        return rng.pick(&[
            json!(null),
            json!([]),
            json!({ "id": 1 }),
            json!({ "id": "f", "documents": {} }),
        ]);
    }
    let count = rng.below(9);
    let documents: Vec<Value> = (0..count).map(|_| form_item(rng, catalog)).collect();
    let mut def = json!({ "id": "f", "documents": documents });
    if rng.chance(70) {
        def["category"] = rng.pick(&[
            json!("minimumLiving"),
            json!("rigidExpenditure"),
            json!("temporary"),
            json!(null),
            json!("低保"),
            json!(5),
        ]);
    }
    def
}

fn generated_member(rng: &mut Rng) -> Value {
    let mut m = json!({
        "relationship": rng.pick(&["self", "spouse", "child", "parent"]),
        "hukou": rng.pick(&["local", "other"]),
        "employment": rng.pick(&["employed", "student", "retired"]),
    });
    if rng.chance(80) {
        m["name"] = json!(rng.pick(&["张三", "王芳", " ", "张小明"]));
    }
    match rng.below(4) {
        0 => m["birthDate"] = json!(rng.pick(&["2010-05-06", "1980-01-01", "2026-02-30"])),
        1 => {
            m["idNumber"] = json!(rng.pick(&[
                "310118201005060019",
                "310118 1980-0101 0012",
                "310118800229001"
            ]))
        }
        2 => {
            m["idType"] = json!(rng.pick(&["residentId15", "taiwanResidencePermit", "passport"]));
            m["idNumber"] = json!("310118800229001");
        }
        _ => {}
    }
    if rng.chance(20) {
        m["disability"] = json!({ "grade": 2 });
    }
    if rng.chance(20) {
        m["monthlyIncome"] = json!({ "other": rng.pick(&[0, 800]) });
    }
    if rng.chance(10) {
        m["unregisteredIncome"] = json!(300);
    }
    m
}

fn generated_application(rng: &mut Rng) -> Value {
    if rng.chance(5) {
        return rng.pick(&[json!(null), json!([]), json!({ "members": 3 })]);
    }
    let count = rng.below(5);
    let members: Vec<Value> = (0..count).map(|_| generated_member(rng)).collect();
    let mut app = json!({ "members": members });
    if rng.chance(80) {
        app["category"] = json!(rng.pick(&["minimumLiving", "rigidExpenditure", "temporary", "x"]));
    }
    if rng.chance(50) {
        app["submittedOn"] = json!(rng.pick(&["2026-11-20", "2028-05-06"]));
    }
    if rng.chance(30) {
        app["agent"] = rng.pick(&[json!({ "name": "李四" }), json!({}), json!("x")]);
    }
    if rng.chance(30) {
        app["expenses"] = json!({ "medical": rng.pick(&[0.0, 120.5]) });
    }
    if rng.chance(30) {
        let hukou = rng.pick(&["赵巷镇 1 号", "赵巷镇1号", "夏阳街道 2 号"]);
        app["contact"] = json!({ "residenceAddress": "赵巷镇1号", "hukouAddress": hukou });
    }
    app
}

/// The whole JSON of `lintFormDefinition` and `requestableDocuments` for generated forms and
/// applications, in both languages, pinned by a digest so that a rewrite for size cannot change a
/// byte of it.
#[test]
fn lint_and_requestable_outputs_are_byte_identical() {
    let catalog = Catalog::embedded();
    let mut rng = Rng(0x646F_6373);
    let mut hash = 0xCBF2_9CE4_8422_2325;
    for _ in 0..400 {
        let def = form_definition(&mut rng, &catalog);
        let violations = lint_form_definition(&catalog, &def);
        for locale in [Locale::ZhCn, Locale::En] {
            let all = render::documents::violations(&violations, locale);
            fnv(&mut hash, serde_json::to_string(&all).unwrap().as_bytes());
        }
    }
    for _ in 0..400 {
        let app = generated_application(&mut rng);
        let today = rng.pick(&[None, chrono::NaiveDate::from_ymd_opt(2026, 11, 20)]);
        let r = requestable_documents(&catalog, &app, &Divisions::embedded(), today);
        for locale in [Locale::ZhCn, Locale::En] {
            let answer = render::documents::requestable(&r, locale);
            fnv(
                &mut hash,
                serde_json::to_string(&answer).unwrap().as_bytes(),
            );
        }
    }
    assert_eq!(
        hash, 6195306222404080756,
        "digest of the lint and requestable outputs"
    );
}
