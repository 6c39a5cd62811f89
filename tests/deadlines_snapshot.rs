//! Whole outputs of the deadlines module pinned as digests: the JSON of thousands of generated case
//! timelines (every scenario of events, with and without today, provisional or not, publicity
//! overrides, both locales), their SVG pictures, and the disbursement schedule of every month of
//! ten years in both modes; and two smaller digests moved here from tests/pinned.rs (hand-picked
//! timelines, and the schedules in both locales). These make sure a rewrite changes no byte of
//! what the module answers. Set `JIUZHU_SNAPSHOT_OUT=<file>` to write the text that is digested,
//! to compare two versions with `diff`.

use chrono::{Days, NaiveDate};
use jiuzhu::calendar::{Calendar, Mode};
use jiuzhu::deadlines::{
    case_timeline, disbursement_schedule, Procedure, Timeline, TimelineOptions,
};
use jiuzhu::failure::Failure;
use jiuzhu::messages::message;
use jiuzhu::render::deadlines::{disbursement, timeline, timeline_svg};
use jiuzhu::Locale;
use serde_json::Value;

mod common;

use common::{Digest, LOCALES, MODES};

/// FNV-1a, 64 bits: stable across platforms and Rust versions, unlike `DefaultHasher`.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes the digested text where `JIUZHU_SNAPSHOT_OUT` says (with a suffix per snapshot).
fn keep(name: &str, text: &str) {
    if let Ok(base) = std::env::var("JIUZHU_SNAPSHOT_OUT") {
        std::fs::write(format!("{base}.{name}"), text).unwrap();
    }
}

fn failure(out: &mut String, f: &Failure) {
    out.push_str(&format!(
        "failure {} {} {:?} {} | {}\n",
        f.code.as_str(),
        f.path,
        f.params.iter().collect::<Vec<_>>(),
        message(f, Locale::ZhCn),
        message(f, Locale::En)
    ));
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// The timeline as `caseTimeline` returns it, as JSON text.
fn timeline_text(t: &Timeline, locale: Locale) -> String {
    serde_json::to_string(&timeline(t, locale)).unwrap()
}

/// A small deterministic generator (a linear congruential one) for the offsets between events.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

fn plus(date: NaiveDate, days: u64) -> String {
    date.checked_add_days(Days::new(days)).unwrap().to_string()
}

fn minus(date: NaiveDate, days: u64) -> String {
    date.checked_sub_days(Days::new(days)).unwrap().to_string()
}

/// The events of scenario `n` around `base`.
fn events(n: u64, base: NaiveDate, rng: &mut Lcg) -> String {
    let b = base.to_string();
    let mut at = 0;
    let mut step = |rng: &mut Lcg, max: u64| {
        at += rng.next(max);
        plus(base, at)
    };
    match n {
        0 => format!(r#"{{"acceptedOn":"{b}"}}"#),
        1 => format!(
            r#"{{"acceptedOn":"{b}","verificationEntrustedOn":"{}"}}"#,
            step(rng, 6)
        ),
        2 => {
            let (e, c, p, d) = (step(rng, 5), step(rng, 20), step(rng, 6), step(rng, 14));
            format!(
                r#"{{"acceptedOn":"{b}","verificationEntrustedOn":"{e}","verificationCompletedOn":"{c}","publicityPostedOn":"{p}","decidedOn":"{d}"}}"#
            )
        }
        3 => format!(r#"{{"publicityPostedOn":"{b}","decidedOn":null}}"#),
        4 => format!(r#"{{"acceptedOn":"{b}","decidedOn":"{}"}}"#, step(rng, 30)),
        5 => format!(
            r#"{{"stopNoticeServedOn":"{b}","stopDecidedOn":"{}"}}"#,
            step(rng, 8)
        ),
        6 => format!(
            r#"{{"acceptedOn":"{b}","verificationEntrustedOn":"{}","publicityPostedOn":"{}"}}"#,
            minus(base, rng.next(4) + 1),
            step(rng, 25)
        ),
        7 => format!(
            r#"{{"acceptedOn":"{b}","foo":"x","verificationEntrustedOn":"2026-02-30","verificationCompletedOn":5,"stopNoticeServedOn":"{}"}}"#,
            step(rng, 40)
        ),
        _ => format!(
            r#"{{"verificationCompletedOn":"{b}","publicityPostedOn":"{}","stopNoticeServedOn":"{}","stopDecidedOn":"{}"}}"#,
            step(rng, 3),
            step(rng, 9),
            step(rng, 3)
        ),
    }
}

fn options(base: NaiveDate, rng: &mut Lcg) -> String {
    let mut members = Vec::new();
    match rng.next(3) {
        0 => {}
        1 => members.push(format!(r#""today":"{}""#, plus(base, rng.next(40)))),
        _ => members.push(format!(r#""today":"{}""#, plus(base, rng.next(120)))),
    }
    if rng.next(3) == 0 {
        members.push(r#""provisional":true"#.to_owned());
    }
    match rng.next(6) {
        0 => members.push(r#""publicity":{"length":5,"unit":"workingDays"}"#.to_owned()),
        1 => members.push(r#""publicity":{"length":10}"#.to_owned()),
        2 => members.push(r#""publicity":{"unit":"calendarDays"}"#.to_owned()),
        _ => {}
    }
    format!("{{{}}}", members.join(","))
}

#[test]
fn timelines_and_pictures_keep_every_byte() {
    let procedure = Procedure::embedded();
    let calendar = Calendar::embedded();
    let mut rng = Lcg(21);
    let (mut json, mut svg) = (String::new(), String::new());
    let mut base = NaiveDate::from_ymd_opt(2019, 11, 3).unwrap();
    let end = NaiveDate::from_ymd_opt(2027, 9, 1).unwrap();
    let mut case = 0u64;
    while base < end {
        for scenario in 0..9 {
            let events = events(scenario, base, &mut rng);
            let opts = options(base, &mut rng);
            let locale = if case % 2 == 0 {
                Locale::ZhCn
            } else {
                Locale::En
            };
            case += 1;
            let header = format!("# {events} {opts} {locale:?}\n");
            json.push_str(&header);
            svg.push_str(&header);
            let events = self::json(&events);
            let opts = TimelineOptions::read(&self::json(&opts)).unwrap();
            match case_timeline(&procedure, &calendar, &events, &opts) {
                Ok(t) => {
                    json.push_str(&timeline_text(&t, locale));
                    json.push('\n');
                    svg.push_str(&timeline_svg(&t, &calendar, opts.mode, locale));
                    svg.push('\n');
                }
                Err(f) => failure(&mut json, &f),
            }
        }
        base = base.checked_add_days(Days::new(7)).unwrap();
    }
    for (events, opts) in [
        ("[]", "{}"),
        ("{}", "1"),
        ("{}", r#"{"today":1}"#),
        ("{}", r#"{"today":"2026-13-01"}"#),
        ("{}", r#"{"provisional":"yes"}"#),
        ("{}", r#"{"publicity":[]}"#),
        ("{}", r#"{"publicity":{"length":0}}"#),
        ("{}", r#"{"publicity":{"length":1.5}}"#),
        ("{}", r#"{"publicity":{"unit":"days"}}"#),
        ("{}", r#"{"publicity":{"unit":3}}"#),
        ("{}", "null"),
    ] {
        json.push_str(&format!("# {events} {opts}\n"));
        let read = TimelineOptions::read(&self::json(opts))
            .and_then(|o| case_timeline(&procedure, &calendar, &self::json(events), &o));
        match read {
            Ok(t) => json.push_str(&timeline_text(&t, Locale::En)),
            Err(f) => failure(&mut json, &f),
        }
    }
    keep("timelines", &json);
    keep("svg", &svg);
    assert_eq!(
        (digest(&json), digest(&svg), json.len(), svg.len()),
        (
            17_524_470_882_960_823_275,
            5_076_518_084_960_432_186,
            12_517_954,
            16_988_064
        )
    );
}

#[test]
fn disbursement_schedules_keep_every_byte() {
    let procedure = Procedure::embedded();
    let calendar = Calendar::embedded();
    let mut out = String::new();
    for year in 2018..=2029 {
        for month in 0..=13 {
            for (mode, locale) in [
                (Mode::Published, Locale::ZhCn),
                (Mode::Published, Locale::En),
                (Mode::Provisional, Locale::En),
                (Mode::Provisional, Locale::ZhCn),
            ] {
                out.push_str(&format!("# {year}-{month} {mode:?} {locale:?}\n"));
                match disbursement_schedule(&procedure, &calendar, year, month, mode) {
                    Ok(s) => {
                        out.push_str(&serde_json::to_string(&disbursement(&s, locale)).unwrap());
                        out.push('\n');
                    }
                    Err(f) => failure(&mut out, &f),
                }
            }
        }
    }
    for year in [i64::MAX, -300_000] {
        match disbursement_schedule(&procedure, &calendar, year, 1, Mode::Provisional) {
            Ok(s) => out.push_str(&serde_json::to_string(&disbursement(&s, Locale::En)).unwrap()),
            Err(f) => failure(&mut out, &f),
        }
    }
    keep("disbursement", &out);
    assert_eq!(
        (digest(&out), out.len()),
        (12_486_908_087_420_321_097, 940_017)
    );
}

#[test]
fn timelines_and_their_pictures() {
    let mut digest = Digest::new();
    let procedure = Procedure::embedded();
    let cal = Calendar::embedded();
    let cases = [
        (
            r#"{"acceptedOn":"2026-09-28","verificationEntrustedOn":"2026-09-30"}"#,
            r#"{"today":"2026-10-26"}"#,
        ),
        (r#"{"acceptedOn":"2026-03-02"}"#, r#"{}"#),
        (
            r#"{"acceptedOn":"2026-03-02","verificationEntrustedOn":"2026-03-04","verificationCompletedOn":"2026-03-20","decidedOn":"2026-03-30","publicityPostedOn":"2026-04-01"}"#,
            r#"{"today":"2026-04-20"}"#,
        ),
        (
            r#"{"acceptedOn":"2026-12-01"}"#,
            r#"{"provisional":true,"today":"2026-12-20"}"#,
        ),
        (
            r#"{"acceptedOn":"2026-12-01"}"#,
            r#"{"today":"2026-12-20"}"#,
        ),
        (
            r#"{"acceptedOn":"2025-01-24","verificationEntrustedOn":"2025-01-27"}"#,
            r#"{"today":"2025-01-26"}"#,
        ),
        (
            r#"{"stopNoticeServedOn":"2026-06-01","stopDecidedOn":"2026-06-20"}"#,
            r#"{"today":"2026-07-01"}"#,
        ),
        (
            r#"{"acceptedOn":"2026-03-10","decidedOn":"2026-03-01"}"#,
            r#"{"today":"2026-03-05"}"#,
        ),
    ];
    for (events, options) in cases {
        let opts = TimelineOptions::read(&json(options)).unwrap();
        match case_timeline(&procedure, &cal, &json(events), &opts) {
            Ok(t) => {
                for locale in LOCALES {
                    digest.json(&timeline(&t, locale));
                    digest.add(&timeline_svg(&t, &cal, opts.mode, locale));
                }
            }
            Err(f) => digest.failure(&f),
        }
    }
    assert_eq!(digest.0, 1419486925049137440, "digest of the timelines");
}

#[test]
fn disbursement_schedules() {
    let mut digest = Digest::new();
    let procedure = Procedure::embedded();
    let cal = Calendar::embedded();
    for year in 2019..=2028 {
        for month in 0..=13 {
            for mode in MODES {
                match disbursement_schedule(&procedure, &cal, year, month, mode) {
                    Ok(s) => {
                        for locale in LOCALES {
                            digest.json(&disbursement(&s, locale));
                        }
                    }
                    Err(f) => digest.failure(&f),
                }
            }
        }
    }
    assert_eq!(digest.0, 6898879869681650013, "digest of the schedules");
}
