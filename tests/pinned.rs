//! Whole-output digests of what the library writes with numbers and dates in it: every day of the
//! calendar as `dayInfo` JSON, its coverage, calendar failures and their messages, identity checks,
//! application reports and JSON numbers (timelines and disbursement schedules are pinned in
//! tests/deadlines_snapshot.rs). These pin the output byte for byte so that replacing `core::fmt`
//! (which is kilobytes of the wasm) by small writers cannot change a character. Each digest is
//! FNV-1a over the texts in order.

use chrono::NaiveDate;
use jiuzhu::application::{validate_roster, Options};
use jiuzhu::calendar::{parse_date, Calendar};
use jiuzhu::divisions::Divisions;
use jiuzhu::identity::{validate_id_number, IdType};
use jiuzhu::{render, Failure};
use serde_json::Value as Json;

mod common;

use common::{Digest, LOCALES, MODES};

fn d(s: &str) -> NaiveDate {
    parse_date(s, "").unwrap()
}

fn json(text: &str) -> Json {
    serde_json::from_str(text).unwrap()
}

/// A 2027 notice shaped like the State Council's, shared by the calendar tests.
const YEAR_2027: &str = include_str!("fixtures/notice-2027.json");

#[test]
fn every_day_of_the_calendar() {
    let mut digest = Digest::new();
    let mut cal = Calendar::embedded();
    let days = |cal: &Calendar, digest: &mut Digest| {
        for day in d("2019-12-25").iter_days().take_while(|d| *d <= d_max()) {
            digest.add(&day.to_string());
            for mode in MODES {
                match cal.day_info(day, mode) {
                    Ok(info) => {
                        for locale in LOCALES {
                            digest.json(&render::calendar::day(&info, locale));
                        }
                    }
                    Err(f) => digest.failure(&f),
                }
            }
        }
        digest.json(&cal.coverage().unwrap());
    };
    days(&cal, &mut digest);
    let years = cal.load(&json(YEAR_2027)).unwrap();
    digest.json(&years);
    days(&cal, &mut digest);
    // A gap, and a year beyond the statutory rules.
    for text in [
        YEAR_2027.replace("2027", "2029"),
        YEAR_2027.replace("2027", "1999"),
        YEAR_2027.replace("2027", "27"),
    ] {
        digest.failure(&cal.load(&json(&text)).unwrap_err());
    }
    assert_eq!(digest.0, 11848086941686214312, "digest of every day");
}

fn d_max() -> NaiveDate {
    d("2029-01-05")
}

#[test]
fn identity_checks() {
    let mut digest = Digest::new();
    let values = [
        r#""310118198003150011""#,
        r#""31011819800315001X""#,
        r#""310118198003150012""#,
        r#""310118800315001""#,
        r#""3101181980031500""#,
        r#""310118203003150011""#,
        r#""310118198002300011""#,
        r#""H01234567""#,
        r#""810000198003150011""#,
        r#""abc""#,
        r#""""#,
        "null",
        "12",
        "[]",
    ];
    for value in values {
        for expected in [None, Some(IdType::ResidentId), IdType::parse("hkMacauPass")] {
            let check = validate_id_number(&json(value), expected, Some(d("2026-11-25")));
            for locale in LOCALES {
                digest.json(&render::application::id_check(&check, locale));
            }
            if let Some(f) = &check.failure {
                digest.failure(f);
            }
        }
    }
    assert_eq!(
        digest.0, 758548274305579596,
        "digest of the identity checks"
    );
}

#[test]
fn application_reports() {
    let mut digest = Digest::new();
    let roster = r#"[
      {"category":"minimumLiving","submittedOn":"2026-11-20","town":"310118105",
       "contact":{"phone":"021-1234567"},
       "members":[
         {"name":"张伟","idType":"residentId","idNumber":"310118198003150011","relationship":"self","monthlyIncome":{"wages":2100.555}},
         {"name":"","idType":"residentId","idNumber":"310118198003150012","relationship":"spouse","monthlyIncome":{"wages":-1}},
         {"name":"王","idType":"residentId","idNumber":"310118198003150011","relationship":"spouse"}],
       "assets":{"deposits":1e12},
       "bankAccount":{"accountNumber":"6217000010000000012"}},
      {"members":"none"}, 3, null, "x"
    ]"#;
    let options = Options {
        today: Some(d("2026-11-25")),
        fields: None,
    };
    for locale in LOCALES {
        let mut reports = Vec::new();
        let divisions = Divisions::embedded();
        let read = validate_roster(roster, &divisions, &options, |report| {
            reports
                .push(serde_json::to_string(&render::application::report(&report, locale)).unwrap())
        });
        assert!(read.is_ok());
        digest.add(&format!("[{}]", reports.join(",")));
    }
    assert_eq!(digest.0, 9619025148635579937, "digest of the reports");
}

/// The old writer kept at most six decimals and clamped to ±9e15 (`1.23456789` came back as
/// `1.234568`). Numbers now go through the library's own reader (`input::parse`, with its limits)
/// and come back from a validation's stored form (`Report::apply`) as the same numbers, written as
/// the shortest text that reads back as them.
#[test]
fn json_numbers_keep_every_digit() {
    let numbers = [
        0.0,
        12.5,
        0.1,
        2100.55,
        1e-7,
        5e-7,
        123456.0000004,
        1e16,
        -1e300,
        1.23456789,
    ];
    // As a portal would send them, in the shortest form that reads back as each number.
    let list = "[0.0,12.5,0.1,2100.55,1e-7,5e-7,123456.0000004,1e+16,-1e+300,1.23456789]";
    let text = format!(r#"{{"members":[],"futureField":{list}}}"#);
    let app = jiuzhu::input::parse(&text, &jiuzhu::input::Limits::DOCUMENT)
        .unwrap_or_else(|_| panic!("{text} is read"));
    let options = Options {
        today: Some(d("2026-11-25")),
        fields: None,
    };
    let stored = jiuzhu::application::validate(&app, &Divisions::embedded(), &options).apply(&app);
    let back: Vec<f64> = stored["futureField"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_f64().unwrap())
        .collect();
    assert_eq!(back, numbers);
    assert_eq!(serde_json::to_string(&stored["futureField"]).unwrap(), list);
    let f = Failure::new(jiuzhu::Code::INVALID_ARGUMENT, "n").with("value", 1.23456789);
    assert_eq!(f.param("value"), Some("1.23456789"));
}
