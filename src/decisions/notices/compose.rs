//! A notice drafted from a case file: what the file says wins; what it leaves out is filled from
//! what the library knows — the issuer from the town, the addressee and category from the
//! application, the date from `today`, bank payment (the norm, 三（二）), the remedies from the
//! wording data, and the prior notice's last day to state a case from the calendar. Nothing else of
//! the application is copied, so no ID, phone or account number reaches the notice. The draft is
//! then checked by [`check_notice`], which reports what is still missing.

use super::dates::window;
use super::{check_notice, Checked, Element, NoticeKind, NoticeRule, NoticeWording};
use crate::application::Application;
use crate::decisions::fields::{at, date, Findings, Got};
use crate::decisions::Context;
use crate::divisions::{self, Divisions};
use crate::failure::{Code, Failure};
use crate::Locale;
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// A drafted notice: the draft it made (which `checkNotice` accepts back) and its check.
#[derive(Debug, Clone)]
pub struct Composed {
    pub draft: Value,
    pub checked: Checked,
}

/// What drafting reads besides the case file.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub wording: &'a NoticeWording,
    pub divisions: &'a Divisions,
    pub context: Context<'a>,
}

/// The members of a draft the case file may give, in the draft's order, after the issuer, the
/// addressee, the date, the category and the events, and before the remedies and the defence.
const DECISION_KEYS: &[&str] = &[
    "amount",
    "startMonth",
    "payment",
    "oldAmount",
    "newAmount",
    "fromMonth",
    "facts",
    "reasons",
    "basis",
];

/// The notice of `kind` for the case file `case`. Fails only when `case` is not an object.
pub fn decision_notice(
    kind: NoticeKind,
    case: &Value,
    sources: &Sources,
    today: Option<NaiveDate>,
    locale: Locale,
) -> Result<Composed, Failure> {
    let Some(file) = case.as_object() else {
        return Err(Failure::new(Code::INVALID_ARGUMENT, "caseFile").with("expected", "object"));
    };
    let app = file
        .get("application")
        .filter(|a| a.is_object())
        .map(|a| Application::read(a, sources.divisions));
    let applicant = app
        .as_ref()
        .and_then(|a| a.applicant())
        .and_then(|m| m.name.clone());
    let given = |key: &str| file.get(key).filter(|v| !v.is_null()).cloned();
    let rule = sources.wording.notice(kind);
    let mentions = |element: Element| rule.is_some_and(|r| mentioned(r, element));
    let mut out = Map::new();

    let issuer = given("issuer").or_else(|| {
        let town = match file.get("town").and_then(Value::as_str) {
            Some(town) => sources.divisions.find(town).map(|d| d.name.clone()),
            None => app
                .as_ref()
                .and_then(|a| a.town.as_ref())
                .map(|d| d.name.clone()),
        }?;
        let wording = sources.wording;
        let template = if divisions::is_sub_district(&town) {
            &wording.issuer_subdistrict
        } else {
            &wording.issuer_town
        };
        Some(Value::String(template.get(locale).replace("{town}", &town)))
    });
    put(&mut out, "issuer", issuer);
    put(&mut out, "number", given("number"));
    let addressee = given("addressee").or_else(|| {
        let mut a = Map::new();
        a.insert("name".to_owned(), Value::String(applicant.clone()?));
        a.insert("role".to_owned(), Value::String("applicant".to_owned()));
        Some(Value::Object(a))
    });
    let to_agent = addressee
        .as_ref()
        .and_then(|a| at(a, "role"))
        .and_then(Value::as_str)
        == Some("agent");
    let named =
        given("applicant").or_else(|| applicant.clone().filter(|_| to_agent).map(Value::String));
    put(&mut out, "addressee", addressee);
    put(&mut out, "applicant", named);
    let issued = given("issuedOn").or_else(|| today.map(|d| Value::String(d.to_string())));
    put(&mut out, "issuedOn", issued);
    let category = given("category").or_else(|| {
        let category = app.as_ref()?.category?;
        Some(Value::String(category.as_str().to_owned()))
    });
    put(&mut out, "category", category);
    put(&mut out, "events", events(file.get("events")));
    for key in DECISION_KEYS {
        if rule.is_some_and(|r| mentions_key(r, key)) {
            put(&mut out, key, given(key));
        }
    }
    if mentions(Element::Payment) && !out.contains_key("payment") {
        put(&mut out, "payment", Some(Value::String("bank".to_owned())));
    }
    if mentions(Element::Reconsideration) || mentions(Element::Litigation) {
        let remedies = given("remedies").or_else(|| Some(remedies(sources.wording, locale)));
        put(&mut out, "remedies", remedies);
    }
    if mentions(Element::DefenceLastDay) || mentions(Element::DefenceReceived) {
        let mut defence = given("defence");
        if kind == NoticeKind::StopPreNotice {
            defence = with_last_day(defence, &out, &sources.context);
        }
        put(&mut out, "defence", defence);
    }
    let draft = Value::Object(out);
    let checked = check_notice(kind, &draft, sources.wording, &sources.context);
    Ok(Composed { draft, checked })
}

fn put(out: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        out.insert(key.to_owned(), value);
    }
}

/// Whether the kind's wording names `element`, as an element or in a sentence.
fn mentioned(rule: &NoticeRule, element: Element) -> bool {
    rule.elements.iter().any(|e| e.element == element)
        || rule.sentences.iter().any(|s| s.element == element)
}

/// Whether the kind's wording names the draft's member `key`, as an element or a placeholder.
fn mentions_key(rule: &NoticeRule, key: &str) -> bool {
    let placeholder = {
        let mut p = String::from("{");
        p.push_str(key);
        p.push('}');
        p
    };
    rule.elements.iter().any(|e| e.element.as_str() == key)
        || rule.sentences.iter().any(|s| {
            s.element.as_str() == key
                || s.words.zh.contains(&placeholder)
                || s.words.en.contains(&placeholder)
        })
}

/// The events a notice reads (the publicity and the prior notice), as given; anything but an
/// object is kept as it is, for the check to report.
fn events(given: Option<&Value>) -> Option<Value> {
    let Some(Value::Object(events)) = given else {
        return given.filter(|v| !v.is_null()).cloned();
    };
    let mut out = Map::new();
    for key in ["publicityPostedOn", "stopNoticeServedOn"] {
        put(
            &mut out,
            key,
            events.get(key).filter(|v| !v.is_null()).cloned(),
        );
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

/// The remedies as the wording data gives them, in `locale`.
fn remedies(wording: &NoticeWording, locale: Locale) -> Value {
    let one = |body: &str, unit: &str, period: u32| {
        let mut m = Map::new();
        m.insert("body".to_owned(), Value::String(body.to_owned()));
        m.insert(unit.to_owned(), Value::from(period));
        Value::Object(m)
    };
    let mut m = Map::new();
    let r = &wording.reconsideration;
    m.insert(
        "reconsideration".to_owned(),
        one(r.body.get(locale), "days", r.period),
    );
    let l = &wording.litigation;
    m.insert(
        "litigation".to_owned(),
        one(l.body.get(locale), "months", l.period),
    );
    Value::Object(m)
}

/// The prior notice's defence with its last day, counted from the service date (or, when none is
/// known yet, the date of issue) unless the case file gives one.
fn with_last_day(
    defence: Option<Value>,
    draft: &Map<String, Value>,
    ctx: &Context,
) -> Option<Value> {
    let mut members = match defence {
        None => Map::new(),
        Some(Value::Object(members)) => members,
        Some(other) => return Some(other),
    };
    if members.get("lastDay").is_some_and(|v| !v.is_null()) {
        return Some(Value::Object(members));
    }
    let served = draft
        .get("events")
        .and_then(|e| e.get("stopNoticeServedOn"))
        .or_else(|| draft.get("issuedOn"));
    let served = match date(served) {
        Got::Given(d) => Some(d),
        _ => None,
    };
    let mut scratch = Findings::default();
    let last = served.and_then(|s| window(ctx, s, false, "", &mut scratch));
    if let Some(window) = last {
        members.insert(
            "lastDay".to_owned(),
            Value::String(window.last_day.to_string()),
        );
    }
    (!members.is_empty()).then_some(Value::Object(members))
}
