//! `decisionNotice`, `checkNotice`, `noticeWording`, `loadNoticeWording`,
//! `validatePaymentArrangement`, `checkCaseRecord`, `caseRoles`, `loadCaseRoles`.
//!
//! Drafts, arrangements and records are what people give: any JavaScript value gets a report.
//! Only an unknown notice kind, a case file that is not an object, unusable options and bad data
//! tables throw.

use crate::calendar::CALENDAR;
use crate::convert::{json, one_of, to_js, Opts, OrThrow};
use crate::deadlines::PROCEDURE;
use crate::divisions::DIVISIONS;
use crate::state::Table;
use jiuzhu::calendar::{Calendar, Mode};
use jiuzhu::deadlines::Finding;
use jiuzhu::deadlines::Procedure;
use jiuzhu::decisions::notices::{self, NoticeKind, NoticeWording, Sources};
use jiuzhu::decisions::record::{self, RecordSources, Roles};
use jiuzhu::decisions::{payment, Context, Report};
use jiuzhu::divisions::Divisions;
use jiuzhu::input::Limits;
use jiuzhu::render::decisions as view;
use jiuzhu::{Code, Failure, Locale, Path};
use serde_json::Value;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// The notices' wording: data/notices.json, or what the page loaded.
pub static WORDING: Table<Option<NoticeWording>> = Table::new(NoticeWording::embedded);
/// Who may do what on a record: data/roles.json, or what the page loaded.
pub static ROLES: Table<Option<Roles>> = Table::new(Roles::embedded);

/// A table of those that could, by a defect, be left unloaded (`None`): reported, not trapped.
fn in_force<T>(table: &Option<T>, locale: Locale) -> Result<&T, JsValue> {
    table
        .as_ref()
        .ok_or_else(|| Failure::new(Code::INTERNAL, Path::root()).with("reason", "table"))
        .or_throw(locale)
}

/// Snapshots of the tables a decision counts with.
struct Tables {
    procedure: Arc<Procedure>,
    calendar: Arc<Calendar>,
    divisions: Arc<Divisions>,
}

impl Tables {
    fn now() -> Tables {
        Tables {
            procedure: PROCEDURE.get(),
            calendar: CALENDAR.get(),
            divisions: DIVISIONS.get(),
        }
    }

    fn context(&self, mode: Mode) -> Context<'_> {
        Context {
            procedure: &self.procedure,
            calendar: &self.calendar,
            mode,
        }
    }
}

/// The options every function here reads: `today` (its default is `today`), `provisional`, and
/// `locale`.
fn options(
    opts: &JsValue,
    today: &JsValue,
) -> Result<(Option<chrono::NaiveDate>, Mode, Locale), JsValue> {
    let opts = Opts::read(opts)?;
    Ok((opts.today(today)?, opts.mode()?, opts.locale))
}

fn kind(value: &JsValue, locale: Locale) -> Result<NoticeKind, JsValue> {
    value
        .as_string()
        .as_deref()
        .and_then(NoticeKind::parse)
        .ok_or_else(|| {
            Failure::new(Code::INVALID_ARGUMENT, "kind").with("expected", one_of(NoticeKind::KEYS))
        })
        .or_throw(locale)
}

/// User data as JSON: a value with no JSON form reads as `null` (a report says it is not an
/// object); one refused by the limits is that failure.
fn data(value: &JsValue) -> Result<Value, Failure> {
    Ok(json(value, &Limits::DOCUMENT)?.unwrap_or(Value::Null))
}

fn refused(failure: Failure) -> Report {
    Report {
        findings: vec![Finding::error(failure)],
    }
}

#[wasm_bindgen(js_name = decisionNotice, skip_typescript)]
pub fn decision_notice(kind_: JsValue, case: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    // No default: a notice is dated when it is signed (`opts.today`, or the case file's date).
    let (today, mode, locale) = options(&opts, &JsValue::UNDEFINED)?;
    let kind = kind(&kind_, locale)?;
    let not_object = || Failure::new(Code::INVALID_ARGUMENT, "caseFile").with("expected", "object");
    let case = match json(&case, &Limits::DOCUMENT).or_throw(locale)? {
        Some(case) => case,
        None => return Err(not_object()).or_throw(locale),
    };
    let wording = WORDING.get();
    let wording = in_force(&wording, locale)?;
    let tables = Tables::now();
    let sources = Sources {
        wording,
        divisions: &tables.divisions,
        context: tables.context(mode),
    };
    let composed =
        notices::decision_notice(kind, &case, &sources, today, locale).or_throw(locale)?;
    to_js(&view::notice(&composed, wording, locale))
}

#[wasm_bindgen(js_name = checkNotice, skip_typescript)]
pub fn check_notice(kind_: JsValue, draft: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (_, mode, locale) = options(&opts, &JsValue::UNDEFINED)?;
    let kind = kind(&kind_, locale)?;
    let wording = WORDING.get();
    let wording = in_force(&wording, locale)?;
    let tables = Tables::now();
    let checked = match data(&draft) {
        Ok(draft) => notices::check_notice(kind, &draft, wording, &tables.context(mode)),
        Err(failure) => notices::Checked {
            kind,
            draft: notices::Draft::default(),
            report: refused(failure),
            window: None,
            window_days: None,
        },
    };
    to_js(&view::check(&checked, wording, locale))
}

/// The wording in force, in the shape `loadNoticeWording` reads.
#[wasm_bindgen(js_name = noticeWording, skip_typescript)]
pub fn notice_wording() -> Result<JsValue, JsValue> {
    to_js(&*WORDING.get())
}

/// Replaces the wording; bad data throws and keeps the wording in use. Returns the number of
/// notice kinds.
#[wasm_bindgen(js_name = loadNoticeWording, skip_typescript)]
pub fn load_notice_wording(data: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    WORDING.load(&data, &opts, Code::INVALID_NOTICE_WORDING, |data, _| {
        NoticeWording::read(data).map(Some)
    })?;
    Ok(WORDING
        .get()
        .as_ref()
        .as_ref()
        .map_or(0, |w| w.notices.len()) as f64)
}

/// The report of a payment arrangement, for this export and for attachForm.
pub fn payment_report(arrangement: &Value) -> Report {
    payment::validate_payment_arrangement(arrangement)
}

/// The report of a payment arrangement as JavaScript sees it.
pub fn payment_view(report: &Report, locale: Locale) -> Result<JsValue, JsValue> {
    let wording = WORDING.get();
    to_js(&view::payment(report, wording.as_ref().as_ref(), locale))
}

/// A failure of a payment arrangement's report, in words.
pub fn payment_message(failure: &Failure, locale: Locale) -> String {
    let wording = WORDING.get();
    let names = view::Names {
        wording: wording.as_ref().as_ref(),
        roles: None,
        whole: "payment",
    };
    view::message(failure, &names, locale)
}

#[wasm_bindgen(js_name = validatePaymentArrangement, skip_typescript)]
pub fn validate_payment_arrangement(
    arrangement: JsValue,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let locale = Opts::read(&opts)?.locale;
    let report = match data(&arrangement) {
        Ok(arrangement) => payment_report(&arrangement),
        Err(failure) => refused(failure),
    };
    payment_view(&report, locale)
}

/// `opts.today` judges what is overdue; absent, it is `today`, which the JavaScript layer gives
/// (today in China Standard Time); `today: null` judges by the record's own dates alone.
#[wasm_bindgen(js_name = checkCaseRecord, skip_typescript)]
pub fn check_case_record(
    record: JsValue,
    opts: JsValue,
    today: JsValue,
) -> Result<JsValue, JsValue> {
    let (today, mode, locale) = options(&opts, &today)?;
    let roles = ROLES.get();
    let roles = in_force(&roles, locale)?;
    let tables = Tables::now();
    let sources = RecordSources {
        roles,
        divisions: &tables.divisions,
        context: tables.context(mode),
        today,
    };
    let report = match data(&record) {
        Ok(record) => record::check_case_record(&record, &sources),
        Err(failure) => refused(failure),
    };
    to_js(&view::record(&report, roles, locale))
}

/// The roles in force, in the shape `loadCaseRoles` reads.
#[wasm_bindgen(js_name = caseRoles, skip_typescript)]
pub fn case_roles() -> Result<JsValue, JsValue> {
    to_js(&*ROLES.get())
}

/// Replaces the roles; bad data throws and keeps the roles in use. Returns the number of actions.
#[wasm_bindgen(js_name = loadCaseRoles, skip_typescript)]
pub fn load_case_roles(data: JsValue, opts: JsValue) -> Result<f64, JsValue> {
    ROLES.load(&data, &opts, Code::INVALID_CASE_ROLES, |data, _| {
        Roles::read(data).map(Some)
    })?;
    Ok(ROLES.get().as_ref().as_ref().map_or(0, |r| r.actions.len()) as f64)
}
