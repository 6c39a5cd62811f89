//! The decisions after intake as the JavaScript API returns them: reports (`{ valid, errors: [{
//! path, code, severity, message, params, label }] }`, consistent with `validateApplication`, with
//! each path's field named in words as `label`), and notices (`decisionNotice`: the draft, its
//! sentences each with the provision it rests on, printable text and escaped HTML, the defence
//! window counted day by day, and the draft's check). The key order of each view is the JavaScript
//! contract (js/types/decisions.d.ts).

use crate::deadlines::{Finding, Line};
use crate::decisions::notices::{
    Checked, Composed, DefenceWindow, Draft, Element, NoticeKind, NoticeWording, Remedy,
};
use crate::decisions::record::{Named, Roles};
use crate::decisions::{Report, YearMonth};
use crate::failure::{Code, Failure, Params, Severity};
use crate::markup::escape_into;
use crate::messages::deadlines::{explain_line, finding_message as timeline_message};
use crate::messages::decisions::{self as words, blank, day, label, word_of};
use crate::messages::fill_with;
use crate::messages::publicity::category;
use crate::path::Path;
use crate::Locale;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

/// `{ path, code, severity, message, params, label }`.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView<'f> {
    pub path: &'f Path,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub params: &'f Params,
    /// The field the path names, in words (`第3项记录的办理单位`): what a page shows a person.
    pub label: String,
}

/// `{ valid, errors }`.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView<'r> {
    pub valid: bool,
    pub errors: Vec<FindingView<'r>>,
}

/// What names the data's keys in a message: the provisions of the wording, the stages, units,
/// roles and actions of the roles.
#[derive(Debug, Clone, Copy)]
pub struct Names<'a> {
    pub wording: Option<&'a NoticeWording>,
    pub roles: Option<&'a Roles>,
    /// What the root path is (`notice`, `payment`, `record`).
    pub whole: &'a str,
}

fn named<'a>(list: &'a [Named], key: &'a str, locale: Locale) -> &'a str {
    Roles::name_of(list, key).map_or(key, |n| n.get(locale))
}

/// The message of a finding, its parameters put in words.
pub fn message(failure: &Failure, names: &Names, locale: Locale) -> String {
    let code = failure.code;
    let timeline = [
        Code::ACTED_TOO_EARLY,
        Code::STEP_LATE,
        Code::STEP_OVERDUE,
        Code::EVENT_IN_FUTURE,
        Code::MISSING_EVENT,
        Code::PROVISIONAL_DATE,
    ];
    if timeline.contains(&code) {
        return timeline_message(failure, locale);
    }
    let mut f = failure.clone();
    f.params
        .set("field", label(&failure.path, names.whole, locale));
    for (name, value) in failure.params.iter() {
        let roles = names.roles;
        let worded = match (name, code) {
            ("provision", _) => {
                f.params.set("reason", "provision".to_owned());
                let provision = names.wording.and_then(|w| w.provision(value));
                provision.map(|p| p.name.get(locale).to_owned())
            }
            ("expected", c) if c == Code::ELEMENT_INVALID => {
                Some(word_of("expected", value, locale))
            }
            ("role", c) if c == Code::WRONG_ADDRESSEE => Some(word_of("role", value, locale)),
            ("unit", c) if c == Code::REMEDY_PERIOD_WRONG => Some(word_of("unit", value, locale)),
            ("by", _) => Some(word_of("person", value, locale)),
            ("found", _) => Some(word_of("found", value, locale)),
            ("previous", c) if c == Code::DATE_OUT_OF_ORDER => {
                Some(label(&Path::from(value), names.whole, locale))
            }
            ("action" | "otherAction" | "previous", _) => roles
                .and_then(|r| r.action(value))
                .map(|a| a.name.get(locale).to_owned()),
            ("stage" | "otherStage", _) => {
                roles.map(|r| named(&r.stages, value, locale).to_owned())
            }
            ("unit", _) => roles.map(|r| named(&r.units, value, locale).to_owned()),
            ("role", _) => roles.map(|r| named(&r.roles, value, locale).to_owned()),
            _ => None,
        };
        if let Some(worded) = worded {
            f.params.set(name, worded);
        }
    }
    words::finding_message(&f, locale)
}

pub fn finding<'f>(finding: &'f Finding, names: &Names, locale: Locale) -> FindingView<'f> {
    let failure = &finding.failure;
    FindingView {
        path: &failure.path,
        code: failure.code,
        severity: finding.severity,
        message: message(failure, names, locale),
        params: &failure.params,
        label: label(&failure.path, names.whole, locale),
    }
}

pub fn report<'r>(report: &'r Report, names: &Names, locale: Locale) -> ReportView<'r> {
    ReportView {
        valid: report.valid(),
        errors: report
            .findings
            .iter()
            .map(|f| finding(f, names, locale))
            .collect(),
    }
}

/// The defence window: `{ servedOn, servedOnAssumed, days, lastDay, earliestStop, explain }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WindowView {
    pub served_on: NaiveDate,
    pub served_on_assumed: bool,
    pub days: u32,
    pub last_day: NaiveDate,
    pub earliest_stop: Option<NaiveDate>,
    pub explain: Vec<String>,
}

fn window(window: &DefenceWindow, locale: Locale) -> WindowView {
    WindowView {
        served_on: window.served_on,
        served_on_assumed: window.served_on_assumed,
        days: window.days,
        last_day: window.last_day,
        earliest_stop: window.earliest_stop,
        explain: window
            .explain
            .iter()
            .map(|l: &Line| explain_line(l, locale))
            .collect(),
    }
}

/// `checkNotice`: `{ valid, errors, defenceWindow }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckView<'c> {
    pub valid: bool,
    pub errors: Vec<FindingView<'c>>,
    pub defence_window: Option<WindowView>,
}

fn notice_names(wording: &NoticeWording) -> Names<'_> {
    Names {
        wording: Some(wording),
        roles: None,
        whole: "notice",
    }
}

pub fn check<'c>(checked: &'c Checked, wording: &NoticeWording, locale: Locale) -> CheckView<'c> {
    let view = report(&checked.report, &notice_names(wording), locale);
    CheckView {
        valid: view.valid,
        errors: view.errors,
        defence_window: checked.window.as_ref().map(|w| window(w, locale)),
    }
}

/// A provision: `{ key, name, quote }`.
#[derive(Debug, Clone, Serialize)]
pub struct ProvisionView<'p> {
    pub key: &'p str,
    pub name: &'p str,
    pub quote: &'p str,
}

/// One printed sentence and what it rests on.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceView<'s> {
    pub element: Element,
    pub text: String,
    pub provision: Option<ProvisionView<'s>>,
}

/// `decisionNotice`: `{ kind, title, draft, sentences, text, html, defenceWindow, valid, errors }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticeView<'n> {
    pub kind: NoticeKind,
    pub title: &'n str,
    pub draft: &'n Value,
    pub sentences: Vec<SentenceView<'n>>,
    pub text: String,
    pub html: String,
    pub defence_window: Option<WindowView>,
    pub valid: bool,
    pub errors: Vec<FindingView<'n>>,
}

/// Yuan from fen: 1330, 1330.50.
fn yuan(fen: u64) -> String {
    let (yuan, cents) = (fen / 100, fen % 100);
    let mut text = yuan.to_string();
    if cents != 0 {
        text.push('.');
        if cents < 10 {
            text.push('0');
        }
        text.push_str(&cents.to_string());
    }
    text
}

fn month(m: YearMonth, locale: Locale) -> String {
    words::month(m.year, m.month, locale)
}

/// The value a placeholder stands for, in words; `None` when the draft does not say.
fn value(
    name: &str,
    d: &Draft,
    checked: &Checked,
    wording: &NoticeWording,
    locale: Locale,
) -> Option<String> {
    let text = |t: &Option<String>| t.clone();
    let body = |r: &Option<Remedy>| r.as_ref().and_then(|r| r.body.clone());
    let period = |r: &Option<Remedy>| r.as_ref().and_then(|r| r.period).map(|n| n.to_string());
    match name {
        "issuer" => text(&d.issuer),
        "number" => text(&d.number),
        "addressee" => text(&d.addressee),
        "applicant" => text(&d.applicant),
        "issuedOn" => d.issued_on.map(|x| day(x, locale)),
        "category" => d.category.map(|c| category(c, locale).to_owned()),
        "amount" => d.amount.map(yuan),
        "oldAmount" => d.old_amount.map(yuan),
        "newAmount" => d.new_amount.map(yuan),
        "startMonth" => d.start_month.map(|m| month(m, locale)),
        "fromMonth" => d.from_month.map(|m| month(m, locale)),
        "payment" => d
            .payment
            .and_then(|m| wording.payment_words(m))
            .map(|w| w.get(locale).to_owned()),
        "facts" => text(&d.facts),
        "reasons" => text(&d.reasons),
        "basis" => text(&d.basis),
        "lastDay" => d.defence.last_day.map(|x| day(x, locale)),
        "servedOn" => d.served_on.map(|x| day(x, locale)),
        "windowDays" => checked.window_days.map(|n| n.to_string()),
        "reconsiderationBody" => body(&d.reconsideration),
        "reconsiderationDays" => period(&d.reconsideration),
        "litigationBody" => body(&d.litigation),
        "litigationMonths" => period(&d.litigation),
        "defenceReasons" => text(&d.defence.reasons),
        "receivedOn" => d.defence.received_on.map(|x| day(x, locale)),
        _ => None,
    }
}

/// `template` with each `{name}` replaced by the draft's value, or a blank to fill in by hand.
fn fill(template: &str, checked: &Checked, wording: &NoticeWording, locale: Locale) -> String {
    fill_with(template, |name, out| {
        match value(name, &checked.draft, checked, wording, locale) {
            Some(v) => out.push_str(&v),
            None => out.push_str(blank(locale)),
        }
    })
}

pub fn notice<'n>(
    composed: &'n Composed,
    wording: &'n NoticeWording,
    locale: Locale,
) -> NoticeView<'n> {
    let checked = &composed.checked;
    let d = &checked.draft;
    let rule = wording.notice(checked.kind);
    let title = rule.map_or("", |r| r.title.get(locale));
    let mut sentences = Vec::new();
    for s in rule.map_or(&[][..], |r| r.sentences.as_slice()) {
        if s.when.is_some_and(|w| !w.holds(d)) {
            continue;
        }
        let provision = wording.provision(&s.provision).map(|p| ProvisionView {
            key: &p.key,
            name: p.name.get(locale),
            quote: &p.quote,
        });
        sentences.push(SentenceView {
            element: s.element,
            text: fill(s.words.get(locale), checked, wording, locale),
            provision,
        });
    }
    let issuer = d.issuer.as_deref().unwrap_or(blank(locale));
    let date = d
        .issued_on
        .map_or_else(|| blank(locale).to_owned(), |x| day(x, locale));
    let seal = words::word("seal", locale);
    let view = report(&checked.report, &notice_names(wording), locale);
    NoticeView {
        kind: checked.kind,
        title,
        draft: &composed.draft,
        text: text(title, d.number.as_deref(), &sentences, issuer, seal, &date),
        html: html(
            checked.kind,
            title,
            d.number.as_deref(),
            &sentences,
            issuer,
            seal,
            &date,
            locale,
        ),
        sentences,
        defence_window: checked.window.as_ref().map(|w| window(w, locale)),
        valid: view.valid,
        errors: view.errors,
    }
}

fn text(
    title: &str,
    number: Option<&str>,
    sentences: &[SentenceView],
    issuer: &str,
    seal: &str,
    date: &str,
) -> String {
    let mut out = String::new();
    out.push_str(title);
    out.push('\n');
    if let Some(number) = number {
        out.push_str(number);
        out.push('\n');
    }
    out.push('\n');
    for s in sentences {
        out.push_str(&s.text);
        out.push('\n');
    }
    for line in ["", issuer, seal, date] {
        out.push('\n');
        out.push_str(line);
    }
    out.push('\n');
    out
}

/// The notice as an `<article class="jiuzhu-decision">`: every value escaped where it is
/// written; the foot keeps room for the seal (`jiuzhu-decision-seal`), which the page's print
/// style sizes for A4.
#[allow(clippy::too_many_arguments)]
fn html(
    kind: NoticeKind,
    title: &str,
    number: Option<&str>,
    sentences: &[SentenceView],
    issuer: &str,
    seal: &str,
    date: &str,
    locale: Locale,
) -> String {
    let mut out = String::from("<article class=\"jiuzhu-decision\" lang=\"");
    out.push_str(locale.tag());
    // The kind is one of the library's own keys: nothing to escape.
    out.push_str("\" data-kind=\"");
    out.push_str(kind.as_str());
    out.push_str("\"><h2 class=\"jiuzhu-decision-title\">");
    escape_into(&mut out, title);
    out.push_str("</h2>");
    if let Some(number) = number {
        out.push_str("<p class=\"jiuzhu-decision-number\">");
        escape_into(&mut out, number);
        out.push_str("</p>");
    }
    for s in sentences {
        if s.element == Element::Addressee {
            out.push_str("<p class=\"jiuzhu-decision-addressee\">");
        } else {
            out.push_str("<p>");
        }
        escape_into(&mut out, &s.text);
        out.push_str("</p>");
    }
    out.push_str("<div class=\"jiuzhu-decision-foot\"><p class=\"jiuzhu-decision-issuer\">");
    escape_into(&mut out, issuer);
    out.push_str("</p><p class=\"jiuzhu-decision-seal\">");
    escape_into(&mut out, seal);
    out.push_str("</p><p class=\"jiuzhu-decision-date\">");
    escape_into(&mut out, date);
    out.push_str("</p></div></article>");
    out
}

/// `validatePaymentArrangement`'s report.
pub fn payment<'r>(
    report: &'r Report,
    wording: Option<&NoticeWording>,
    locale: Locale,
) -> ReportView<'r> {
    let names = Names {
        wording,
        roles: None,
        whole: "payment",
    };
    self::report(report, &names, locale)
}

/// `checkCaseRecord`'s report.
pub fn record<'r>(report: &'r Report, roles: &Roles, locale: Locale) -> ReportView<'r> {
    let names = Names {
        wording: None,
        roles: Some(roles),
        whole: "record",
    };
    self::report(report, &names, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_in_yuan() {
        assert_eq!(yuan(133000), "1330");
        assert_eq!(yuan(133050), "1330.50");
        assert_eq!(yuan(133005), "1330.05");
        assert_eq!(yuan(0), "0");
    }
}
