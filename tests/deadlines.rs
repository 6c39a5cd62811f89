//! Behaviour of the procedure deadlines through the public Rust API: the worked vectors of the
//! procedure (docs/domain.md), the payment months checked by hand, every status, events out of order, unpublished
//! years, the SVG picture, and properties over every day of the calendar.

use chrono::NaiveDate;
use jiuzhu::calendar::{parse_date, Calendar, Mode};
use jiuzhu::deadlines::{
    case_timeline, disbursement_schedule, period_end, Period, Procedure, Status, Timeline,
    TimelineOptions, Unit,
};
use jiuzhu::render::deadlines::{disbursement, timeline, timeline_svg};
use jiuzhu::{Code, Locale};
use serde_json::Value as Json;

fn d(s: &str) -> NaiveDate {
    parse_date(s, "").unwrap()
}

fn json(text: &str) -> Json {
    serde_json::from_str(text).unwrap()
}

fn opts(text: &str) -> TimelineOptions {
    TimelineOptions::read(&json(text)).unwrap()
}

/// The timeline as `caseTimeline` returns it.
fn timeline_json(t: &Timeline, locale: Locale) -> Json {
    serde_json::to_value(timeline(t, locale)).unwrap()
}

struct Case {
    procedure: Procedure,
    calendar: Calendar,
}

impl Case {
    fn new() -> Case {
        Case {
            procedure: Procedure::embedded(),
            calendar: Calendar::embedded(),
        }
    }

    fn timeline(&self, events: &str, options: &str) -> Timeline<'_> {
        case_timeline(
            &self.procedure,
            &self.calendar,
            &json(events),
            &opts(options),
        )
        .unwrap()
    }
}

fn due(t: &Timeline, step: &str) -> Option<String> {
    t.step(step).and_then(|s| s.due).map(|d| d.to_string())
}

fn status(t: &Timeline, step: &str) -> Status {
    t.step(step).unwrap().status
}

fn has(t: &Timeline, code: &str, path: &str) -> bool {
    t.findings
        .iter()
        .any(|f| f.failure.code.as_str() == code && f.failure.path == path)
}

#[test]
fn worked_vectors_of_the_domain_brief() {
    let case = Case::new();
    for (accepted, entrust) in [
        ("2025-01-24", "2025-01-27"),
        ("2026-02-13", "2026-02-24"),
        ("2022-01-28", "2022-01-30"),
    ] {
        let t = case.timeline(&format!(r#"{{"acceptedOn":"{accepted}"}}"#), "null");
        assert_eq!(
            due(&t, "verificationEntrusted").as_deref(),
            Some(entrust),
            "{accepted}"
        );
    }
    for (entrusted, completed) in [("2025-09-26", "2025-10-20"), ("2020-01-23", "2020-02-18")] {
        let t = case.timeline(
            &format!(r#"{{"verificationEntrustedOn":"{entrusted}"}}"#),
            "null",
        );
        assert_eq!(due(&t, "verificationCompleted").as_deref(), Some(completed));
    }
    let t = case.timeline(r#"{"stopNoticeServedOn":"2026-09-30"}"#, "null");
    assert_eq!(due(&t, "defenceWindowEnds").as_deref(), Some("2026-10-10"));
    assert_eq!(due(&t, "formalStopEarliest").as_deref(), Some("2026-10-12"));
    // Posted 2025-09-30: the 7th day, 10-07, is a holiday, so publicity ends 10-09; the decision is
    // due two working days later, the Saturday make-up day 10-11.
    let t = case.timeline(r#"{"publicityPostedOn":"2025-09-30"}"#, "null");
    assert_eq!(due(&t, "publicityEnds").as_deref(), Some("2025-10-09"));
    assert_eq!(due(&t, "decision").as_deref(), Some("2025-10-11"));
}

#[test]
fn steps_carry_rule_basis_and_explanation() {
    let case = Case::new();
    let t = case.timeline(r#"{"verificationEntrustedOn":"2026-09-30"}"#, "null");
    let json = timeline_json(&t, Locale::ZhCn);
    let step = &json.get("steps").unwrap().as_array().unwrap()[1];
    assert_eq!(
        step.get("step").and_then(Json::as_str),
        Some("verificationCompleted")
    );
    let rule = step.get("rule").unwrap();
    assert_eq!(rule.get("workingDays").and_then(Json::as_f64), Some(12.0));
    assert_eq!(
        rule.get("after").and_then(Json::as_str),
        Some("verificationEntrustedOn")
    );
    assert!(step
        .get("basis")
        .and_then(Json::as_str)
        .unwrap()
        .contains("12个工作内完成"));
    let labels = step.get("labels").unwrap();
    assert!(labels.get("zh-CN").is_some() && labels.get("en").is_some());
    let explain: Vec<&str> = step
        .get("explain")
        .and_then(Json::as_array)
        .unwrap()
        .iter()
        .filter_map(Json::as_str)
        .collect();
    // The National Day block is skipped and the Saturday make-up day counted.
    assert!(explain
        .iter()
        .any(|l| l.contains("国庆节") && l.contains("顺延")));
    assert!(explain.iter().any(|l| l.contains("调休上班")));
    assert!(explain.last().unwrap().contains("2026-10-22"));
}

#[test]
fn every_status_relative_to_today() {
    let case = Case::new();
    let events = r#"{"acceptedOn":"2026-03-02"}"#; // due 2026-03-04
    let at = |today: &str| {
        status(
            &case.timeline(events, &format!(r#"{{"today":"{today}"}}"#)),
            "verificationEntrusted",
        )
    };
    assert_eq!(at("2026-03-03"), Status::Pending);
    assert_eq!(at("2026-03-04"), Status::DueToday);
    assert_eq!(at("2026-03-05"), Status::Overdue);
    let t = case.timeline(events, r#"{"today":"2026-03-05"}"#);
    assert!(has(&t, "stepOverdue", "steps.0"));
    let done = |on: &str| {
        let events = format!(r#"{{"acceptedOn":"2026-03-02","verificationEntrustedOn":"{on}"}}"#);
        let t = case.timeline(&events, r#"{"today":"2026-03-20"}"#);
        (status(&t, "verificationEntrusted"), t.codes())
    };
    assert_eq!(done("2026-03-04"), (Status::Done, vec![]));
    assert_eq!(done("2026-03-05").0, Status::DoneLate);
    assert!(done("2026-03-05").1.contains(&"stepLate"));
    // A period runs out by itself: pending, due today, then done.
    let posted = |today: &str| {
        status(
            &case.timeline(
                r#"{"publicityPostedOn":"2026-03-02"}"#,
                &format!(r#"{{"today":"{today}"}}"#),
            ),
            "publicityEnds",
        )
    };
    assert_eq!(posted("2026-03-08"), Status::Pending);
    assert_eq!(posted("2026-03-09"), Status::DueToday);
    assert_eq!(posted("2026-03-10"), Status::Done);
}

#[test]
fn without_today_only_what_the_events_prove() {
    let case = Case::new();
    // Nothing after acceptance is known: the step may or may not be late.
    let t = case.timeline(r#"{"acceptedOn":"2026-03-02"}"#, "null");
    assert_eq!(status(&t, "verificationEntrusted"), Status::Pending);
    // A decision on 03-30 proves that today is at least 03-30: entrustment (due 03-04) is overdue.
    let t = case.timeline(
        r#"{"acceptedOn":"2026-03-02","publicityPostedOn":"2026-03-20","decidedOn":"2026-03-30"}"#,
        "null",
    );
    assert_eq!(status(&t, "verificationEntrusted"), Status::Overdue);
    assert_eq!(status(&t, "publicityEnds"), Status::Done);
    assert_eq!(status(&t, "decision"), Status::Done);
    assert!(timeline_json(&t, Locale::En)
        .get("today")
        .unwrap()
        .is_null());
}

#[test]
fn events_out_of_order_are_findings() {
    let case = Case::new();
    // Publicity before verification completed.
    let t = case.timeline(
        r#"{"acceptedOn":"2026-03-02","verificationEntrustedOn":"2026-03-03","verificationCompletedOn":"2026-03-18","publicityPostedOn":"2026-03-10"}"#,
        "null",
    );
    assert!(has(&t, "eventOutOfOrder", "events.publicityPostedOn"));
    // A decision before publicity ended (ends 03-30, so the earliest decision is 03-31).
    let t = case.timeline(
        r#"{"publicityPostedOn":"2026-03-23","decidedOn":"2026-03-27"}"#,
        "null",
    );
    let f = t
        .findings
        .iter()
        .find(|f| f.failure.code == Code::ACTED_TOO_EARLY)
        .unwrap();
    assert_eq!(f.failure.path, "events.decidedOn");
    assert_eq!(f.failure.param("earliest"), Some("2026-03-31"));
    assert_eq!(f.failure.param("step"), Some("publicityEnds"));
    // A decision on the last day of publicity is still too early.
    let t = case.timeline(
        r#"{"publicityPostedOn":"2026-03-23","decidedOn":"2026-03-30"}"#,
        "null",
    );
    assert!(has(&t, "actedTooEarly", "events.decidedOn"));
    let t = case.timeline(
        r#"{"publicityPostedOn":"2026-03-23","decidedOn":"2026-03-31"}"#,
        "null",
    );
    assert!(t.findings.is_empty(), "{:?}", t.codes());
    // The formal stop notice before the defence window ran out.
    let t = case.timeline(
        r#"{"stopNoticeServedOn":"2026-09-30","stopDecidedOn":"2026-10-09"}"#,
        "null",
    );
    assert!(has(&t, "actedTooEarly", "events.stopDecidedOn"));
    let t = case.timeline(
        r#"{"stopNoticeServedOn":"2026-09-30","stopDecidedOn":"2026-10-12"}"#,
        "null",
    );
    assert_eq!(status(&t, "formalStopEarliest"), Status::Done);
    assert!(t.findings.is_empty());
    // Events after today.
    let t = case.timeline(
        r#"{"acceptedOn":"2026-03-10"}"#,
        r#"{"today":"2026-03-09"}"#,
    );
    assert!(has(&t, "eventInFuture", "events.acceptedOn"));
}

#[test]
fn bad_events_are_findings_and_bad_arguments_failures() {
    let case = Case::new();
    let t = case.timeline(
        r#"{"acceptedOn":"2026-02-30","acceptedDate":"2026-03-02","decidedOn":7,"publicityPostedOn":null}"#,
        "null",
    );
    assert!(has(&t, "invalidDate", "events.acceptedOn"));
    assert!(has(&t, "invalidDate", "events.decidedOn"));
    assert!(has(&t, "unknownEvent", "events.acceptedDate"));
    assert!(t.steps.is_empty());
    let failure = case_timeline(
        &case.procedure,
        &case.calendar,
        &json("[]"),
        &TimelineOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        (
            failure.code,
            failure.path.as_str(),
            failure.param("expected")
        ),
        (Code::INVALID_ARGUMENT, "events", Some("object"))
    );
    for (bad, code, path) in [
        (r#"{"today":"tomorrow"}"#, "invalidDate", "opts.today"),
        (r#"{"today":20260301}"#, "invalidDate", "opts.today"),
        (
            r#"{"provisional":"yes"}"#,
            "invalidArgument",
            "opts.provisional",
        ),
        (r#"{"publicity":7}"#, "invalidArgument", "opts.publicity"),
        (
            r#"{"publicity":{"length":0}}"#,
            "invalidArgument",
            "opts.publicity.length",
        ),
        (
            r#"{"publicity":{"unit":"weeks"}}"#,
            "invalidArgument",
            "opts.publicity.unit",
        ),
        ("[]", "invalidArgument", "opts"),
    ] {
        let failure = TimelineOptions::read(&json(bad)).unwrap_err();
        assert_eq!((failure.code.as_str(), failure.path.as_str()), (code, path));
    }
}

#[test]
fn a_missing_event_is_projected_or_reported() {
    let case = Case::new();
    // Entrustment unknown: completion is counted from the latest lawful entrustment day.
    let t = case.timeline(r#"{"acceptedOn":"2026-03-02"}"#, "null");
    let step = t.step("verificationCompleted").unwrap();
    assert!(step.projected);
    assert_eq!(
        due(&t, "verificationCompleted").as_deref(),
        Some("2026-03-20")
    );
    // A decision whose publicity date is missing cannot be checked.
    let t = case.timeline(
        r#"{"acceptedOn":"2026-03-02","decidedOn":"2026-04-10"}"#,
        "null",
    );
    assert_eq!(due(&t, "decision"), None);
    assert!(has(&t, "missingEvent", "events.publicityPostedOn"));
}

#[test]
fn publicity_counting_is_an_option() {
    let case = Case::new();
    let posted = r#"{"publicityPostedOn":"2026-09-25"}"#;
    assert_eq!(
        due(&case.timeline(posted, "null"), "publicityEnds").as_deref(),
        Some("2026-10-08")
    );
    let t = case.timeline(posted, r#"{"publicity":{"unit":"workingDays"}}"#);
    // 09-28..09-30, 10-08, 10-09, the make-up Saturday 10-10, then 10-12.
    assert_eq!(due(&t, "publicityEnds").as_deref(), Some("2026-10-12"));
    let json = timeline_json(&t, Locale::En);
    let rule = json.get("steps").unwrap().as_array().unwrap()[2]
        .get("rule")
        .unwrap()
        .clone();
    assert_eq!(rule.get("workingDays").and_then(Json::as_f64), Some(7.0));
    let t = case.timeline(posted, r#"{"publicity":{"length":10}}"#);
    assert_eq!(due(&t, "publicityEnds").as_deref(), Some("2026-10-08"));
}

#[test]
fn a_case_crossing_into_an_unpublished_year() {
    let case = Case::new();
    let events = r#"{"acceptedOn":"2026-12-30"}"#;
    let t = case.timeline(events, "null");
    assert_eq!(due(&t, "verificationEntrusted"), None);
    let f = t
        .findings
        .iter()
        .find(|f| f.failure.code == Code::OUTSIDE_CALENDAR)
        .unwrap();
    assert_eq!(f.failure.path, "steps.0.dueOn");
    assert_eq!(f.failure.param("year"), Some("2027"));
    assert_eq!(f.failure.param("step"), Some("verificationEntrusted"));
    let t = case.timeline(events, r#"{"provisional":true}"#);
    let step = t.step("verificationEntrusted").unwrap();
    assert!(step.provisional);
    assert_eq!(
        due(&t, "verificationEntrusted").as_deref(),
        Some("2027-01-04")
    );
    assert!(has(&t, "provisionalDate", "steps.0.dueOn"));
    assert!(!t.codes().contains(&"outsideCalendar"));
}

fn schedule(year: i64, month: i64) -> Json {
    let case = Case::new();
    let s = disbursement_schedule(
        &case.procedure,
        &case.calendar,
        year,
        month,
        Mode::Published,
    )
    .unwrap();
    serde_json::to_value(disbursement(&s, Locale::ZhCn)).unwrap()
}

fn dates(s: &Json, cutoff: &str) -> Vec<String> {
    s.get(cutoff)
        .and_then(|c| c.get("dates"))
        .and_then(Json::as_array)
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_owned())
        .collect()
}

fn early(s: &Json) -> Vec<(String, Vec<String>)> {
    let list = s.get("earlyClosing").unwrap().get("holidays").unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let ids = h.get("cutoffs").and_then(Json::as_array).unwrap();
            (
                h.get("holiday").and_then(Json::as_str).unwrap().to_owned(),
                ids.iter().map(|i| i.as_str().unwrap().to_owned()).collect(),
            )
        })
        .collect()
}

#[test]
fn february_2026_spring_festival() {
    let s = schedule(2026, 2);
    assert_eq!(dates(&s, "systemWorkDue"), ["2026-02-25"]);
    // The two working days before the 25th: 02-24 and, across the Spring Festival block
    // (02-15..02-23), the Saturday make-up day 02-14.
    assert_eq!(
        dates(&s, "reconciliationDays"),
        ["2026-02-14", "2026-02-24"]
    );
    // February has no 30th; its last day 02-28 is a Saturday make-up working day.
    assert_eq!(dates(&s, "paymentDue"), ["2026-02-28"]);
    assert_eq!(dates(&s, "correctionPaymentDue"), ["2026-03-10"]);
    assert_eq!(
        early(&s),
        [(
            "springFestival".to_owned(),
            vec!["reconciliationDays".to_owned()]
        )]
    );
    let basis = s.get("paymentDue").unwrap().get("basis").unwrap();
    assert!(basis.as_str().unwrap().contains("30日"));
}

#[test]
fn october_2026_national_day() {
    let s = schedule(2026, 10);
    // 10-25 is a Sunday: system work and reconciliation close on Friday 10-23.
    assert_eq!(dates(&s, "systemWorkDue"), ["2026-10-23"]);
    assert_eq!(
        dates(&s, "reconciliationDays"),
        ["2026-10-22", "2026-10-23"]
    );
    assert_eq!(dates(&s, "paymentDue"), ["2026-10-30"]);
    assert_eq!(dates(&s, "correctionPaymentDue"), ["2026-11-10"]);
    // Moved by a weekend only: no early closing.
    assert!(early(&s).is_empty());
    // September's corrections are due 10-10, the Saturday make-up day after National Day.
    assert_eq!(
        dates(&schedule(2026, 9), "correctionPaymentDue"),
        ["2026-10-10"]
    );
}

#[test]
fn january_2025_spring_festival_from_the_28th() {
    let s = schedule(2025, 1);
    assert_eq!(dates(&s, "systemWorkDue"), ["2025-01-24"]);
    assert_eq!(
        dates(&s, "reconciliationDays"),
        ["2025-01-23", "2025-01-24"]
    );
    // 01-28..01-30 are Spring Festival rest days: payment closes early on Monday 01-27.
    assert_eq!(dates(&s, "paymentDue"), ["2025-01-27"]);
    assert_eq!(dates(&s, "correctionPaymentDue"), ["2025-02-10"]);
    assert_eq!(
        early(&s),
        [("springFestival".into(), vec!["paymentDue".to_owned()])]
    );
}

#[test]
fn payment_months_at_the_calendar_edge() {
    let case = Case::new();
    let run = |y, m, mode| disbursement_schedule(&case.procedure, &case.calendar, y, m, mode);
    // December 2026: the corrections fall in unpublished January 2027.
    let s = run(2026, 12, Mode::Published).unwrap();
    assert!(s.cutoff("correctionPaymentDue").unwrap().dates.is_empty());
    assert_eq!(
        s.findings[0].failure.path.as_str(),
        "correctionPaymentDue.dueOn"
    );
    assert_eq!(s.findings[0].failure.code, Code::OUTSIDE_CALENDAR);
    // A month wholly beyond the calendar is a failure, or an estimate on request.
    let failure = run(2027, 3, Mode::Published).unwrap_err();
    assert_eq!(
        (failure.code, failure.path.as_str()),
        (Code::OUTSIDE_CALENDAR, "year")
    );
    let s = run(2027, 3, Mode::Provisional).unwrap();
    assert!(s
        .cutoffs
        .iter()
        .all(|c| c.provisional && !c.dates.is_empty()));
    assert_eq!(
        serde_json::to_value(disbursement(&s, Locale::En)).unwrap()["provisional"],
        Json::Bool(true)
    );
    for (y, m, path) in [
        (2026, 0, "month"),
        (2026, 13, "month"),
        (i64::MAX, 1, "year"),
    ] {
        let failure = run(y, m, Mode::Published).unwrap_err();
        assert_eq!(
            (failure.code, failure.path.as_str()),
            (Code::INVALID_ARGUMENT, path)
        );
    }
}

#[test]
fn every_basis_is_quoted_from_the_policy() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/policy/qingpu-2022-21.txt"
    );
    let policy = std::fs::read_to_string(path).expect("the policy text beside the repository");
    let p = Procedure::embedded();
    let bases = p
        .steps
        .iter()
        .map(|s| &s.basis)
        .chain(p.cutoffs.iter().map(|c| &c.basis))
        .chain([&p.early_closing_basis]);
    for basis in bases {
        assert!(policy.contains(basis.as_str()), "{basis}");
    }
}

#[test]
fn the_svg_states_status_in_words_and_escapes_everything() {
    let case = Case::new();
    let t = case.timeline(
        r#"{"acceptedOn":"2026-09-28","verificationEntrustedOn":"2026-09-30"}"#,
        r#"{"today":"2026-10-26"}"#,
    );
    assert_eq!(status(&t, "verificationCompleted"), Status::Overdue);
    let svg = timeline_svg(&t, &case.calendar, Mode::Published, Locale::ZhCn);
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains("<title>") && svg.contains("<desc>"));
    assert!(svg.contains(">已逾期<"), "overdue in words");
    assert!(!svg.contains("style"), "no style attributes or elements");
    // National Day rest days are shaded.
    assert!(svg.contains("#f6d9a8"));
    let en = timeline_svg(&t, &case.calendar, Mode::Published, Locale::En);
    assert!(en.contains(">Overdue<"));
    // Rules loaded at run time may carry any text: it is escaped.
    let mut procedure = Procedure::embedded();
    procedure.steps[0].id = "<script>&\"'".into();
    let t = case_timeline(
        &procedure,
        &case.calendar,
        &json(r#"{"acceptedOn":"2026-03-02"}"#),
        &TimelineOptions::default(),
    )
    .unwrap();
    let svg = timeline_svg(&t, &case.calendar, Mode::Published, Locale::ZhCn);
    assert!(!svg.contains("<script>") && svg.contains("&lt;script&gt;&amp;&quot;&#39;"));
    let empty = case.timeline("{}", "null");
    assert!(timeline_svg(&empty, &case.calendar, Mode::Published, Locale::En).contains("</svg>"));
}

#[test]
fn property_due_dates_never_precede_their_trigger() {
    let cal = Calendar::embedded();
    let last = d("2026-11-30");
    let mut day = d("2020-01-01");
    while day <= last {
        for length in [1, 2, 3, 7, 12] {
            for unit in [Unit::WorkingDays, Unit::CalendarDays] {
                let end = period_end(&cal, day, Period { length, unit }, Mode::Published).unwrap();
                assert!(end.due > day, "{day} {length} {unit:?}");
                assert!(cal.is_working_day(end.due, Mode::Published).unwrap());
                if let Some(nominal) = end.extended_from {
                    assert!(nominal < end.due);
                }
            }
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn property_adding_working_days_and_counting_back_agree() {
    let cal = Calendar::embedded();
    let last = d("2026-11-30");
    let mut day = d("2020-01-01");
    while day <= last {
        for n in [0, 1, 2, 3, 12] {
            let due = cal.add_working_days(day, n, Mode::Published).unwrap();
            assert_eq!(
                cal.working_days_between(day, due, Mode::Published).unwrap(),
                n,
                "{day} +{n}"
            );
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn property_timeline_steps_follow_their_triggers() {
    let case = Case::new();
    let mut day = d("2020-01-02");
    while day <= d("2026-11-30") {
        let date = day.to_string();
        let events = format!(
            r#"{{"acceptedOn":"{date}","publicityPostedOn":"{date}","stopNoticeServedOn":"{date}"}}"#
        );
        let t = case.timeline(&events, "null");
        for step in &t.steps {
            let (from, due) = (step.from.unwrap(), step.due.unwrap());
            assert!(due > from, "{date} {}", step.rule.id);
        }
        day = day.checked_add_days(chrono::Days::new(3)).unwrap();
    }
}

#[test]
fn findings_about_events_come_in_the_order_the_events_are_written() {
    let case = Case::new();
    let codes = |events: &str| -> Vec<(String, String)> {
        case.timeline(events, r#"{"today":"2026-03-01"}"#)
            .findings
            .iter()
            .map(|f| {
                (
                    f.failure.code.as_str().to_owned(),
                    f.failure.path.to_string(),
                )
            })
            .collect()
    };
    let f = |code: &str, path: &str| (code.to_owned(), path.to_owned());
    assert_eq!(
        codes(r#"{"verificationEntrustedOn":"x","foo":1,"acceptedOn":7}"#),
        [
            f("invalidDate", "events.verificationEntrustedOn"),
            f("unknownEvent", "events.foo"),
            f("invalidDate", "events.acceptedOn"),
        ]
    );
    assert_eq!(
        codes(r#"{"publicityPostedOn":"2026-03-03","acceptedOn":"2026-03-02"}"#)[..2],
        [
            f("eventInFuture", "events.publicityPostedOn"),
            f("eventInFuture", "events.acceptedOn"),
        ]
    );
}
