//! Behaviour of application validation through the public Rust API: each rule by its code and path,
//! form order, partial validation, normalisation, the lenient model, and any JSON value.

use jiuzhu::application::{
    validate, validate_roster, Application, Category, Options, Relationship,
};
use jiuzhu::calendar::parse_date;
use jiuzhu::divisions::Divisions;
use jiuzhu::identity::{Gender, IdType, Severity};
use jiuzhu::render;
use jiuzhu::{Locale, Path};
use serde_json::Value as Json;

/// A valid application: five members, every field filled in.
const VALID: &str = r#"{
  "category": "minimumLiving",
  "submittedOn": "2026-11-20",
  "town": "310118105",
  "committee": "赵巷村村民委员会",
  "contact": { "phone": "13812345678", "hukouAddress": "青浦区赵巷镇赵巷村1号", "residenceAddress": "青浦区赵巷镇赵巷村1号" },
  "members": [
    { "name": "张伟", "idType": "residentId", "idNumber": "310118198003150011", "relationship": "self",
      "hukou": "local", "livesTogether": true, "employment": "unemployed", "disability": null, "health": null,
      "birthDate": "1980-03-15", "gender": "male",
      "monthlyIncome": { "wages": 0, "business": 0, "property": 0, "transfer": 300, "other": 0 } },
    { "name": "李娜", "idType": "residentId", "idNumber": "310118198207080027", "relationship": "spouse",
      "hukou": "other", "livesTogether": true, "employment": "employed", "disability": null, "health": null,
      "monthlyIncome": { "wages": 2100.5, "business": 0, "property": 0, "transfer": 0, "other": 0 } },
    { "name": "张小明", "idType": "residentId", "idNumber": "310118201005010033", "relationship": "child",
      "hukou": "local", "livesTogether": true, "employment": "student", "disability": null, "health": null,
      "monthlyIncome": { "wages": 0, "business": 0, "property": 0, "transfer": 0, "other": 0 } },
    { "name": "张小红", "idType": "residentId", "idNumber": "310118201509120041", "relationship": "child",
      "hukou": "local", "livesTogether": true, "employment": "student",
      "disability": { "category": "intellectual", "grade": 2 }, "health": "癫痫",
      "monthlyIncome": { "wages": 0, "business": 0, "property": 0, "transfer": 0, "other": 0 } },
    { "name": "王秀英", "idType": "residentId", "idNumber": "310118195202200065", "relationship": "parent",
      "hukou": "local", "livesTogether": true, "employment": "retired", "disability": null, "health": null,
      "monthlyIncome": { "wages": 0, "business": 0, "property": 0, "transfer": 1200, "other": 0 } }
  ],
  "assets": { "deposits": 5000, "securities": 0, "vehicles": 0, "nonResidentialProperty": 0 },
  "expenses": { "medical": 800, "education": 0 },
  "bankAccount": { "bankName": "中国工商银行", "accountNumber": "6217000010000000011", "holderName": "张伟" },
  "agent": null,
  "consents": { "verificationAuthorized": true, "declarationTruthful": true }
}"#;

fn valid() -> Json {
    j(VALID)
}

fn j(text: &str) -> Json {
    serde_json::from_str(text).unwrap()
}

fn opts() -> Options {
    Options {
        today: parse_date("2026-11-25", "").ok(),
        fields: None,
    }
}

/// The value at `path`, created (as an object member) if missing.
fn slot<'a>(json: &'a mut Json, path: &str) -> &'a mut Json {
    let mut at = json;
    for segment in path.split('.') {
        at = match at {
            Json::Array(items) => &mut items[segment.parse::<usize>().unwrap()],
            Json::Object(members) => members.entry(segment).or_insert(Json::Null),
            other => panic!("{path}: not a container: {other:?}"),
        };
    }
    at
}

fn set(mut app: Json, path: &str, value: Json) -> Json {
    *slot(&mut app, path) = value;
    app
}

fn remove(mut app: Json, path: &str) -> Json {
    let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
    let target = if parent.is_empty() {
        &mut app
    } else {
        slot(&mut app, parent)
    };
    if let Json::Object(members) = target {
        members.remove(key);
    }
    app
}

fn check(app: &Json, options: &Options) -> jiuzhu::application::Report {
    validate(app, &Divisions::embedded(), options)
}

/// The report as `validateApplication` returns it, as JSON text.
fn report_text(report: &jiuzhu::application::Report, locale: Locale) -> String {
    serde_json::to_string(&render::application::report(report, locale)).unwrap()
}

/// The reports of a roster as the JSON text of an array (one report when it is not a roster).
fn roster_text(text: &str, options: &Options, locale: Locale) -> String {
    let mut reports = Vec::new();
    let divisions = Divisions::embedded();
    let result = validate_roster(text, &divisions, options, |r| {
        reports.push(report_text(&r, locale))
    });
    if let Err(single) = result {
        reports = vec![report_text(&single, locale)];
    }
    format!("[{}]", reports.join(","))
}

/// (path, code, severity) of every finding.
fn findings(app: &Json, options: &Options) -> Vec<(String, &'static str, Severity)> {
    check(app, options)
        .findings
        .iter()
        .map(|f| {
            (
                f.failure.path.to_string(),
                f.failure.code.as_str(),
                f.severity,
            )
        })
        .collect()
}

fn errors(app: &Json) -> Vec<(String, &'static str)> {
    findings(app, &opts())
        .into_iter()
        .filter(|f| f.2 == Severity::Error)
        .map(|(p, c, _)| (p, c))
        .collect()
}

fn warnings(app: &Json) -> Vec<(String, &'static str)> {
    findings(app, &opts())
        .into_iter()
        .filter(|f| f.2 == Severity::Warning)
        .map(|(p, c, _)| (p, c))
        .collect()
}

fn one(path: &str, code: &'static str) -> Vec<(String, &'static str)> {
    vec![(path.to_owned(), code)]
}

#[test]
fn the_valid_application_has_no_findings() {
    let app = valid();
    let report = check(&app, &opts());
    assert_eq!(findings(&app, &opts()), []);
    assert!(report.valid());
    // Nothing to normalise.
    assert!(report.normalized.is_empty());
    assert_eq!(report.apply(&app), app);
}

#[test]
fn required_fields() {
    for path in [
        "category",
        "town",
        "committee",
        "contact.phone",
        "contact.hukouAddress",
        "members.0.name",
        "members.2.idNumber",
        "members.1.hukou",
        "members.4.employment",
        "members.3.monthlyIncome",
        "members.3.monthlyIncome.other",
        "assets",
        "assets.deposits",
        "bankAccount",
        "bankAccount.accountNumber",
        "consents",
    ] {
        assert_eq!(
            errors(&remove(valid(), path)),
            one(path, "required"),
            "{path}"
        );
        assert_eq!(
            errors(&set(valid(), path, Json::Null)),
            one(path, "required"),
            "{path}"
        );
    }
    assert_eq!(
        errors(&set(valid(), "committee", j("\"  \""))),
        one("committee", "required")
    );
    assert_eq!(
        errors(&set(valid(), "members", j("[]"))),
        one("members", "required")
    );
}

#[test]
fn required_fields_depend_on_the_category() {
    // Temporary assistance: no economic declaration or bank account required.
    let temporary = set(valid(), "category", j("\"temporary\""));
    let temporary = remove(
        remove(remove(temporary, "assets"), "bankAccount"),
        "members.0.monthlyIncome",
    );
    let temporary = remove(temporary, "members.0.employment");
    assert_eq!(errors(&temporary), []);
    // Rigid-expenditure hardship: the expenses are required.
    let rigid = remove(
        set(valid(), "category", j("\"rigidExpenditure\"")),
        "expenses",
    );
    assert_eq!(errors(&rigid), one("expenses", "required"));
    assert_eq!(errors(&remove(valid(), "expenses")), []);
}

#[test]
fn choices_types_and_lengths() {
    assert_eq!(
        errors(&set(valid(), "category", j("\"dibao\""))),
        one("category", "invalidOption")
    );
    assert_eq!(
        errors(&set(valid(), "members.1.relationship", j("2"))),
        one("members.1.relationship", "invalidOption")
    );
    assert_eq!(
        errors(&set(valid(), "members.3.disability.grade", j("5"))),
        one("members.3.disability.grade", "invalidOption")
    );
    assert_eq!(
        errors(&set(valid(), "members.0.livesTogether", j("\"yes\""))),
        one("members.0.livesTogether", "wrongType")
    );
    assert_eq!(
        errors(&set(valid(), "contact", j("\"13812345678\""))),
        one("contact", "wrongType")
    );
    assert_eq!(
        errors(&set(valid(), "members.0.name", j("\"李四1\""))),
        vec![
            ("members.0.name".to_owned(), "nameFormat"),
            ("bankAccount.holderName".to_owned(), "bankHolderNotMember")
        ]
    );
    let long = format!("\"{}\"", "路".repeat(201));
    assert_eq!(
        errors(&set(valid(), "contact.residenceAddress", j(&long))),
        one("contact.residenceAddress", "tooLong")
    );
}

#[test]
fn money_is_finite_non_negative_with_at_most_two_decimals() {
    let path = "members.0.monthlyIncome.wages";
    assert_eq!(
        errors(&set(valid(), path, j("-1"))),
        one(path, "moneyNegative")
    );
    assert_eq!(
        errors(&set(valid(), path, j("100.005"))),
        one(path, "moneyDecimals")
    );
    assert_eq!(
        errors(&set(valid(), path, j("\"1200\""))),
        one(path, "wrongType")
    );
    assert_eq!(errors(&set(valid(), path, j("0.30000000000000004"))), []);
    assert_eq!(errors(&set(valid(), path, j("123456789012.34"))), []);
    assert_eq!(
        errors(&set(valid(), "assets.vehicles", j("true"))),
        one("assets.vehicles", "wrongType")
    );
}

#[test]
fn identity_numbers_in_the_form() {
    let path = "members.2.idNumber";
    assert_eq!(
        errors(&set(valid(), path, j("\"310118201005010034\""))),
        one(path, "idChecksum")
    );
    assert_eq!(
        errors(&set(valid(), path, j("\"31011820100501003\""))),
        one(path, "idFormat")
    );
    assert_eq!(
        errors(&set(valid(), path, j("\"310118201013010033\""))),
        one(path, "idBirthDate")
    );
    assert_eq!(
        errors(&set(valid(), path, j("\"000118201005010033\""))),
        one(path, "idRegion")
    );
    assert_eq!(
        errors(&set(valid(), path, j("310118201005010033"))),
        one(path, "idFormat")
    );
    // A birth date after today (2026-11-25), with a correct check character.
    let future = set(valid(), path, j("\"310118202612010013\""));
    assert_eq!(errors(&future), one(path, "idBirthDate"));
    // The type chosen must match the number.
    let permit = set(valid(), "members.1.idNumber", j("\"810000199001010019\""));
    let permit = set(permit, "members.1.idType", j("\"residentId\""));
    assert_eq!(errors(&permit), one("members.1.idType", "idTypeMismatch"));
}

#[test]
fn numbers_are_normalised_and_the_input_is_untouched() {
    let app = set(
        valid(),
        "members.0.idNumber",
        j("\"３１０１１８ １９８００３１５ ００１１\""),
    );
    let app = set(
        app,
        "members.3.idNumber",
        j("\"310118-20150912-004\u{200B}1\""),
    );
    let app = set(app, "contact.phone", j("\"138-1234-5678\""));
    let app = set(
        app,
        "bankAccount.accountNumber",
        j("\"6217 0000 1000 0000 011\""),
    );
    let app = set(app, "town", j("\"赵巷镇\""));
    let app = remove(app, "members.4.idType");
    let before = app.clone();
    let report = check(&app, &opts());
    assert_eq!(findings(&app, &opts()), []);
    assert_eq!(app, before);
    let normalized = report.apply(&app);
    let n = &normalized;
    let at = |path: &str| {
        let mut v = n;
        for s in path.split('.') {
            v = match s.parse::<usize>() {
                Ok(i) => &v.as_array().unwrap()[i],
                Err(_) => v.get(s).unwrap(),
            };
        }
        v.as_str().unwrap().to_owned()
    };
    assert_eq!(at("members.0.idNumber"), "310118198003150011");
    assert_eq!(at("members.3.idNumber"), "310118201509120041");
    assert_eq!(at("contact.phone"), "13812345678");
    assert_eq!(at("bankAccount.accountNumber"), "6217000010000000011");
    assert_eq!(at("town"), "310118105");
    assert_eq!(at("members.4.idType"), "residentId");
    let paths: Vec<&str> = report.normalized.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "town",
            "contact.phone",
            "members.0.idNumber",
            "members.3.idNumber",
            "members.4.idType",
            "bankAccount.accountNumber"
        ]
    );
}

#[test]
fn old_fifteen_digit_ids_are_a_warning_and_become_eighteen() {
    let app = set(valid(), "members.4.idNumber", j("\"310118520220006\""));
    let app = remove(app, "members.4.idType");
    assert_eq!(errors(&app), []);
    assert_eq!(warnings(&app), one("members.4.idNumber", "idLegacy15"));
    let report = check(&app, &opts());
    assert!(report.valid());
    let normalized = report.apply(&app);
    let member = &normalized.get("members").unwrap().as_array().unwrap()[4];
    assert_eq!(
        member.get("idNumber").unwrap().as_str(),
        Some("310118195202200065")
    );
    assert_eq!(member.get("idType").unwrap().as_str(), Some("residentId15"));
}

#[test]
fn phones_and_bank_accounts() {
    assert_eq!(
        errors(&set(valid(), "contact.phone", j("\"021-5978 1234\""))),
        []
    );
    assert_eq!(
        errors(&set(valid(), "contact.phone", j("\"1381234567\""))),
        one("contact.phone", "phoneFormat")
    );
    assert_eq!(
        errors(&set(valid(), "contact.phone", j("\"010-61234567\""))),
        one("contact.phone", "phoneFormat")
    );
    let luhn = set(
        valid(),
        "bankAccount.accountNumber",
        j("\"6217000010000000012\""),
    );
    assert_eq!(errors(&luhn), []);
    assert_eq!(
        warnings(&luhn),
        one("bankAccount.accountNumber", "bankAccountChecksum")
    );
    assert!(check(&luhn, &opts()).valid());
    assert_eq!(
        errors(&set(
            valid(),
            "bankAccount.accountNumber",
            j("\"62170000\"")
        )),
        one("bankAccount.accountNumber", "bankAccountFormat")
    );
}

#[test]
fn one_applicant_at_most_one_spouse_no_id_twice() {
    assert_eq!(
        errors(&set(valid(), "members.0.relationship", j("\"other\""))),
        one("members", "noApplicant")
    );
    assert_eq!(
        errors(&set(valid(), "members.4.relationship", j("\"self\""))),
        one("members.4.relationship", "multipleApplicants")
    );
    assert_eq!(
        errors(&set(valid(), "members.3.relationship", j("\"spouse\""))),
        one("members.3.relationship", "multipleSpouses")
    );
    let twice = set(valid(), "members.3.idNumber", j("\"310118201005010033\""));
    let twice = set(twice, "members.3.name", j("\"张小明\""));
    let report = check(&twice, &opts());
    let dup = report
        .findings
        .iter()
        .find(|f| f.failure.code.as_str() == "duplicateIdNumber")
        .unwrap();
    assert_eq!(dup.failure.path, "members.3.idNumber");
    assert_eq!(dup.failure.param("other"), Some("3"));
}

#[test]
fn declared_birth_date_and_gender_agree_with_the_id() {
    assert_eq!(
        errors(&set(valid(), "members.0.birthDate", j("\"1980-03-16\""))),
        one("members.0.birthDate", "birthDateMismatch")
    );
    assert_eq!(
        errors(&set(valid(), "members.0.gender", j("\"female\""))),
        one("members.0.gender", "genderMismatch")
    );
    assert_eq!(
        errors(&set(valid(), "members.0.birthDate", j("\"1980/03/15\""))),
        one("members.0.birthDate", "dateFormat")
    );
}

#[test]
fn non_local_hukou_only_for_a_spouse_or_child_of_a_local_member() {
    // The spouse (member 1) has other hukou in the valid application.
    assert_eq!(errors(&set(valid(), "members.2.hukou", j("\"other\""))), []);
    let parent = set(valid(), "members.4.hukou", j("\"other\""));
    assert_eq!(errors(&parent), one("members.4.hukou", "nonLocalHukou"));
    // … unless for temporary assistance.
    assert_eq!(errors(&set(parent, "category", j("\"temporary\""))), []);
    let applicant = set(valid(), "members.0.hukou", j("\"other\""));
    let codes = errors(&applicant);
    assert!(
        codes.contains(&("members.0.hukou".to_owned(), "nonLocalHukou")),
        "{codes:?}"
    );
    let apart = set(valid(), "members.1.livesTogether", j("false"));
    assert_eq!(errors(&apart), one("members.1.hukou", "nonLocalHukou"));
    let other = set(
        set(valid(), "members.4.relationship", j("\"other\"")),
        "members.4.hukou",
        j("\"other\""),
    );
    assert_eq!(errors(&other), []);
    assert_eq!(warnings(&other), one("members.4.hukou", "nonLocalHukou"));
    // A permit holder has no Shanghai hukou.
    let permit = set(valid(), "members.1.idNumber", j("\"810000199001010019\""));
    let permit = set(
        remove(permit, "members.1.idType"),
        "members.1.hukou",
        j("\"local\""),
    );
    assert_eq!(
        errors(&permit),
        one("members.1.hukou", "localHukouWithoutResidentId")
    );
}

#[test]
fn extreme_poverty_needs_an_applicant_under_16_over_60_or_disabled() {
    let app = set(valid(), "category", j("\"extremePoverty\""));
    assert_eq!(errors(&app), one("category", "extremePovertyEligibility"));
    let disabled = set(
        app.clone(),
        "members.0.disability",
        j(r#"{"category":"physical","grade":1}"#),
    );
    assert_eq!(errors(&disabled), []);
    let old = set(
        app.clone(),
        "members.0.idNumber",
        j("\"310118195202200065\""),
    );
    let old = set(
        set(old, "members.4.idNumber", j("\"310118198003150011\"")),
        "members.0.gender",
        j("\"female\""),
    );
    let old = set(
        remove(old, "members.0.birthDate"),
        "members.4.relationship",
        j("\"child\""),
    );
    assert_eq!(errors(&old), []);
    // Without submittedOn or today the age is unknown: not judged.
    let unknown = remove(app, "submittedOn");
    let report = check(&unknown, &Options::default());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn agent_bank_holder_and_consents() {
    let agent = set(valid(), "agent", j("{}"));
    assert_eq!(
        errors(&agent),
        vec![
            ("agent.name".to_owned(), "required"),
            ("agent.idNumber".to_owned(), "required"),
            ("agent.phone".to_owned(), "required"),
            ("agent.kind".to_owned(), "required"),
        ]
    );
    let same = set(
        valid(),
        "agent",
        j(
            r#"{"name":"张伟","idNumber":"310118198003150011","phone":"13812345678","kind":"relative"}"#,
        ),
    );
    assert_eq!(errors(&same), one("agent.idNumber", "agentIsApplicant"));
    let committee = set(
        valid(),
        "agent",
        j(
            r#"{"name":"陈主任","idNumber":"310229197001010058","phone":"021-59781234","kind":"committee"}"#,
        ),
    );
    assert_eq!(errors(&committee), []);
    assert_eq!(
        errors(&set(valid(), "bankAccount.holderName", j("\"赵六\""))),
        one("bankAccount.holderName", "bankHolderNotMember")
    );
    assert_eq!(
        errors(&set(valid(), "bankAccount.holderName", j("\"李 娜\""))),
        []
    );
    let consents = set(
        valid(),
        "consents",
        j(r#"{"verificationAuthorized":false}"#),
    );
    assert_eq!(
        errors(&consents),
        vec![
            (
                "consents.verificationAuthorized".to_owned(),
                "consentRequired"
            ),
            ("consents.declarationTruthful".to_owned(), "consentRequired"),
        ]
    );
}

#[test]
fn an_applicant_under_18_needs_an_agent() {
    // A 16-year-old applying alone (the parents listed as parents).
    let app = set(valid(), "members.2.relationship", j("\"self\""));
    let app = set(app, "members.0.relationship", j("\"parent\""));
    let app = set(app, "members.1.relationship", j("\"parent\""));
    let app = set(app, "members.3.relationship", j("\"sibling\""));
    let app = set(app, "members.4.relationship", j("\"grandparent\""));
    let app = set(app, "members.1.hukou", j("\"local\""));
    assert_eq!(errors(&app), one("agent", "agentRequired"));
}

#[test]
fn towns_dates_and_relationship_ages() {
    assert_eq!(
        errors(&set(valid(), "town", j("\"310118999\""))),
        one("town", "unknownTown")
    );
    assert_eq!(errors(&set(valid(), "town", j("\"白鹤镇\""))), []);
    assert_eq!(
        errors(&set(valid(), "submittedOn", j("\"2026-12-01\""))),
        one("submittedOn", "dateInFuture")
    );
    assert_eq!(
        errors(&set(valid(), "submittedOn", j("\"2026-02-30\""))),
        one("submittedOn", "dateFormat")
    );
    let reversed = set(valid(), "members.4.relationship", j("\"child\""));
    assert_eq!(errors(&reversed), []);
    assert_eq!(
        warnings(&reversed),
        one("members.4.relationship", "relationshipAge")
    );
}

#[test]
fn errors_come_in_form_order() {
    let app = set(valid(), "consents.declarationTruthful", j("false"));
    let app = set(app, "members.4.monthlyIncome.wages", j("-5"));
    let app = set(app, "members.1.idNumber", j("\"123\""));
    let app = set(app, "bankAccount.holderName", j("\"赵六\""));
    let app = set(app, "members.3.relationship", j("\"self\""));
    let app = set(app, "contact.phone", j("\"12\""));
    let app = remove(app, "category");
    let paths: Vec<String> = errors(&app).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "category",
            "contact.phone",
            "members.1.idNumber",
            "members.3.relationship",
            "members.4.monthlyIncome.wages",
            "bankAccount.holderName",
            "consents.declarationTruthful",
        ]
    );
}

#[test]
fn partial_validation_keeps_the_fields_and_the_rules_that_depend_on_them() {
    let app = set(valid(), "members.3.idNumber", j("\"310118201005010033\""));
    let app = set(app, "contact.phone", j("\"12\""));
    let app = remove(app, "committee");
    let only = |fields: &[&str]| {
        let options = Options {
            fields: Some(fields.iter().map(|s| Path::from(*s)).collect()),
            ..opts()
        };
        findings(&app, &options)
            .into_iter()
            .map(|(p, c, _)| (p, c))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        only(&["contact.phone"]),
        one("contact.phone", "phoneFormat")
    );
    assert_eq!(only(&["committee"]), one("committee", "required"));
    // The duplicate is reported at member 4, and depends on member 3's number too.
    assert_eq!(
        only(&["members.2.idNumber"]),
        one("members.3.idNumber", "duplicateIdNumber")
    );
    assert_eq!(
        only(&["members.3"]),
        one("members.3.idNumber", "duplicateIdNumber")
    );
    assert_eq!(only(&["members.0.name"]), []);
    assert_eq!(only(&[]), []);
    // Cross-field rules over every member.
    let noself = set(valid(), "members.0.relationship", j("\"spouse\""));
    let options = Options {
        fields: Some(vec!["members.0.relationship".into()]),
        ..opts()
    };
    let codes: Vec<&str> = findings(&noself, &options)
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert_eq!(codes, ["noApplicant", "multipleSpouses"]);
}

#[test]
fn any_json_value_gets_a_report() {
    for text in ["null", "0", "\"application\"", "[]", "[{}]", "true"] {
        let value = j(text);
        let report = check(&value, &opts());
        assert_eq!(
            findings(&value, &opts()),
            [(String::new(), "notAnApplication", Severity::Error)]
        );
        assert!(report.normalized.is_empty());
    }
    let empty = errors(&j("{}"));
    assert!(empty.contains(&("members".into(), "required")), "{empty:?}");
    assert_eq!(
        errors(&set(valid(), "members", j("\"张伟\""))),
        one("members", "wrongType")
    );
    let odd = set(valid(), "members", j(r#"[5, null, "x", [], {}]"#));
    let codes = errors(&odd);
    for i in 0..4 {
        assert!(
            codes.contains(&(format!("members.{i}"), "wrongType")),
            "{codes:?}"
        );
    }
    assert!(codes.contains(&("members.4.name".to_owned(), "required")));
    // Every leaf replaced by values of every type: a report, never a panic, always a message.
    let leaves = leaf_paths(&valid(), "");
    for path in &leaves {
        for value in [
            "null",
            "-1",
            "1e308",
            "\"\"",
            "\"x\"",
            "true",
            "[]",
            "{}",
            "[[[[1]]]]",
        ] {
            let app = set(valid(), path, j(value));
            let report = check(&app, &opts());
            for f in &report.findings {
                assert!(
                    !f.failure.path.is_root()
                        && !jiuzhu::messages::field_message(&f.failure, Locale::En).contains('{')
                );
            }
            let text = report_text(&report, Locale::En);
            assert!(serde_json::from_str::<Json>(&text).is_ok(), "{text}");
        }
    }
}

fn leaf_paths(json: &Json, prefix: &str) -> Vec<String> {
    let join = |k: &str| {
        if prefix.is_empty() {
            k.to_owned()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match json {
        Json::Object(members) => members
            .iter()
            .flat_map(|(k, v)| leaf_paths(v, &join(k)))
            .chain([prefix.to_owned()])
            .filter(|p| !p.is_empty())
            .collect(),
        Json::Array(items) => items
            .iter()
            .enumerate()
            .flat_map(|(i, v)| leaf_paths(v, &join(&i.to_string())))
            .chain([prefix.to_owned()])
            .collect(),
        _ => vec![prefix.to_owned()],
    }
}

#[test]
fn the_report_as_json() {
    let app = set(valid(), "members.1.idNumber", j("\"310118198207080028\""));
    let report = j(&report_text(&check(&app, &opts()), Locale::En));
    assert_eq!(report.get("valid"), Some(&Json::Bool(false)));
    let errors = report.get("errors").unwrap().as_array().unwrap();
    assert_eq!(errors.len(), 1);
    let e = &errors[0];
    assert_eq!(e.get("path").unwrap().as_str(), Some("members.1.idNumber"));
    assert_eq!(e.get("code").unwrap().as_str(), Some("idChecksum"));
    assert_eq!(e.get("severity").unwrap().as_str(), Some("error"));
    assert!(e.get("params").unwrap().as_object().is_some());
    assert!(!e.get("message").unwrap().as_str().unwrap().is_empty());
    assert_eq!(
        report.get("normalized"),
        Some(&Json::Object(Default::default()))
    );
}

#[test]
fn a_roster_gets_one_report_per_application_in_order() {
    let roster = format!("[{VALID}, {{}}, 5, {VALID}]");
    let reports = j(&roster_text(&roster, &opts(), Locale::ZhCn));
    let valid: Vec<bool> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.get("valid").unwrap().as_bool().unwrap())
        .collect();
    assert_eq!(valid, [true, false, false, true]);
    for bad in ["", "{}", "[1,", "\"x\""] {
        let reports = j(&roster_text(bad, &opts(), Locale::ZhCn));
        let items = reports.as_array().unwrap();
        assert_eq!(items.len(), 1, "{bad}");
        let code = items[0].get("errors").unwrap().as_array().unwrap()[0]
            .get("code")
            .unwrap();
        assert_eq!(code.as_str(), Some("notARoster"));
    }
    assert_eq!(roster_text("[]", &opts(), Locale::ZhCn), "[]");
}

#[test]
fn the_lenient_model_with_derived_facts() {
    let app = Application::read(&valid(), &Divisions::embedded());
    assert_eq!(app.category, Some(Category::MinimumLiving));
    assert_eq!(app.town.as_ref().map(|d| d.name.as_str()), Some("赵巷镇"));
    assert_eq!(app.members.len(), 5);
    let applicant = app.applicant().unwrap();
    assert_eq!(applicant.relationship, Some(Relationship::Applicant));
    assert_eq!(applicant.id_type, Some(IdType::ResidentId));
    assert_eq!(applicant.gender(), Some(Gender::Male));
    let on = app.reference_date(None).unwrap();
    assert_eq!(applicant.age_on(on), Some(46));
    assert_eq!(app.members[3].age_on(on), Some(11));
    assert!(app.members[3].is_disabled());
    assert_eq!(app.monthly_income(), 3600.5);
    assert_eq!(
        app.bank_account.as_ref().unwrap().account_number.as_deref(),
        Some("6217000010000000011")
    );
    // Wrong types become None; members keep their indexes.
    let odd = Application::read(
        &j(r#"{"category":5,"members":[3,{"name":"甲","hukou":"mars"}],"consents":[]}"#),
        &Divisions::embedded(),
    );
    assert_eq!(odd.category, None);
    assert_eq!(odd.members.len(), 2);
    assert_eq!(odd.members[0].name, None);
    assert_eq!(odd.members[1].name.as_deref(), Some("甲"));
    assert_eq!(odd.members[1].hukou, None);
    assert_eq!(
        Application::read(&Json::Null, &Divisions::embedded()),
        Application::default()
    );
}

/// Random but reproducible choices (a 64-bit linear congruential generator).
/// With `odd` in 100, a field takes any of its values; otherwise its first (a valid one).
struct Dice {
    state: u64,
    odd: u64,
}

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.state = self
            .state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.state >> 33) % sides
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        if self.roll(100) >= self.odd {
            return options[0];
        }
        options[self.roll(options.len() as u64) as usize]
    }
}

/// A member: each field chosen among valid, odd and wrong values (`""` leaves it out).
fn generated_member(dice: &mut Dice) -> String {
    let fields = [
        ("name", &["\"张伟\"", "\" 李娜 \"", "\"Zhang3\"", "\"阿卜杜·热合曼\"", "12", "\"\"", ""][..]),
        ("idType", &["\"residentId\"", "\"residentId15\"", "\"hkMacaoResidencePermit\"", "\"passport\"", " \"foreignPermanentResident\"", "null", ""]),
        ("idNumber", &["\"310118198003150011\"", "\"310118198207080027\"", "\"310118198207080028\"", "\"３１０１１８２０１００５０１００３３\"", "\"310118-20150912-0041\"", "\"310118520220006\"", "\"810000199001010014\"", "\"USA123456789012\"", "\"310118203001010011\"", "42", "\"\"", ""]),
        ("birthDate", &["\"1980-03-15\"", "\"1982-07-08\"", "\"2030-01-01\"", "\"1980-02-30\"", "\" 2010-05-01 \"", "null", ""]),
        ("gender", &["\"male\"", "\"female\"", "\" female \"", "\"x\"", ""]),
        ("relationship", &["\"self\"", "\"self\"", "\"spouse\"", "\"child\"", "\"parent\"", "\"grandchild\"", "\"grandparent\"", "\"sibling\"", "\"other\"", "\"boss\"", "true", ""]),
        ("hukou", &["\"local\"", "\"local\"", "\"other\"", "\"mars\"", ""]),
        ("livesTogether", &["true", "false", "\"yes\"", "null", ""]),
        ("employment", &["\"employed\"", "\"unemployed\"", "\"retired\"", "\"student\"", "\"preschool\"", "\"unableToWork\"", "\"idle\"", ""]),
        ("disability", &["null", "{\"category\":\"intellectual\",\"grade\":2}", "{\"category\":\"visual\",\"grade\":5}", "{\"category\":\"x\"}", "[]", ""]),
        ("health", &["null", "\"癫痫\"", "\"  \"", "\"\\u0001\\\"引号\\\"\\n\"", ""]),
        ("monthlyIncome", &["{\"wages\":0,\"business\":0,\"property\":0,\"transfer\":300,\"other\":0}", "{\"wages\":2100.5,\"business\":0.1,\"property\":1e3,\"transfer\":-1,\"other\":0.005}", "{\"wages\":\"100\",\"transfer\":null}", "7", ""]),
    ];
    object_of(dice, &fields)
}

fn object_of(dice: &mut Dice, fields: &[(&str, &[&str])]) -> String {
    let mut out = String::from("{");
    for (key, options) in fields {
        let value = dice.pick(options);
        if !value.is_empty() {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&format!("\"{key}\":{value}"));
        }
    }
    out.push('}');
    out
}

/// An application of any category, mostly valid, often with a few errors.
fn generated_application(dice: &mut Dice) -> String {
    dice.odd = [0, 0, 5, 10, 30][dice.roll(5) as usize];
    let household = valid().get("members").unwrap().to_string();
    let members = match dice.pick(&["v", "1", "2", "3", "5", "0", "x"]) {
        "v" => household,
        "0" => "[]".to_owned(),
        "x" => "\"none\"".to_owned(),
        n => {
            let items: Vec<String> = (0..n.parse::<usize>().unwrap())
                .map(|_| generated_member(dice))
                .collect();
            format!("[{}]", items.join(","))
        }
    };
    let fields = [
        ("category", &["\"minimumLiving\"", "\"lowIncomeMargin\"", "\"rigidExpenditure\"", "\"extremePoverty\"", "\"temporary\"", "\" temporary \"", "\"other\"", ""][..]),
        ("submittedOn", &["\"2026-11-20\"", "\"2027-01-01\"", "\"20261120\"", ""]),
        ("town", &["\"310118105\"", "\"赵巷镇\"", "\" 310118001 \"", "\"浦东\"", "5", ""]),
        ("committee", &["\"赵巷村村民委员会\"", "\" 赵巷村 \"", "\"\"", ""]),
        ("contact", &["{\"phone\":\"13812345678\",\"hukouAddress\":\"青浦区赵巷镇赵巷村1号\",\"residenceAddress\":\"青浦区1号\"}", "{\"phone\":\"138-1234-5678\",\"hukouAddress\":\" 青浦 \",\"residenceAddress\":\"\"}", "{\"phone\":\"1381234567\"}", "{\"phone\":\"021 6123 4567\",\"hukouAddress\":\"a\",\"residenceAddress\":\"b\"}", "\"x\"", ""]),
        ("members", &[members.as_str()]),
        ("assets", &["{\"deposits\":5000,\"securities\":0,\"vehicles\":0,\"nonResidentialProperty\":0}", "{\"deposits\":5000.123,\"securities\":-2}", "null", ""]),
        ("expenses", &["{\"medical\":800,\"education\":0}", "{\"medical\":\"800\"}", ""]),
        ("bankAccount", &["{\"bankName\":\"中国工商银行\",\"accountNumber\":\"6217000010000000011\",\"holderName\":\"张伟\"}", "{\"bankName\":\"银行\",\"accountNumber\":\"6217 0000 1000 0000 012\",\"holderName\":\"赵六\"}", "{\"accountNumber\":\"123\"}", "[]", ""]),
        ("agent", &["null", "null", "{\"name\":\"赵六\",\"idNumber\":\"310118198003150011\",\"phone\":\"13812345678\",\"kind\":\"relative\"}", "{\"name\":\"赵六\",\"idType\":\"residentId\",\"idNumber\":\"310118195202200065\",\"phone\":\"x\",\"kind\":\"friend\"}", ""]),
        ("consents", &["{\"verificationAuthorized\":true,\"declarationTruthful\":true}", "{\"verificationAuthorized\":true,\"declarationTruthful\":false}", "{\"verificationAuthorized\":\"yes\"}", ""]),
    ];
    object_of(dice, &fields)
}

/// FNV-1a, 64 bits: a digest to pin the exact bytes of a large output.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

/// The exact bytes of the batch output over a varied roster (every category, valid and invalid
/// fields, normalised values, escapes), in both locales and without `today`: a speed change must
/// leave them byte-identical.
#[test]
fn the_batch_output_is_pinned() {
    let mut dice = Dice {
        state: 2026,
        odd: 0,
    };
    let applications: Vec<String> = (0..400).map(|_| generated_application(&mut dice)).collect();
    let roster = format!("[{},null,7,\"x\"]", applications.join(","));
    let reports = roster_text(&roster, &opts(), Locale::ZhCn);
    let valid = reports.matches("{\"valid\":true").count();
    assert!(valid > 20 && valid < 380, "{valid} valid");
    let english = Options {
        today: None,
        ..opts()
    };
    let digests = [
        digest(&reports),
        digest(&roster_text(&roster, &english, Locale::En)),
        reports.len() as u64,
    ];
    assert_eq!(digests, [9050674515137729884, 15976348312374002446, 98160]);
}

/// Issue 16: a resident ID whose region was never issued (218243…) is a warning, not an error; an
/// old 15-digit one gets both warnings, and is converted all the same.
#[test]
fn region_codes_never_issued_are_warned_about() {
    let w = |path: &str, code: &'static str| (path.to_owned(), code, Severity::Warning);
    let mut id = b"21824319520220006".to_vec();
    id.push(jiuzhu::identity::check_character(&id).unwrap());
    let id = String::from_utf8(id).unwrap();
    let app = set(valid(), "members.4.idNumber", Json::from(id));
    assert_eq!(
        findings(&app, &opts()),
        [w("members.4.idNumber", "idRegionUnknown")]
    );
    assert!(check(&app, &opts()).valid());
    let app = set(valid(), "members.4.idNumber", Json::from("218243520220006"));
    assert_eq!(
        findings(&app, &opts()),
        [
            w("members.4.idNumber", "idRegionUnknown"),
            w("members.4.idNumber", "idLegacy15")
        ]
    );
    let report = check(&app, &opts());
    assert!(report.valid());
    let stored = report.apply(&app);
    assert_eq!(
        stored["members"][4]["idNumber"].as_str().map(str::len),
        Some(18)
    );
}

/// Issue 16: a household is refused past the documented number of members, with the limit, before
/// any member is read (a list of a million members once took minutes).
#[test]
fn too_many_members_are_refused_with_the_limit() {
    let member = valid()["members"][0].clone();
    let app = set(
        valid(),
        "members",
        Json::Array(vec![member; jiuzhu::application::MAX_MEMBERS + 1]),
    );
    let report = check(&app, &opts());
    let f = &report.findings[0].failure;
    assert_eq!(
        (f.code.as_str(), f.path.as_str()),
        ("inputTooLarge", "members")
    );
    assert_eq!(f.param("limit"), Some("50"));
    assert!(!report
        .findings
        .iter()
        .any(|f| f.failure.path.as_str().starts_with("members.")));
    let member = valid()["members"][0].clone();
    let fifty = set(valid(), "members", Json::Array(vec![member; 50]));
    assert!(!check(&fifty, &opts())
        .findings
        .iter()
        .any(|f| f.failure.code.as_str() == "inputTooLarge"));
}
