//! The decisions after intake through the public Rust API: every element of every notice missing
//! in turn, every date rule at its boundary (across the Spring Festival of 2026 and the National
//! Days of 2025 and 2026), remedies, the defence, private data, drafting from a case file; every
//! element of every payment method missing in turn and every refusal; every role conflict of a
//! case's record. Codes and paths are asserted, never wording.

use chrono::NaiveDate;
use jiuzhu::calendar::Holiday;
use jiuzhu::calendar::{Calendar, Mode};
use jiuzhu::deadlines::Procedure;
use jiuzhu::decisions::notices::{Checked, Composed, Element, NoticeKind, NoticeWording, Sources};
use jiuzhu::decisions::record::{check_case_record, RecordSources, Roles};
use jiuzhu::decisions::{check_notice, decision_notice, validate_payment_arrangement, Context};
use jiuzhu::divisions::Divisions;
use jiuzhu::messages::decisions::{blank, day, label, month, word};
use jiuzhu::messages::holiday_name;
use jiuzhu::render::decisions as render;
use jiuzhu::{Locale, Severity};
use serde_json::{json, Value};

struct World {
    procedure: Procedure,
    calendar: Calendar,
    divisions: Divisions,
    wording: NoticeWording,
    roles: Roles,
}

impl World {
    fn new() -> World {
        World {
            procedure: Procedure::embedded(),
            calendar: Calendar::embedded(),
            divisions: Divisions::embedded(),
            wording: NoticeWording::embedded().unwrap(),
            roles: Roles::embedded().unwrap(),
        }
    }

    fn ctx(&self) -> Context<'_> {
        Context {
            procedure: &self.procedure,
            calendar: &self.calendar,
            mode: Mode::Published,
        }
    }

    fn check(&self, kind: NoticeKind, draft: &Value) -> Checked {
        check_notice(kind, draft, &self.wording, &self.ctx())
    }

    /// `code path` of each finding.
    fn found(&self, kind: NoticeKind, draft: &Value) -> Vec<String> {
        self.check(kind, draft).report.code_paths()
    }

    fn compose(
        &self,
        kind: NoticeKind,
        case: &Value,
        today: Option<&str>,
        locale: Locale,
    ) -> Composed {
        let sources = Sources {
            wording: &self.wording,
            divisions: &self.divisions,
            context: self.ctx(),
        };
        let today = today.map(|t| jiuzhu::calendar::parse_date(t, "").unwrap());
        decision_notice(kind, case, &sources, today, locale).unwrap()
    }

    fn record(&self, record: &Value, today: Option<&str>, roles: Option<&Roles>) -> Vec<String> {
        let sources = RecordSources {
            roles: roles.unwrap_or(&self.roles),
            divisions: &self.divisions,
            context: self.ctx(),
            today: today.map(|t| jiuzhu::calendar::parse_date(t, "").unwrap()),
        };
        check_case_record(record, &sources).code_paths()
    }
}

fn s(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// `value` with the member at the dotted `path` removed.
fn without(value: &Value, path: &str) -> Value {
    let mut copy = value.clone();
    let (parent, last) = path.rsplit_once('.').map_or(("", path), |(p, l)| (p, l));
    let mut node = &mut copy;
    for key in parent.split('.').filter(|k| !k.is_empty()) {
        node = node.get_mut(key).unwrap();
    }
    node.as_object_mut().unwrap().remove(last).unwrap();
    copy
}

/// `value` with the member at `path` (keys and array indexes) set to `to`.
fn with(value: &Value, path: &str, to: Value) -> Value {
    let mut copy = value.clone();
    let mut node = &mut copy;
    for key in path.split('.') {
        node = match key.parse::<usize>() {
            Ok(i) if node.is_array() => &mut node[i],
            _ => {
                if node.get(key).is_none() {
                    node.as_object_mut()
                        .unwrap()
                        .insert(key.to_owned(), json!({}));
                }
                node.get_mut(key).unwrap()
            }
        };
    }
    *node = to;
    copy
}

fn remedies() -> Value {
    json!({
        "reconsideration": { "body": "青浦区人民政府", "days": 60 },
        "litigation": { "body": "上海市青浦区人民法院", "months": 6 }
    })
}

/// A complete draft of each kind, with dates that keep every rule.
fn complete(kind: NoticeKind) -> Value {
    let base = json!({
        "issuer": "青浦区赵巷镇人民政府",
        "addressee": { "name": "张伟", "role": "applicant" },
        "category": "minimumLiving",
    });
    let extra = match kind {
        NoticeKind::Approval => json!({
            "issuedOn": "2026-03-10",
            "events": { "publicityPostedOn": "2026-03-02" },
            "amount": 1510, "startMonth": "2026-03", "payment": "bank"
        }),
        NoticeKind::Refusal => json!({
            "issuedOn": "2026-03-10",
            "reasons": "家庭月人均收入高于本市最低生活保障标准。",
            "basis": "《上海市最低生活保障审核确认办法》第十条",
            "remedies": remedies()
        }),
        NoticeKind::Change => json!({
            "issuedOn": "2026-03-10",
            "oldAmount": 1510, "newAmount": 1200.5, "fromMonth": "2026-04",
            "reasons": "家庭成员就业，收入增加。",
            "basis": "《上海市最低生活保障审核确认办法》第二十五条",
            "remedies": remedies()
        }),
        NoticeKind::StopPreNotice => json!({
            "issuedOn": "2026-09-30",
            "events": { "stopNoticeServedOn": "2026-09-30" },
            "facts": "家庭成员名下新增机动车一辆。",
            "reasons": "家庭财产超过规定标准。",
            "basis": "《上海市最低生活保障审核确认办法》第十条",
            "defence": { "lastDay": "2026-10-10" }
        }),
        NoticeKind::Stop => json!({
            "issuedOn": "2026-10-12",
            "fromMonth": "2026-11",
            "events": { "stopNoticeServedOn": "2026-09-30" },
            "defence": { "received": false },
            "facts": "家庭成员名下新增机动车一辆。",
            "reasons": "家庭财产超过规定标准。",
            "basis": "《上海市最低生活保障审核确认办法》第十条",
            "remedies": remedies()
        }),
    };
    let mut draft = base;
    for (k, v) in extra.as_object().unwrap() {
        draft.as_object_mut().unwrap().insert(k.clone(), v.clone());
    }
    draft
}

#[test]
fn complete_drafts_have_no_findings() {
    let w = World::new();
    for kind in NoticeKind::ALL {
        let checked = w.check(*kind, &complete(*kind));
        assert_eq!(
            checked.report.code_paths(),
            Vec::<String>::new(),
            "{kind:?}"
        );
        assert!(checked.report.valid());
    }
}

#[test]
fn every_required_element_missing_in_turn() {
    let w = World::new();
    for kind in NoticeKind::ALL {
        let rule = w.wording.notice(*kind).unwrap();
        let draft = complete(*kind);
        for element in &rule.elements {
            let path = element.element.as_str();
            let checked = w.check(*kind, &without(&draft, path));
            assert_eq!(
                checked.report.code_paths(),
                [format!("elementMissing {path}")],
                "{kind:?} without {path}"
            );
            let finding = &checked.report.findings[0];
            assert_eq!(finding.severity, element.severity, "{kind:?} {path}");
            assert_eq!(
                finding.failure.param("provision"),
                Some(element.provision.as_str())
            );
            assert_eq!(
                checked.report.valid(),
                element.severity == Severity::Warning
            );
        }
    }
    // The lists are what the policy asks of each notice.
    let paths = |kind| -> Vec<&str> {
        let rule = w.wording.notice(kind).unwrap();
        rule.elements
            .iter()
            .filter(|e| e.severity == Severity::Error)
            .map(|e| e.element.as_str())
            .collect()
    };
    assert!(paths(NoticeKind::Refusal).ends_with(&[
        "reasons",
        "basis",
        "remedies.reconsideration",
        "remedies.litigation"
    ]));
    for element in ["facts", "reasons", "basis", "defence.lastDay"] {
        assert!(
            paths(NoticeKind::StopPreNotice).contains(&element),
            "{element}"
        );
    }
    for element in ["defence.received", "events.stopNoticeServedOn"] {
        assert!(paths(NoticeKind::Stop).contains(&element), "{element}");
    }
    for element in ["oldAmount", "newAmount", "fromMonth", "reasons"] {
        assert!(paths(NoticeKind::Change).contains(&element), "{element}");
    }
    for element in ["category", "amount", "startMonth", "payment"] {
        assert!(paths(NoticeKind::Approval).contains(&element), "{element}");
    }
}

#[test]
fn a_remedy_states_the_laws_period_and_body() {
    let w = World::new();
    let draft = complete(NoticeKind::Refusal);
    let cases = [
        (
            "remedies.reconsideration.days",
            json!(59),
            "remedyPeriodWrong remedies.reconsideration.days",
        ),
        (
            "remedies.reconsideration.days",
            json!(61),
            "remedyPeriodWrong remedies.reconsideration.days",
        ),
        (
            "remedies.litigation.months",
            json!(3),
            "remedyPeriodWrong remedies.litigation.months",
        ),
        (
            "remedies.litigation.months",
            json!(null),
            "elementMissing remedies.litigation.months",
        ),
        (
            "remedies.reconsideration.body",
            json!(" "),
            "elementMissing remedies.reconsideration.body",
        ),
        (
            "remedies.reconsideration.body",
            json!("青浦区民政局"),
            "remedyBodyUnexpected remedies.reconsideration.body",
        ),
        (
            "remedies.reconsideration.days",
            json!("60"),
            "elementInvalid remedies.reconsideration.days",
        ),
        (
            "remedies.litigation",
            json!("六个月"),
            "elementInvalid remedies.litigation",
        ),
    ];
    for (path, value, expected) in cases {
        assert_eq!(
            w.found(NoticeKind::Refusal, &with(&draft, path, value.clone())),
            [expected],
            "{path} = {value}"
        );
    }
    let wrong = w.check(
        NoticeKind::Refusal,
        &with(&draft, "remedies.reconsideration.days", json!(59)),
    );
    let f = &wrong.report.findings[0].failure;
    assert_eq!(
        (f.param("given"), f.param("required"), f.param("unit")),
        (Some("59"), Some("60"), Some("days"))
    );
    // The English body of the data is the same body.
    let english = with(
        &draft,
        "remedies.reconsideration.body",
        json!("the Qingpu District People's Government"),
    );
    assert!(w.found(NoticeKind::Refusal, &english).is_empty());
    // In a change, remedies are advised: a missing part is a warning, a wrong period still an error.
    let change = with(
        &complete(NoticeKind::Change),
        "remedies.litigation.months",
        json!(null),
    );
    let checked = w.check(NoticeKind::Change, &change);
    assert_eq!(checked.report.findings[0].severity, Severity::Warning);
    let change = with(
        &complete(NoticeKind::Change),
        "remedies.litigation.months",
        json!(12),
    );
    assert_eq!(
        w.check(NoticeKind::Change, &change).report.findings[0].severity,
        Severity::Error
    );
}

#[test]
fn a_refusal_goes_to_the_applicant_or_their_agent() {
    let w = World::new();
    let draft = complete(NoticeKind::Refusal);
    for role in ["householdHead", "other"] {
        let to = with(&draft, "addressee.role", json!(role));
        assert_eq!(
            w.found(NoticeKind::Refusal, &to),
            ["wrongAddressee addressee.role"],
            "{role}"
        );
    }
    let agent = with(&draft, "addressee.role", json!("agent"));
    assert_eq!(
        w.found(NoticeKind::Refusal, &agent),
        ["elementMissing applicant"]
    );
    assert!(w
        .found(
            NoticeKind::Refusal,
            &with(&agent, "applicant", json!("张伟"))
        )
        .is_empty());
    // No role: the applicant. An approval may go to the household head.
    assert!(w
        .found(NoticeKind::Refusal, &without(&draft, "addressee.role"))
        .is_empty());
    let head = with(
        &complete(NoticeKind::Approval),
        "addressee.role",
        json!("householdHead"),
    );
    assert!(w.found(NoticeKind::Approval, &head).is_empty());
    assert_eq!(
        w.found(
            NoticeKind::Refusal,
            &with(&draft, "addressee.role", json!("boss"))
        ),
        ["elementInvalid addressee.role"]
    );
}

#[test]
fn a_decision_comes_after_the_publicity_across_the_spring_festival() {
    let w = World::new();
    // Posted 2026-02-10: the 7th day, 02-17, is in the Spring Festival rest (02-15 to 02-23), so
    // the publicity ends on the first working day after it, 02-24; the decision is due within 2
    // working days, by 02-26.
    let draft = with(
        &complete(NoticeKind::Approval),
        "events.publicityPostedOn",
        json!("2026-02-10"),
    );
    let on = |day: &str| w.check(NoticeKind::Approval, &with(&draft, "issuedOn", json!(day)));
    let early = on("2026-02-24");
    assert_eq!(
        early.report.code_paths(),
        ["decisionBeforePublicityEnds issuedOn"]
    );
    let f = &early.report.findings[0].failure;
    assert_eq!(
        (f.param("publicityEnds"), f.param("earliest")),
        (Some("2026-02-24"), Some("2026-02-25"))
    );
    assert!(on("2026-02-25").report.code_paths().is_empty());
    assert!(on("2026-02-26").report.code_paths().is_empty());
    let late = on("2026-02-27");
    assert_eq!(late.report.code_paths(), ["decisionLate issuedOn"]);
    assert_eq!(late.report.findings[0].severity, Severity::Warning);
    assert_eq!(
        late.report.findings[0].failure.param("dueOn"),
        Some("2026-02-26")
    );
    // A refusal after a publicity keeps the same rule; without one there is none to wait for.
    let refusal = with(
        &complete(NoticeKind::Refusal),
        "events.publicityPostedOn",
        json!("2026-02-10"),
    );
    let refusal = with(&refusal, "issuedOn", json!("2026-02-20"));
    assert_eq!(
        w.found(NoticeKind::Refusal, &refusal),
        ["decisionBeforePublicityEnds issuedOn"]
    );
}

#[test]
fn a_decision_comes_after_the_publicity_across_national_day() {
    let w = World::new();
    // Posted 2025-09-30: the 7th day, 10-07, is in the National Day rest (10-01 to 10-08), so it
    // ends 10-09; the 2 working days are 10-10 and Saturday 10-11, a make-up working day.
    let draft = with(
        &complete(NoticeKind::Approval),
        "events.publicityPostedOn",
        json!("2025-09-30"),
    );
    let on = |day: &str| w.found(NoticeKind::Approval, &with(&draft, "issuedOn", json!(day)));
    assert_eq!(on("2025-10-09"), ["decisionBeforePublicityEnds issuedOn"]);
    assert!(on("2025-10-10").is_empty());
    assert!(on("2025-10-11").is_empty());
    assert_eq!(on("2025-10-13"), ["decisionLate issuedOn"]);
    assert_eq!(on("2025-09-29"), ["decisionBeforePublicityEnds issuedOn"]);
}

#[test]
fn the_prior_notice_gives_three_working_days_across_national_day_and_spring_festival() {
    let w = World::new();
    let draft = complete(NoticeKind::StopPreNotice);
    // Served 2026-09-30: 10-01 to 10-07 rest, 10-08 and 10-09 working days 1 and 2, Saturday
    // 10-10 a make-up working day, the 3rd.
    let last = |draft: &Value, day: &str| {
        w.check(
            NoticeKind::StopPreNotice,
            &with(draft, "defence.lastDay", json!(day)),
        )
    };
    let short = last(&draft, "2026-10-09");
    assert_eq!(
        short.report.code_paths(),
        ["defenceWindowShort defence.lastDay"]
    );
    let f = &short.report.findings[0].failure;
    assert_eq!(
        (f.param("lastDay"), f.param("required")),
        (Some("2026-10-09"), Some("2026-10-10"))
    );
    assert!(last(&draft, "2026-10-10").report.code_paths().is_empty());
    assert!(
        last(&draft, "2026-10-12").report.code_paths().is_empty(),
        "more time is allowed"
    );
    let window = last(&draft, "2026-10-10").window.unwrap();
    assert_eq!(window.last_day.to_string(), "2026-10-10");
    assert_eq!(
        window.earliest_stop.map(|d| d.to_string()).as_deref(),
        Some("2026-10-12")
    );
    assert_eq!(window.days, 3);
    let lines = render::check(&last(&draft, "2026-10-10"), &w.wording, Locale::ZhCn)
        .defence_window
        .unwrap()
        .explain;
    assert!(lines.len() >= 4, "day by day: {lines:?}");
    let national_day = holiday_name(Holiday::NationalDay, Locale::ZhCn);
    assert!(lines.iter().any(|l| l.contains(national_day)), "{lines:?}");

    // Served 2026-02-12: 02-13 and Saturday 02-14 (a make-up day) are working days 1 and 2, the
    // Spring Festival rest runs to 02-23, and 02-24 is the 3rd.
    let spring = with(
        &with(&draft, "events.stopNoticeServedOn", json!("2026-02-12")),
        "issuedOn",
        json!("2026-02-12"),
    );
    assert_eq!(
        last(&spring, "2026-02-23").report.code_paths(),
        ["defenceWindowShort defence.lastDay"]
    );
    assert!(last(&spring, "2026-02-24").report.code_paths().is_empty());

    // Served the day before it was issued; no service date (counted from the date of issue).
    let before = with(&draft, "events.stopNoticeServedOn", json!("2026-09-29"));
    assert_eq!(
        w.found(NoticeKind::StopPreNotice, &before),
        ["servedBeforeIssued events.stopNoticeServedOn"]
    );
    let unknown = without(&draft, "events.stopNoticeServedOn");
    let checked = w.check(NoticeKind::StopPreNotice, &unknown);
    assert_eq!(
        checked.report.code_paths(),
        ["servedOnAssumed events.stopNoticeServedOn"]
    );
    assert!(checked.report.valid());
    assert!(checked.window.unwrap().served_on_assumed);
}

#[test]
fn a_stop_notice_is_not_dated_inside_the_defence_window() {
    let w = World::new();
    let draft = complete(NoticeKind::Stop);
    let on =
        |draft: &Value, day: &str| w.check(NoticeKind::Stop, &with(draft, "issuedOn", json!(day)));
    // Served 2026-09-30: the window runs to Saturday 10-10; the first working day after is 10-12.
    let inside = on(&draft, "2026-10-10");
    assert_eq!(
        inside.report.code_paths(),
        ["stopInsideDefenceWindow issuedOn"]
    );
    let f = &inside.report.findings[0].failure;
    assert_eq!(
        (f.param("lastDay"), f.param("earliest")),
        (Some("2026-10-10"), Some("2026-10-12"))
    );
    assert_eq!(
        on(&draft, "2026-10-11").report.code_paths(),
        ["stopInsideDefenceWindow issuedOn"]
    );
    assert!(on(&draft, "2026-10-12").report.code_paths().is_empty());
    assert_eq!(
        on(&draft, "2026-09-29").report.code_paths(),
        ["stopInsideDefenceWindow issuedOn"]
    );
    // Across the Spring Festival: served 2026-02-12, the window runs to 02-24.
    let spring = with(&draft, "events.stopNoticeServedOn", json!("2026-02-12"));
    assert_eq!(
        on(&spring, "2026-02-24").report.code_paths(),
        ["stopInsideDefenceWindow issuedOn"]
    );
    assert!(on(&spring, "2026-02-25").report.code_paths().is_empty());
    // The prior notice gave a later day: the stop waits for it.
    let later = with(&draft, "defence.lastDay", json!("2026-10-13"));
    let checked = on(&later, "2026-10-13");
    assert_eq!(
        checked.report.code_paths(),
        ["stopInsideDefenceWindow issuedOn"]
    );
    assert_eq!(
        checked.report.findings[0].failure.param("earliest"),
        Some("2026-10-14")
    );
    assert!(on(&later, "2026-10-14").report.code_paths().is_empty());
}

#[test]
fn a_stop_notice_says_whether_a_defence_came_in_and_what_its_review_found() {
    let w = World::new();
    let draft = with(
        &complete(NoticeKind::Stop),
        "defence",
        json!({
            "received": true, "receivedOn": "2026-10-09", "reviewed": true, "outcome": "rejected",
            "reasons": "所述车辆登记在册，与事实不符。"
        }),
    );
    assert!(w.found(NoticeKind::Stop, &draft).is_empty());
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            with(&draft, "defence.reviewed", json!(false)),
            vec!["defenceNotReviewed defence.reviewed"],
        ),
        (
            without(&draft, "defence.reviewed"),
            vec!["defenceNotReviewed defence.reviewed"],
        ),
        (
            without(&draft, "defence.outcome"),
            vec!["elementMissing defence.outcome"],
        ),
        (
            without(&draft, "defence.reasons"),
            vec!["elementMissing defence.reasons"],
        ),
        (
            without(&draft, "defence.receivedOn"),
            vec!["elementMissing defence.receivedOn"],
        ),
        (
            with(&draft, "defence.outcome", json!("accepted")),
            vec!["defenceAcceptedYetStopped defence.outcome"],
        ),
        (
            with(&draft, "defence.receivedOn", json!("2026-09-29")),
            vec!["defenceBeforeService defence.receivedOn"],
        ),
        (
            with(&draft, "defence.receivedOn", json!("2026-10-10")),
            vec![],
        ),
        (
            with(&draft, "defence.receivedOn", json!("2026-10-11")),
            vec!["defenceAfterWindow defence.receivedOn"],
        ),
        (
            with(&draft, "defence.outcome", json!("maybe")),
            vec!["elementInvalid defence.outcome"],
        ),
        (
            with(&draft, "defence.received", json!("yes")),
            vec!["elementInvalid defence.received"],
        ),
    ];
    for (draft, expected) in cases {
        assert_eq!(
            w.found(NoticeKind::Stop, &draft),
            s(&expected),
            "{}",
            draft["defence"]
        );
    }
    let warned = w.check(NoticeKind::Stop, &without(&draft, "defence.receivedOn"));
    assert!(warned.report.valid(), "the day it came in is advised");
}

#[test]
fn a_change_changes_the_amount() {
    let w = World::new();
    let draft = with(&complete(NoticeKind::Change), "newAmount", json!(1510));
    let checked = w.check(NoticeKind::Change, &draft);
    assert_eq!(checked.report.code_paths(), ["amountUnchanged newAmount"]);
    assert!(checked.report.valid());
}

#[test]
fn no_full_id_or_bank_number_in_a_notice() {
    let w = World::new();
    let draft = complete(NoticeKind::Refusal);
    let cases = [
        (
            "reasons",
            "申请人身份证 310118198003150011 名下有房。",
            vec!["privateDataInNotice reasons"],
            "idNumber",
        ),
        (
            "basis",
            "存款账户 6217 0000 1000 0000 011 余额超标",
            vec!["privateDataInNotice basis"],
            "bankAccount",
        ),
        // A phone number first: the long number after it is still found (a wrong check character
        // makes it no ID number, but 18 digits are still an account's).
        (
            "reasons",
            "电话 13812345678，身份证 310118198003150012",
            vec!["privateDataInNotice reasons"],
            "bankAccount",
        ),
        ("reasons", "联系电话 021-59728888", vec![], ""),
        (
            "addressee.name",
            "310118198003150011",
            vec!["privateDataInNotice addressee.name"],
            "idNumber",
        ),
        (
            "unknownField",
            "卡号6217000010000000011",
            vec!["privateDataInNotice unknownField"],
            "bankAccount",
        ),
    ];
    for (path, text, expected, kind) in cases {
        let checked = w.check(NoticeKind::Refusal, &with(&draft, path, json!(text)));
        assert_eq!(checked.report.code_paths(), s(&expected), "{text}");
        if let Some(f) = checked.report.findings.first() {
            assert_eq!(f.failure.param("found"), Some(kind));
        }
    }
    // A checksummed ID after a phone number, typed in full-width digits.
    let after_phone = with(
        &draft,
        "reasons",
        json!("电话 13812345678，身份证 ３１０１１８１９８００３１５００１１"),
    );
    assert_eq!(
        w.found(NoticeKind::Refusal, &after_phone),
        ["privateDataInNotice reasons"]
    );
    // Inside arrays and objects, and a draft that is nothing but the number.
    let nested = with(
        &draft,
        "facts",
        json!(["x", { "y": "6217000010000000011" }]),
    );
    assert_eq!(
        w.found(NoticeKind::Refusal, &nested),
        ["elementInvalid facts", "privateDataInNotice facts.1.y"]
    );
    assert_eq!(
        w.found(NoticeKind::Refusal, &json!("310118198003150011")),
        ["elementInvalid ", "privateDataInNotice "]
    );
    // Dates, months and amounts are not numbers to hide.
    assert!(w
        .found(NoticeKind::Approval, &complete(NoticeKind::Approval))
        .is_empty());
}

#[test]
fn values_of_the_wrong_kind_are_invalid_and_not_also_missing() {
    let w = World::new();
    let draft = complete(NoticeKind::Approval);
    let cases = [
        ("issuer", json!(3)),
        ("issuedOn", json!("2026-02-30")),
        ("issuedOn", json!(20260310)),
        ("category", json!("money")),
        ("amount", json!("1510")),
        ("amount", json!(-1)),
        ("amount", json!(1510.123)),
        ("startMonth", json!("2026-3")),
        ("payment", json!("cash")),
        ("addressee", json!("张伟")),
        ("events", json!(["2026-03-02"])),
        ("events.publicityPostedOn", json!(true)),
    ];
    for (path, value) in cases {
        let found = w.found(NoticeKind::Approval, &with(&draft, path, value.clone()));
        assert_eq!(
            found.first().map(String::as_str),
            Some(format!("elementInvalid {path}").as_str()),
            "{path} = {value}"
        );
        assert!(
            !found.iter().any(|f| f == &format!("elementMissing {path}")),
            "{path}: {found:?}"
        );
    }
    for hostile in [json!(null), json!(1), json!("x"), json!([]), json!(true)] {
        for kind in NoticeKind::ALL {
            assert_eq!(w.found(*kind, &hostile), ["elementInvalid "], "{hostile}");
        }
    }
    // Deep nesting is walked to a limit, never to the end of the stack.
    let mut deep = json!("310118198003150011");
    for _ in 0..200 {
        deep = json!([deep]);
    }
    assert!(
        w.check(NoticeKind::Refusal, &with(&draft, "x", deep))
            .report
            .code_paths()
            .len()
            < 20
    );
}

#[test]
fn a_date_beyond_the_calendar_is_a_finding_not_a_failure() {
    let w = World::new();
    let draft = with(
        &complete(NoticeKind::Stop),
        "events.stopNoticeServedOn",
        json!("2031-09-30"),
    );
    let draft = with(&draft, "issuedOn", json!("2031-10-20"));
    assert_eq!(
        w.found(NoticeKind::Stop, &draft),
        ["outsideCalendar events.stopNoticeServedOn"]
    );
    let provisional = Context {
        mode: Mode::Provisional,
        ..w.ctx()
    };
    let checked = check_notice(NoticeKind::Stop, &draft, &w.wording, &provisional);
    assert_eq!(
        checked.report.code_paths(),
        ["provisionalDate events.stopNoticeServedOn"]
    );
}

fn application() -> Value {
    json!({
        "category": "minimumLiving",
        "town": "310118105",
        "committee": "赵巷村村民委员会",
        "contact": { "phone": "13812345678" },
        "members": [
            { "name": "张伟", "idNumber": "310118198003150011", "relationship": "self" },
            { "name": "李娜", "idNumber": "310118198205200022", "relationship": "spouse" }
        ],
        "bankAccount": { "bankName": "中国工商银行", "accountNumber": "6217000010000000011", "holderName": "张伟" },
        "agent": { "name": "王芳", "idNumber": "310118197001010018" }
    })
}

#[test]
fn a_notice_drafted_from_a_case_file() {
    let w = World::new();
    let case = json!({
        "application": application(),
        "events": { "publicityPostedOn": "2026-03-02", "acceptedOn": "2026-02-02" },
        "amount": 1510, "startMonth": "2026-03"
    });
    let composed = w.compose(
        NoticeKind::Approval,
        &case,
        Some("2026-03-10"),
        Locale::ZhCn,
    );
    let draft = &composed.draft;
    assert_eq!(draft["issuer"], "青浦区赵巷镇人民政府");
    assert_eq!(
        draft["addressee"],
        json!({ "name": "张伟", "role": "applicant" })
    );
    assert_eq!(draft["issuedOn"], "2026-03-10");
    assert_eq!(draft["category"], "minimumLiving");
    assert_eq!(draft["payment"], "bank", "bank payment is the norm");
    assert_eq!(
        draft["events"],
        json!({ "publicityPostedOn": "2026-03-02" })
    );
    assert!(composed.checked.report.code_paths().is_empty());
    let view = render::notice(&composed, &w.wording, Locale::ZhCn);
    let all =
        serde_json::to_string(&json!({ "d": draft, "t": view.text, "h": view.html })).unwrap();
    for private in [
        "310118198003150011",
        "6217000010000000011",
        "13812345678",
        "王芳",
        "李娜",
    ] {
        assert!(!all.contains(private), "{private} leaked");
    }
    // The printed notice is the wording data's, filled from the draft: what is asserted here is
    // where each value goes, not the words around it.
    let zh = Locale::ZhCn;
    let title = &w.wording.notice(NoticeKind::Approval).unwrap().title.zh;
    assert!(view.text.starts_with(&format!("{title}\n")));
    let amount = sentence(&view, Element::Amount);
    assert!(
        amount.contains("1510") && amount.contains(&month(2026, 3, zh)),
        "{amount}"
    );
    let issued = day(NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(), zh);
    let seal = word("seal", zh);
    assert!(view.text.ends_with(&format!("\n{seal}\n{issued}\n")));
    assert!(view
        .html
        .contains(&format!("<p class=\"jiuzhu-decision-seal\">{seal}</p>")));
    // Each printed sentence names its provision.
    assert!(view.sentences.iter().all(|s| s.provision.is_some()));
    assert_eq!(
        view.sentences
            .last()
            .unwrap()
            .provision
            .as_ref()
            .unwrap()
            .key,
        "qp32"
    );

    // A refusal: remedies from the data, to the agent when the case file says so.
    let case = json!({
        "application": application(),
        "addressee": { "name": "王芳", "role": "agent" },
        "reasons": "<b>收入</b>超标 & \"家庭财产\"",
        "basis": "《上海市最低生活保障审核确认办法》第十条"
    });
    let composed = w.compose(NoticeKind::Refusal, &case, Some("2026-03-10"), Locale::ZhCn);
    assert_eq!(composed.draft["applicant"], "张伟");
    assert_eq!(composed.draft["remedies"], remedies());
    assert!(
        composed.checked.report.code_paths().is_empty(),
        "{:?}",
        composed.checked.report.code_paths()
    );
    let view = render::notice(&composed, &w.wording, Locale::ZhCn);
    let to = sentence(&view, Element::Addressee);
    assert!(to.contains("王芳") && to.contains("张伟"), "{to}");
    assert!(view
        .html
        .contains("<p class=\"jiuzhu-decision-addressee\">王芳"));
    assert!(view
        .html
        .contains("&lt;b&gt;收入&lt;/b&gt;超标 &amp; &quot;家庭财产&quot;"));
    assert!(!view.html.contains("<b>"));
    let english = w.compose(NoticeKind::Refusal, &case, Some("2026-03-10"), Locale::En);
    let en = render::notice(&english, &w.wording, Locale::En);
    for (view, locale) in [(&view, Locale::ZhCn), (&en, Locale::En)] {
        for (element, law) in [
            (Element::Reconsideration, &w.wording.reconsideration),
            (Element::Litigation, &w.wording.litigation),
        ] {
            let remedy = sentence(view, element);
            assert!(
                remedy.contains(law.body.get(locale)) && remedy.contains(&law.period.to_string()),
                "{remedy}"
            );
        }
    }

    // A prior notice: the last day counted from the service date, with the window's lines.
    let case = json!({
        "application": application(),
        "events": { "stopNoticeServedOn": "2026-09-30" },
        "facts": "x", "reasons": "y", "basis": "z"
    });
    let composed = w.compose(
        NoticeKind::StopPreNotice,
        &case,
        Some("2026-09-30"),
        Locale::ZhCn,
    );
    assert_eq!(
        composed.draft["defence"],
        json!({ "lastDay": "2026-10-10" })
    );
    assert!(composed.checked.report.code_paths().is_empty());
    let view = render::notice(&composed, &w.wording, Locale::ZhCn);
    let last_day = sentence(&view, Element::DefenceLastDay);
    let tenth = day(NaiveDate::from_ymd_opt(2026, 10, 10).unwrap(), Locale::ZhCn);
    assert!(
        last_day.contains(&tenth) && last_day.contains('3'),
        "{last_day}"
    );
    // Not served yet: counted from the day of issue; a service date that is no date: not counted.
    let unserved =
        json!({ "application": application(), "facts": "x", "reasons": "y", "basis": "z" });
    let composed = w.compose(
        NoticeKind::StopPreNotice,
        &unserved,
        Some("2026-09-30"),
        Locale::ZhCn,
    );
    assert_eq!(
        composed.draft["defence"],
        json!({ "lastDay": "2026-10-10" })
    );
    assert_eq!(
        composed.checked.report.code_paths(),
        ["servedOnAssumed events.stopNoticeServedOn"]
    );
    let misdated = with(
        &unserved,
        "events",
        json!({ "stopNoticeServedOn": "2026-09-31" }),
    );
    let composed = w.compose(
        NoticeKind::StopPreNotice,
        &misdated,
        Some("2026-09-30"),
        Locale::ZhCn,
    );
    assert_eq!(composed.draft.get("defence"), None);
    assert_eq!(
        composed.checked.report.code_paths(),
        [
            "elementInvalid events.stopNoticeServedOn",
            "elementMissing defence.lastDay"
        ]
    );
    // Nothing known: every element missing, blanks in the printed notice, no failure.
    let empty = w.compose(NoticeKind::Stop, &json!({}), None, Locale::ZhCn);
    assert!(!empty.checked.report.valid());
    let view = render::notice(&empty, &w.wording, Locale::ZhCn);
    assert!(view.text.contains(blank(Locale::ZhCn)));
}

/// The text of the printed sentence of `element` (the first, when there are several).
fn sentence<'v>(view: &'v render::NoticeView, element: Element) -> &'v str {
    let found = view.sentences.iter().find(|s| s.element == element);
    found.map_or("", |s| s.text.as_str())
}

#[test]
fn a_case_file_that_is_not_an_object_is_refused() {
    let w = World::new();
    let sources = Sources {
        wording: &w.wording,
        divisions: &w.divisions,
        context: w.ctx(),
    };
    for hostile in [json!(null), json!([]), json!("x"), json!(1)] {
        let f = decision_notice(NoticeKind::Approval, &hostile, &sources, None, Locale::ZhCn)
            .unwrap_err();
        assert_eq!(
            (f.code.as_str(), f.path.as_str()),
            ("invalidArgument", "caseFile")
        );
    }
}

#[test]
fn findings_are_named_in_words() {
    let w = World::new();
    let draft = without(&complete(NoticeKind::Refusal), "reasons");
    let checked = w.check(NoticeKind::Refusal, &draft);
    let failure = &checked.report.findings[0].failure;
    assert_eq!(
        (failure.code.as_str(), failure.path.as_str()),
        ("elementMissing", "reasons")
    );
    let provision = failure.param("provision").unwrap();
    for locale in [Locale::ZhCn, Locale::En] {
        let view = render::check(&checked, &w.wording, locale);
        let e = &view.errors[0];
        assert_eq!(
            (e.code.as_str(), e.path.as_str()),
            ("elementMissing", "reasons")
        );
        assert_eq!(e.label, label(&failure.path, "notice", locale));
        // The provision the data names is quoted by its name, the field by its label.
        let name = w.wording.provision(provision).unwrap().name.get(locale);
        assert!(e.message.contains(name), "{}", e.message);
        assert!(
            e.message.to_lowercase().contains(&e.label.to_lowercase()),
            "{}",
            e.message
        );
        for e in &view.errors {
            assert!(
                !e.message.contains('{') && !e.message.contains("remedies"),
                "{}",
                e.message
            );
        }
    }
}

// ---- payment (三（二）) ----

fn bank() -> Value {
    json!({ "method": "bank", "account": { "holder": "张伟", "holderRelationship": "self" } })
}

fn home() -> Value {
    json!({ "method": "homeDelivery", "specialCircumstance": "所在村尚无银行网点。", "signedBy": "applicant" })
}

fn in_person() -> Value {
    json!({ "method": "inPerson", "specialCircumstance": "账户被冻结。", "collectedBy": "applicant" })
}

fn family_proxy() -> Value {
    json!({
        "method": "proxy", "specialCircumstance": "账户被冻结。",
        "request": { "written": true, "by": "applicant", "on": "2026-03-02", "reason": "health" },
        "proxy": { "name": "张强", "kind": "relative" }
    })
}

fn staff_proxy() -> Value {
    json!({
        "method": "proxy", "specialCircumstance": "账户被冻结。",
        "request": { "written": true, "by": "householdHead", "on": "2026-03-02", "reason": "other", "reasonText": "独居，行动不便。" },
        "proxy": { "name": "刘敏", "kind": "staff" },
        "familyUnable": true,
        "centreCheckedOn": "2026-03-04",
        "agreement": { "signedOn": "2026-03-05", "signedWith": "agent", "filedOn": "2026-03-06" }
    })
}

fn paid(value: &Value) -> Vec<String> {
    validate_payment_arrangement(value).code_paths()
}

#[test]
fn complete_arrangements_have_no_findings() {
    for a in [bank(), home(), in_person(), family_proxy(), staff_proxy()] {
        assert_eq!(paid(&a), Vec::<String>::new(), "{a}");
    }
}

#[test]
fn every_element_of_every_method_missing_in_turn() {
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            bank(),
            vec![
                "method",
                "account",
                "account.holder",
                "account.holderRelationship",
            ],
        ),
        (home(), vec!["specialCircumstance", "signedBy"]),
        (in_person(), vec!["specialCircumstance", "collectedBy"]),
        (
            family_proxy(),
            vec![
                "specialCircumstance",
                "request",
                "request.written",
                "request.by",
                "request.on",
                "request.reason",
                "proxy",
                "proxy.name",
                "proxy.kind",
            ],
        ),
        (
            staff_proxy(),
            vec![
                "request.reasonText",
                "familyUnable",
                "centreCheckedOn",
                "agreement",
                "agreement.signedOn",
                "agreement.signedWith",
                "agreement.filedOn",
            ],
        ),
    ];
    for (complete, paths) in cases {
        for path in paths {
            let report = validate_payment_arrangement(&without(&complete, path));
            assert_eq!(
                report.code_paths(),
                [format!("elementMissing {path}")],
                "{path} of {complete}"
            );
            assert_eq!(report.findings[0].severity, Severity::Error);
            assert!(report.findings[0].failure.param("provision").is_some());
        }
    }
}

#[test]
fn every_refusal_of_an_arrangement() {
    let cases: Vec<(Value, &str)> = vec![
        (
            with(&bank(), "account.holderRelationship", json!("notMember")),
            "accountHolderNotMember account.holderRelationship",
        ),
        (
            with(&home(), "signedBy", json!("householdHead")),
            "notSignedByApplicant signedBy",
        ),
        (
            with(&in_person(), "collectedBy", json!("agent")),
            "notCollectedInPerson collectedBy",
        ),
        (
            with(&family_proxy(), "request.written", json!(false)),
            "proxyRequestNotWritten request.written",
        ),
        (
            with(&family_proxy(), "request.by", json!("other")),
            "proxyRequestedByOther request.by",
        ),
        (
            with(&family_proxy(), "proxy.kind", json!("other")),
            "proxyNotFamily proxy.kind",
        ),
        (
            with(&staff_proxy(), "familyUnable", json!(false)),
            "staffProxyWhileFamilyCan familyUnable",
        ),
        (
            with(&staff_proxy(), "agreement.signedWith", json!("other")),
            "proxyRequestedByOther agreement.signedWith",
        ),
        (
            with(&staff_proxy(), "centreCheckedOn", json!("2026-03-01")),
            "dateOutOfOrder centreCheckedOn",
        ),
        (
            with(&staff_proxy(), "agreement.signedOn", json!("2026-03-03")),
            "dateOutOfOrder agreement.signedOn",
        ),
        (
            with(&staff_proxy(), "agreement.filedOn", json!("2026-03-04")),
            "dateOutOfOrder agreement.filedOn",
        ),
        (
            with(&bank(), "method", json!("cash")),
            "elementInvalid method",
        ),
        (
            with(&bank(), "account", json!("6217000010000000011")),
            "elementInvalid account",
        ),
        (
            with(&family_proxy(), "request.on", json!("2026-02-30")),
            "elementInvalid request.on",
        ),
    ];
    for (arrangement, expected) in cases {
        assert_eq!(paid(&arrangement), [expected], "{arrangement}");
    }
    // The same day for each step is in order.
    let same = with(
        &with(&staff_proxy(), "centreCheckedOn", json!("2026-03-02")),
        "agreement",
        json!({ "signedOn": "2026-03-02", "signedWith": "applicant", "filedOn": "2026-03-02" }),
    );
    assert!(paid(&same).is_empty());
    for hostile in [json!(null), json!([bank()]), json!("bank"), json!(0)] {
        assert_eq!(paid(&hostile), ["elementInvalid "]);
    }
}

// ---- the case record (三（四）) ----

fn act(
    action: &str,
    on: &str,
    person: &str,
    unit: &str,
    role: &str,
    account: Option<&str>,
) -> Value {
    let mut by = json!({ "person": person, "unit": unit, "role": role });
    if let Some(account) = account {
        by["account"] = json!(account);
    }
    json!({ "action": action, "on": on, "by": by })
}

/// A record kept by the rules: three people in three stages, the right units, roles and accounts,
/// every step on time.
fn record() -> Value {
    json!({
        "town": "赵巷镇",
        "actions": [
            act("accepted", "2026-03-02", "李敏", "affairsCentre", "centreStaff", Some("qpzxzch")),
            act("verificationEntrusted", "2026-03-03", "李敏", "affairsCentre", "centreStaff", None),
            act("verificationCompleted", "2026-03-16", "核对中心", "affairsCentre", "centreStaff", None),
            act("reviewOpinion", "2026-03-17", "王强", "communityOffice", "officeStaff", None),
            act("publicityPosted", "2026-03-18", "陈红", "committee", "committeeStaff", None),
            act("approved", "2026-03-26", "赵刚", "townGovernment", "deputyHead", None),
            act("approvalEntry", "2026-03-26", "王强", "communityOffice", "officeStaff", Some("qpzxzau")),
            act("systemEntry", "2026-03-27", "李敏", "affairsCentre", "centreStaff", Some("QPZXZOP"))
        ]
    })
}

#[test]
fn a_record_kept_by_the_rules_has_no_findings() {
    let w = World::new();
    assert_eq!(
        w.record(&record(), Some("2026-03-27"), None),
        Vec::<String>::new()
    );
}

#[test]
fn every_role_conflict() {
    let w = World::new();
    let r = record();
    let cases: Vec<(Value, &str)> = vec![
        // One person in two stages: acceptance and review, acceptance and approval, review and approval.
        (
            with(&r, "actions.3.by.person", json!("李敏")),
            "dutiesNotSeparated actions.3.by",
        ),
        (
            with(&r, "actions.5.by.person", json!("李敏")),
            "dutiesNotSeparated actions.5.by",
        ),
        (
            with(&r, "actions.5.by.person", json!("王强")),
            "dutiesNotSeparated actions.5.by",
        ),
        // An approval not by the authorised deputy head.
        (
            with(&r, "actions.5.by.role", json!("head")),
            "roleNotAllowed actions.5.by.role",
        ),
        (
            with(&r, "actions.5.by.role", json!("officeHead")),
            "roleNotAllowed actions.5.by.role",
        ),
        // Approval results entered by another role, another unit, another account.
        (
            with(&r, "actions.6.by.role", json!("centreStaff")),
            "roleNotAllowed actions.6.by.role",
        ),
        (
            with(&r, "actions.6.by.unit", json!("affairsCentre")),
            "unitNotAllowed actions.6.by.unit",
        ),
        (
            with(&r, "actions.6.by.account", json!("qpzxzch")),
            "accountNotAllowed actions.6.by.account",
        ),
        // Data entry outside the centre, or with the approval account.
        (
            with(&r, "actions.7.by.account", json!("qpzxzau")),
            "accountNotAllowed actions.7.by.account",
        ),
        (
            with(&r, "actions.7.by.unit", json!("communityOffice")),
            "unitNotAllowed actions.7.by.unit",
        ),
        // Acceptance outside the centre; a review outside the community office.
        (
            with(&r, "actions.0.by.unit", json!("committee")),
            "unitNotAllowed actions.0.by.unit",
        ),
        (
            with(&r, "actions.3.by.unit", json!("affairsCentre")),
            "unitNotAllowed actions.3.by.unit",
        ),
    ];
    for (record, expected) in cases {
        assert_eq!(
            w.record(&record, Some("2026-03-27"), None),
            [expected],
            "{expected}"
        );
    }
    // Without a person, the account says who it was.
    let by_account = json!({ "actions": [
        { "action": "accepted", "on": "2026-03-02", "by": { "account": "qpzxzch", "unit": "affairsCentre" } },
        { "action": "reviewOpinion", "on": "2026-03-17", "by": { "account": "QPZXZCH", "unit": "communityOffice" } }
    ]});
    assert_eq!(
        w.record(&by_account, None, None),
        ["dutiesNotSeparated actions.1.by"]
    );
    // One conflict is told once, at the later action, naming the earlier.
    let twice = with(
        &with(&r, "actions.5.by.person", json!("李敏")),
        "actions.3.by.person",
        json!("李敏"),
    );
    let found = w.record(&twice, Some("2026-03-27"), None);
    assert_eq!(
        found,
        [
            "dutiesNotSeparated actions.3.by",
            "dutiesNotSeparated actions.5.by"
        ]
    );
}

#[test]
fn accounts_carry_the_towns_code_when_the_data_has_it() {
    let w = World::new();
    let mut data = serde_json::to_value(&w.roles).unwrap();
    data["townCodes"] = json!({ "310118105": "zx", "310118106": "xj" });
    let roles = Roles::read(&data).unwrap();
    let r = record();
    assert!(w.record(&r, Some("2026-03-27"), Some(&roles)).is_empty());
    let other = with(&r, "actions.6.by.account", json!("qpxjzau"));
    assert_eq!(
        w.record(&other, Some("2026-03-27"), Some(&roles)),
        ["accountNotAllowed actions.6.by.account"]
    );
    // Without the code any town's part fits; the message's pattern says so.
    assert!(w.record(&other, Some("2026-03-27"), None).is_empty());
    let sources = RecordSources {
        roles: &roles,
        divisions: &w.divisions,
        context: w.ctx(),
        today: None,
    };
    let report = check_case_record(&other, &sources);
    assert_eq!(
        report.findings[0].failure.param("expected"),
        Some("qpzxzau")
    );
    let view = render::record(&report, &roles, Locale::ZhCn);
    // The action is named from the roles data, the field by its label.
    let action = &roles.action("approvalEntry").unwrap().name.zh;
    assert!(
        view.errors[0].message.contains(action.as_str()),
        "{}",
        view.errors[0].message
    );
    assert_eq!(
        view.errors[0].label,
        label(&report.findings[0].failure.path, "record", Locale::ZhCn)
    );
}

#[test]
fn actions_in_order_and_on_time() {
    let w = World::new();
    let r = record();
    let cases: Vec<(Value, Option<&str>, Vec<&str>)> = vec![
        // The review before the verification was completed.
        (
            with(&r, "actions.3.on", json!("2026-03-15")),
            Some("2026-03-27"),
            vec!["actionOutOfOrder actions.3.on"],
        ),
        // Entrusted 3 working days after acceptance: late.
        (
            with(&r, "actions.1.on", json!("2026-03-05")),
            Some("2026-03-27"),
            vec!["stepLate actions.1.on"],
        ),
        // Approved before the publicity ended (posted 03-18, 7 days to 03-25).
        (
            with(&r, "actions.5.on", json!("2026-03-25")),
            Some("2026-03-27"),
            vec!["actedTooEarly actions.5.on"],
        ),
        // The approval entered before the approval.
        (
            with(&r, "actions.6.on", json!("2026-03-25")),
            Some("2026-03-27"),
            vec!["actionOutOfOrder actions.6.on"],
        ),
        // An action dated after today.
        (
            r.clone(),
            Some("2026-03-26"),
            vec!["actionInFuture actions.7.on"],
        ),
        (
            r.clone(),
            Some("2026-03-25"),
            vec![
                "actionInFuture actions.5.on",
                "actionInFuture actions.6.on",
                "actionInFuture actions.7.on",
            ],
        ),
    ];
    for (record, today, expected) in cases {
        assert_eq!(w.record(&record, today, None), s(&expected), "{expected:?}");
    }
    // Accepted, nothing since: overdue by today.
    let waiting = json!({ "actions": [act("accepted", "2026-03-02", "李敏", "affairsCentre", "centreStaff", None)] });
    assert_eq!(
        w.record(&waiting, Some("2026-03-05"), None),
        ["stepOverdue actions"]
    );
    assert!(w.record(&waiting, Some("2026-03-04"), None).is_empty());
    // A stop before the defence window ran out (served 2026-09-30, window to 10-10).
    let stop = json!({ "actions": [
        act("stopNoticeServed", "2026-09-30", "李敏", "affairsCentre", "centreStaff", None),
        act("stopped", "2026-10-10", "赵刚", "townGovernment", "deputyHead", None)
    ]});
    assert_eq!(w.record(&stop, None, None), ["actedTooEarly actions.1.on"]);
    let stop = with(&stop, "actions.1.on", json!("2026-10-12"));
    assert!(w.record(&stop, None, None).is_empty());
}

#[test]
fn a_record_of_the_wrong_shape_is_reported() {
    let w = World::new();
    for hostile in [json!(null), json!([]), json!("x"), json!(2)] {
        assert_eq!(w.record(&hostile, None, None), ["elementInvalid "]);
    }
    assert_eq!(w.record(&json!({}), None, None), ["elementMissing actions"]);
    assert_eq!(
        w.record(&json!({ "actions": {} }), None, None),
        ["elementInvalid actions"]
    );
    let odd = json!({ "actions": [
        1,
        {},
        { "action": "dancing", "on": "2026-03-02", "by": {} },
        { "action": "approved", "on": "x", "by": { "role": "mayor" } },
        { "action": "approvalEntry", "on": "2026-03-02", "by": { "unit": "communityOffice", "role": "officeHead" } }
    ]});
    assert_eq!(
        w.record(&odd, None, None),
        [
            "elementInvalid actions.0",
            "elementMissing actions.1.action",
            "elementMissing actions.1.on",
            "elementMissing actions.1.by",
            "unknownAction actions.2.action",
            "elementInvalid actions.3.on",
            "elementInvalid actions.3.by.role",
            "elementMissing actions.4.by.account"
        ]
    );
}

#[test]
fn a_records_dates_across_the_spring_festival_and_national_day() {
    let w = World::new();
    // Served 2026-02-12: the 3rd working day is 02-24, after the Spring Festival rest; a stop is
    // decided on 02-25 at the earliest.
    let stop = |on: &str| {
        json!({ "actions": [
            act("stopNoticeServed", "2026-02-12", "李敏", "affairsCentre", "centreStaff", None),
            act("stopped", on, "赵刚", "townGovernment", "deputyHead", None)
        ]})
    };
    assert_eq!(
        w.record(&stop("2026-02-24"), None, None),
        ["actedTooEarly actions.1.on"]
    );
    assert!(w.record(&stop("2026-02-25"), None, None).is_empty());
    // Posted 2025-09-30, the publicity ends 10-09 (National Day); approved on 10-09 is too early,
    // 10-11 (a make-up Saturday) in time, 10-13 late.
    let approved = |on: &str| {
        json!({ "actions": [
            act("publicityPosted", "2025-09-30", "陈红", "committee", "committeeStaff", None),
            act("approved", on, "赵刚", "townGovernment", "deputyHead", None)
        ]})
    };
    assert_eq!(
        w.record(&approved("2025-10-09"), None, None),
        ["actedTooEarly actions.1.on"]
    );
    assert!(w.record(&approved("2025-10-11"), None, None).is_empty());
    assert_eq!(
        w.record(&approved("2025-10-13"), None, None),
        ["stepLate actions.1.on"]
    );
}

#[test]
fn a_record_of_ten_thousand_actions_is_read_in_one_pass() {
    let w = World::new();
    let mut actions = Vec::new();
    for i in 0..5000 {
        let person = format!("p{i}");
        actions.push(act(
            "accepted",
            "2026-03-02",
            &person,
            "affairsCentre",
            "centreStaff",
            None,
        ));
        actions.push(act(
            "reviewOpinion",
            "2026-03-17",
            &person,
            "communityOffice",
            "officeStaff",
            None,
        ));
    }
    let found = w.record(&json!({ "actions": actions }), None, None);
    let conflicts = found
        .iter()
        .filter(|f| f.starts_with("dutiesNotSeparated"))
        .count();
    assert_eq!(conflicts, 5000);
    assert_eq!(
        found.first().map(String::as_str),
        Some("dutiesNotSeparated actions.1.by")
    );
}
