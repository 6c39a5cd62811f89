//! Property tests (proptest) over the core's entry points with generated hostile values: any
//! JSON an application, a roster, an option or an identity field can hold, with invisible and
//! direction characters, full-width digits, markup, huge and odd numbers, deep nesting.
//!
//! - nothing panics (a panic traps the WebAssembly module);
//! - every failure is coded, and its code has a message in zh-CN and English;
//! - normalising a normalised application changes nothing;
//! - `add_working_days` and `working_days_between` are inverse over the published calendar;
//! - no identifier of the input (ID number, phone, bank account digits) reaches a publicity
//!   notice's text, html or fields.
//!
//! Run by `cargo test` with a fixed seed and a modest number of cases, so it is repeatable and
//! takes seconds; a failure names the smallest input proptest shrank it to.

use jiuzhu::application::{validate, validate_roster, validate_text, Options};
use jiuzhu::calendar::{parse_date, Calendar, Mode};
use jiuzhu::divisions::Divisions;
use jiuzhu::identity::{check_bank_account, check_id, check_phone, validate_id_number};
use jiuzhu::input::{parse, Limits};
use jiuzhu::messages::{field_message, has_text, message};
use jiuzhu::publicity::{publicity_notice, NoticeOptions};
use jiuzhu::{Failure, Locale};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, RngSeed};
use serde_json::{json, Map, Value as Json};
use std::sync::OnceLock;

/// Fixed: the same cases on every machine and every run.
fn config(cases: u32) -> Config {
    Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x6A69_757A_6875),
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    }
}

fn divisions() -> &'static Divisions {
    static DIVISIONS: OnceLock<Divisions> = OnceLock::new();
    DIVISIONS.get_or_init(Divisions::embedded)
}

fn calendar() -> &'static Calendar {
    static CALENDAR: OnceLock<Calendar> = OnceLock::new();
    CALENDAR.get_or_init(Calendar::embedded)
}

/// Every failure is coded: its code has a text, and the texts in both languages are filled.
fn assert_coded(failure: &Failure) {
    assert!(has_text(failure.code), "{:?} has no text", failure.code);
    for locale in [Locale::ZhCn, Locale::En] {
        for text in [message(failure, locale), field_message(failure, locale)] {
            assert!(
                !text.is_empty() && text != failure.code.as_str(),
                "{failure:?}"
            );
            assert!(!text.contains('{'), "{failure:?}: {text}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generated values.

/// Characters people paste, and characters an attacker would try.
const HOSTILE: &[&str] = &[
    "\u{202E}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2066}",
    "\u{0}",
    "\u{7}",
    "\u{3000}",
    "\u{E0100}",
    "\u{301}",
    "𠮷",
    "张",
    "·",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "\\",
    "１",
    "Ｘ",
    "x",
    "X",
    "-",
    " ",
    "\n",
    "号",
    "弄",
    "室",
    "单元",
    "路",
    "٣",
    "𝟏",
    "\u{10FFFF}",
    "\u{FFFD}",
];

/// A short string of hostile characters, digits and letters.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(HOSTILE).prop_map(str::to_owned),
        3 => "[0-9]{1,18}",
        2 => "[a-zA-Z]{1,6}",
        2 => "[\u{4E00}-\u{9FFF}]{1,4}",
        1 => any::<String>().prop_map(|s| s.chars().take(6).collect::<String>()),
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

/// A number of any size and sign, whole or not.
fn hostile_number() -> impl Strategy<Value = Json> {
    prop_oneof![
        any::<i64>().prop_map(Json::from),
        any::<u64>().prop_map(Json::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |n| n.is_finite())
            .prop_map(Json::from),
        (0u32..100_000, 0u32..1000).prop_map(|(a, b)| json!(f64::from(a) + f64::from(b) / 1000.0)),
    ]
}

/// Any JSON value, a few levels deep.
fn hostile_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        hostile_number(),
        hostile_text().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            proptest::collection::vec((hostile_text(), inner), 0..4)
                .prop_map(|members| Json::Object(members.into_iter().collect())),
        ]
    })
}

/// A resident ID with a right check character, in one of the ways people type it.
fn id_number() -> impl Strategy<Value = String> {
    let region = proptest::sample::select(
        &[
            "310118", "310229", "110105", "218243", "810000", "830000", "320582",
        ][..],
    );
    (
        region,
        1930u32..2020,
        1u32..13,
        1u32..29,
        0u32..1000,
        0u8..3,
    )
        .prop_map(|(region, year, month, day, seq, style)| {
            let body = format!("{region}{year}{month:02}{day:02}{seq:03}");
            let mut id = body.clone().into_bytes();
            id.push(jiuzhu::identity::check_character(body.as_bytes()).unwrap_or(b'0'));
            let id = String::from_utf8(id).unwrap_or_default();
            match style {
                0 => id,
                1 => id.to_lowercase(),
                _ => id
                    .chars()
                    .map(|c| match c {
                        '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
                        c => c,
                    })
                    .collect(),
            }
        })
}

fn phone() -> impl Strategy<Value = String> {
    prop_oneof![
        "1[3-9][0-9]{9}",
        "1[3-9][0-9] [0-9]{4} [0-9]{4}",
        "021-[5-8][0-9]{7}",
    ]
}

fn bank_account() -> impl Strategy<Value = String> {
    prop_oneof!["62[0-9]{14,17}", "62[0-9]{2} [0-9]{4} [0-9]{4} [0-9]{4}"]
}

/// A value for an application's field: mostly plausible, often hostile.
fn field(plausible: &'static [&'static str]) -> impl Strategy<Value = Option<Json>> {
    prop_oneof![
        3 => proptest::sample::select(plausible).prop_map(|v| Some(Json::from(v))),
        2 => hostile_json().prop_map(Some),
        1 => Just(None),
    ]
}

fn object(members: Vec<(&str, Option<Json>)>) -> Json {
    let members: Map<String, Json> = members
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_owned(), v?)))
        .collect();
    Json::Object(members)
}

fn member() -> impl Strategy<Value = Json> {
    (
        field(&[
            "张伟",
            " 李娜 ",
            "阿依古丽·买买提",
            "王\u{202E}五",
            "Zhang3",
        ]),
        prop_oneof![
            id_number().prop_map(|id| Some(Json::from(id))),
            hostile_json().prop_map(Some)
        ],
        field(&[
            "residentId",
            "residentId15",
            "foreignPermanentResident",
            "passport",
        ]),
        field(&["self", "spouse", "child", "parent", " self "]),
        field(&["local", "other"]),
        field(&["1980-03-15", "2030-01-01", "1980-02-30"]),
        field(&["male", "female"]),
        field(&["employed", "unemployed", "retired"]),
        prop_oneof![
            Just(Some(
                json!({ "wages": 2100.5, "business": 0, "property": 0, "transfer": 0, "other": 0 })
            )),
            hostile_json().prop_map(Some)
        ],
    )
        .prop_map(
            |(name, id, id_type, relationship, hukou, born, gender, employment, income)| {
                object(vec![
                    ("name", name),
                    ("idNumber", id),
                    ("idType", id_type),
                    ("relationship", relationship),
                    ("hukou", hukou),
                    ("birthDate", born),
                    ("gender", gender),
                    ("livesTogether", Some(Json::Bool(true))),
                    ("employment", employment),
                    ("monthlyIncome", income),
                ])
            },
        )
}

fn application() -> impl Strategy<Value = Json> {
    (
        field(&["minimumLiving", "temporary", " extremePoverty ", "other"]),
        field(&["310118105", "赵巷镇", " 310118001 ", "浦东"]),
        field(&["赵巷村村民委员会", "盈中居委会<a href=x>", "业辉路100弄1号101室"]),
        field(&["2026-11-20", "20261120"]),
        proptest::collection::vec(member(), 0..4),
        (phone(), hostile_text(), bank_account()),
        hostile_json(),
    )
        .prop_map(
            |(category, town, committee, submitted, members, (phone, address, account), extra)| {
                object(vec![
                    ("category", category),
                    ("town", town),
                    ("committee", committee),
                    ("submittedOn", submitted),
                    (
                        "contact",
                        Some(json!({ "phone": phone, "hukouAddress": address, "residenceAddress": address })),
                    ),
                    ("members", Some(Json::Array(members))),
                    (
                        "bankAccount",
                        Some(json!({ "bankName": "上海农商银行", "accountNumber": account, "holderName": "张伟" })),
                    ),
                    ("consents", Some(json!({ "verificationAuthorized": true, "declarationTruthful": true }))),
                    ("extra", Some(extra)),
                ])
            },
        )
}

fn options(today: bool) -> Options {
    Options {
        today: if today {
            parse_date("2026-11-25", "").ok()
        } else {
            None
        },
        fields: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config(512))]

    /// Identity numbers, phones and accounts: any text gets an answer, every failure coded.
    #[test]
    fn identity_fields_never_panic_and_are_coded(text in hostile_text(), id in id_number()) {
        for value in [text.as_str(), id.as_str()] {
            let check = check_id(value, None, None);
            if let Some(f) = &check.failure {
                assert_coded(f);
            }
            if let Some(f) = check.converted() {
                assert_coded(&f);
            }
            let again = check_id(&check.normalized, None, None);
            if check.valid() {
                // The stored form of a valid number is valid, and stays as it is.
                prop_assert!(again.valid(), "{value}: {:?}", again.failure);
                prop_assert_eq!(&again.normalized, &check.normalized);
            }
            if let Err(f) = check_phone(value) {
                assert_coded(&f);
            }
            match check_bank_account(value) {
                Ok((_, Some(warning))) => assert_coded(&warning),
                Ok((_, None)) => {}
                Err(f) => assert_coded(&f),
            }
        }
        let check = validate_id_number(&Json::from(text), None, None);
        if let Some(f) = &check.failure {
            assert_coded(f);
        }
    }

    /// Any JSON text, read within the limits: a value or a coded refusal, never a panic.
    #[test]
    fn any_text_is_read_or_refused(value in hostile_json(), cut in 0usize..64, noise in hostile_text()) {
        let text = value.to_string();
        // Read as serde_json reads it (which, built without float_roundtrip for size, may land a
        // huge float one unit in the last place away from the text's shortest form).
        let plain: Json = serde_json::from_str(&text).expect("serde_json reads what it wrote");
        prop_assert_eq!(parse(&text, &Limits::DOCUMENT).ok(), Some(plain));
        // The text cut short, or with noise in it.
        let cut: String = text.chars().take(cut).collect();
        for text in [cut, format!("{text}{noise}"), noise.clone()] {
            if let Err(jiuzhu::input::Unreadable::Refused(f)) = parse(&text, &Limits::DOCUMENT) {
                assert_coded(&f);
            }
            let report = validate_text(&text, divisions(), &options(true));
            for finding in &report.findings {
                assert_coded(&finding.failure);
            }
        }
    }

    /// Validation of any application: findings coded, and normalising twice is normalising once.
    #[test]
    fn validation_is_coded_and_normalisation_idempotent(
        app in prop_oneof![4 => application(), 1 => hostile_json()],
        today in any::<bool>(),
    ) {
        let report = validate(&app, divisions(), &options(today));
        for finding in &report.findings {
            assert_coded(&finding.failure);
        }
        let normalized = report.apply(&app);
        let again = validate(&normalized, divisions(), &options(today));
        prop_assert!(
            again.normalized.is_empty(),
            "normalising {} again changes {:?}",
            normalized,
            again.normalized
        );
        prop_assert_eq!(again.apply(&normalized), normalized.clone());
        // The same verdict on the stored form: normalising fixes nothing and breaks nothing.
        prop_assert_eq!(again.valid(), report.valid());
        // The text of the application reads the same.
        let text = validate_text(&app.to_string(), divisions(), &options(today));
        prop_assert_eq!(text.findings.len(), report.findings.len());
    }

    /// A roster of any items, and any text as a roster: one coded report per item, or one for all.
    #[test]
    fn rosters_are_coded(items in proptest::collection::vec(prop_oneof![application(), hostile_json()], 0..4)) {
        let text = Json::Array(items.clone()).to_string();
        let mut reports = Vec::new();
        let result = validate_roster(&text, divisions(), &options(true), |r| reports.push(r));
        prop_assert!(result.is_ok());
        prop_assert_eq!(reports.len(), items.len());
        for report in &reports {
            for finding in &report.findings {
                assert_coded(&finding.failure);
            }
        }
    }

    /// Working days: adding n and counting back give n again, over the published years.
    #[test]
    fn working_days_add_and_count_are_inverse(offset in 0i64..3000, n in 0i64..400) {
        let calendar = calendar();
        let coverage = calendar.coverage().expect("a compiled-in calendar");
        let days = (coverage.to - coverage.from).num_days();
        let from = coverage.from + chrono::Duration::days(offset % days.max(1));
        match calendar.add_working_days(from, n, Mode::Published) {
            Ok(to) => {
                prop_assert_eq!(calendar.working_days_between(from, to, Mode::Published), Ok(n));
                prop_assert_eq!(calendar.working_days_between(to, from, Mode::Published), Ok(-n));
                if n > 0 {
                    // The n-th working day is one, and counting from it back reaches `from`'s side.
                    prop_assert_eq!(calendar.is_working_day(to, Mode::Published), Ok(true));
                    let back = calendar.add_working_days(to, -n, Mode::Published);
                    prop_assert!(back.is_ok_and(|back| back <= from), "{from} {n} {to}");
                }
            }
            // Running off the published years is a coded failure, never a wrong date.
            Err(f) => assert_coded(&f),
        }
    }
}

/// The digit runs of a text as a scan reads them: ASCII and full-width digits, joined across a
/// single space or hyphen.
fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = vec![String::new()];
    let mut separated = false;
    for c in text.chars() {
        let digit = match c {
            '0'..='9' => Some(c),
            '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + '0' as u32),
            _ => None,
        };
        let current = runs.last_mut().expect("one run at least");
        match digit {
            Some(d) => {
                current.push(d);
                separated = false;
            }
            None if matches!(c, ' ' | '-' | '\u{3000}') && !current.is_empty() && !separated => {
                separated = true;
            }
            None => {
                separated = false;
                if !current.is_empty() {
                    runs.push(String::new());
                }
            }
        }
    }
    runs
}

/// An identifier's digits (the check character X dropped).
fn digits_of(identifier: &str) -> String {
    digit_runs(identifier).concat()
}

proptest! {
    #![proptest_config(config(96))]

    /// No identifier of the input reaches a notice, wherever it was put: in the committee, the
    /// names, fields the notice does not know, the options.
    #[test]
    fn no_identifier_is_ever_published(
        app in application(),
        ids in proptest::collection::vec(id_number(), 1..3),
        phones in proptest::collection::vec(phone(), 1..3),
        account in bank_account(),
        glue in hostile_text(),
        full in any::<bool>(),
        english in any::<bool>(),
    ) {
        let mut app = app;
        let identifiers: Vec<String> =
            ids.iter().chain(&phones).chain([&account]).cloned().collect();
        let pasted = |i: usize| format!("{glue}{}", identifiers[i % identifiers.len()]);
        if let Json::Object(members) = &mut app {
            members.insert("committee".into(), json!(format!("赵巷村{}", pasted(0))));
            members.insert("futureField".into(), json!({ "note": pasted(1), "n": pasted(2) }));
            if let Some(Json::Array(people)) = members.get_mut("members") {
                for (i, person) in people.iter_mut().enumerate() {
                    if let Json::Object(person) = person {
                        person.insert("name".into(), json!(format!("张伟{}", pasted(i + 3))));
                        person.insert("idNumber".into(), json!(identifiers[i % identifiers.len()]));
                        person.insert("phone".into(), json!(pasted(i)));
                    }
                }
            }
        }
        let opts = json!({
            "postedOn": "2025-09-30",
            "nameStyle": if full { "full" } else { "masked" },
            "locale": if english { "en" } else { "zh-CN" },
            "monthlyAmount": 1330.5,
        });
        let opts = NoticeOptions::read(&opts).expect("valid options");
        let notice = publicity_notice(&app, &opts, calendar(), divisions());
        let Ok(notice) = notice else {
            let f = notice.unwrap_err();
            assert_coded(&f);
            return Ok(());
        };
        let view = jiuzhu::render::publicity::notice(&notice, opts.locale);
        let shown = serde_json::to_value(&view).expect("a notice serialises");
        let shown = format!("{}\n{}\n{}", shown["text"], shown["html"], shown["fields"]);
        let runs = digit_runs(&shown);
        for identifier in &identifiers {
            let digits = digits_of(identifier);
            prop_assert!(
                !runs.iter().any(|run| run.contains(&digits)),
                "{identifier} is shown: {shown}"
            );
            prop_assert!(!shown.contains(identifier.as_str()), "{identifier}");
        }
        // Whatever else: no run of seven digits at all.
        prop_assert!(runs.iter().all(|run| run.len() < 7), "{shown}");
    }
}
