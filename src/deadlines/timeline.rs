//! The case timeline: each step's date from the events that happened, its status relative to
//! `today`, how the date was reached, and findings for whatever is out of order, late or beyond the
//! published calendar. "Today" is an option, never read from a clock.
//!
//! Without `today`, a status that needs it is judged only from what the events prove: every
//! recorded event has happened, so today is no earlier than the latest of them. A deadline before
//! that day is `overdue` (a period `done`); anything else stays `pending` — never `dueToday`.

use super::explain::{explain_period, Line};
use super::period::{Period, Unit};
use super::rules::{Procedure, StepKind, StepRule};
use super::{concat, indexed, Finding, Severity};
use crate::calendar::{format_date, parse_date, Calendar, Mode};
use crate::failure::{Code, Failure};
use crate::json::{object, Json};
use crate::messages::{deadlines as text, Locale};
use crate::prelude::*;
use chrono::{Datelike, NaiveDate};
use core::cmp::Ordering;

impl Code {
    /// An event dated before an event that must come first (params `event`, `date`, `previous`,
    /// `previousDate`).
    pub const EVENT_OUT_OF_ORDER: Code = Code::new("eventOutOfOrder");
    /// An act before the period it must wait for ran out (params `event`, `date`, `step`, `earliest`).
    pub const ACTED_TOO_EARLY: Code = Code::new("actedTooEarly");
    /// An event dated after `today` (params `event`, `date`, `today`).
    pub const EVENT_IN_FUTURE: Code = Code::new("eventInFuture");
    /// A step is done but the event it counts from is missing (params `event`, `step`).
    pub const MISSING_EVENT: Code = Code::new("missingEvent");
    /// An event name the procedure does not know.
    pub const UNKNOWN_EVENT: Code = Code::new("unknownEvent");
    /// A step past its date and not done (params `step`, `dueOn`).
    pub const STEP_OVERDUE: Code = Code::new("stepOverdue");
    /// A step done after its date (params `step`, `dueOn`, `doneOn`).
    pub const STEP_LATE: Code = Code::new("stepLate");
    /// A step's date estimated in a year whose holidays are not published (params `step`, `year`).
    pub const PROVISIONAL_DATE: Code = Code::new("provisionalDate");
}

/// Where a step stands relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Done,
    DoneLate,
    Pending,
    DueToday,
    Overdue,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::DoneLate => "doneLate",
            Status::Pending => "pending",
            Status::DueToday => "dueToday",
            Status::Overdue => "overdue",
        }
    }
}

/// The options of [`case_timeline`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimelineOptions {
    pub today: Option<NaiveDate>,
    pub mode: Mode,
    /// Overrides of the publicity period (`opts.publicity.length`, `.unit`).
    pub publicity_length: Option<u32>,
    pub publicity_unit: Option<Unit>,
}

fn invalid(path: &str, expected: &str) -> Failure {
    Failure::new(Code::INVALID_ARGUMENT, path).with("expected", expected)
}

impl TimelineOptions {
    /// Reads `{ today?, provisional?, publicity?: { length?, unit? } }` (`locale` is the binding's).
    pub fn from_json(opts: &Json) -> Result<TimelineOptions, Failure> {
        let mut out = TimelineOptions::default();
        if opts.is_null() {
            return Ok(out);
        }
        if opts.as_object().is_none() {
            return Err(invalid("opts", "object"));
        }
        let get = |key| opts.get(key).filter(|v| !v.is_null());
        if let Some(today) = get("today") {
            let value = today
                .as_str()
                .ok_or_else(|| Failure::new(Code::INVALID_DATE, "opts.today").with("value", ""))?;
            out.today = Some(parse_date(value, "opts.today")?);
        }
        if let Some(flag) = get("provisional") {
            if flag
                .as_bool()
                .ok_or_else(|| invalid("opts.provisional", "boolean"))?
            {
                out.mode = Mode::Provisional;
            }
        }
        if let Some(publicity) = get("publicity") {
            if publicity.as_object().is_none() {
                return Err(invalid("opts.publicity", "object"));
            }
            if let Some(length) = publicity.get("length").filter(|v| !v.is_null()) {
                let n = length
                    .as_f64()
                    .filter(|n| n.fract() == 0.0 && (1.0..=366.0).contains(n))
                    .ok_or_else(|| invalid("opts.publicity.length", "integer"))?;
                out.publicity_length = Some(n as u32);
            }
            match publicity.get("unit").and_then(Json::as_str) {
                Some("calendarDays") => out.publicity_unit = Some(Unit::CalendarDays),
                Some("workingDays") => out.publicity_unit = Some(Unit::WorkingDays),
                None if publicity.get("unit").map_or(true, Json::is_null) => {}
                _ => {
                    return Err(Failure::new(Code::INVALID_ARGUMENT, "opts.publicity.unit")
                        .with("reason", "unit"))
                }
            }
        }
        Ok(out)
    }
}

/// One step of the timeline.
#[derive(Debug, Clone)]
pub struct Step<'p> {
    pub rule: &'p StepRule,
    /// The period in force (the rule's, or the publicity option).
    pub period: Period,
    /// The date counted from.
    pub from: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
    pub status: Status,
    pub explain: Vec<Line>,
    /// The date lies in a year estimated from the statutory holidays.
    pub provisional: bool,
    /// Counted from an earlier step's due date because its event is not known.
    pub projected: bool,
    /// The event whose absence left this step without a date.
    missing: Option<&'p str>,
}

/// The steps of the case and what is wrong with it.
#[derive(Debug, Clone)]
pub struct Timeline<'p> {
    pub steps: Vec<Step<'p>>,
    pub findings: Vec<Finding>,
    pub today: Option<NaiveDate>,
}

/// The events given as `{ acceptedOn: "YYYY-MM-DD", … }`: malformed dates and unknown names are
/// findings (and ignored); `null` is absent.
fn read_events<'e>(
    procedure: &Procedure,
    events: &'e Json,
    findings: &mut Vec<Finding>,
) -> Result<Vec<(&'e str, NaiveDate)>, Failure> {
    let mut known = Vec::new();
    let Some(members) = events.as_object() else {
        return Err(invalid("events", "object"));
    };
    for (name, value) in members {
        if value.is_null() {
            continue;
        }
        // The path is built only for a finding.
        let path = || concat("events.", name);
        if !procedure.is_event(name) {
            findings.push(Finding::warning(Failure::new(Code::UNKNOWN_EVENT, path())));
            continue;
        }
        match value.as_str().map(|s| parse_date(s, "")) {
            Some(Ok(date)) => known.push((&**name, date)),
            Some(Err(f)) => findings.push(Finding::error(f.at(&path()))),
            None => findings.push(Finding::error(
                Failure::new(Code::INVALID_DATE, path()).with("value", ""),
            )),
        }
    }
    Ok(known)
}

fn status(
    kind: StepKind,
    due: Option<NaiveDate>,
    done: Option<NaiveDate>,
    today: Option<NaiveDate>,
    floor: Option<NaiveDate>,
) -> Status {
    if let Some(done) = done {
        let late = kind == StepKind::Deadline && due.is_some_and(|due| done > due);
        return if late { Status::DoneLate } else { Status::Done };
    }
    let Some(due) = due.filter(|_| kind != StepKind::NotBefore) else {
        return Status::Pending;
    };
    let passed = match today.map(|t| t.cmp(&due)) {
        Some(Ordering::Less) => false,
        Some(Ordering::Equal) => return Status::DueToday,
        Some(Ordering::Greater) => true,
        None => floor.is_some_and(|f| f > due),
    };
    match (passed, kind) {
        (false, _) => Status::Pending,
        (true, StepKind::Period) => Status::Done,
        (true, _) => Status::Overdue,
    }
}

/// The timeline of a case from its `events`, by `procedure` over `cal`.
pub fn case_timeline<'p>(
    procedure: &'p Procedure,
    cal: &Calendar,
    events: &Json,
    opts: &TimelineOptions,
) -> Result<Timeline<'p>, Failure> {
    let mut findings = Vec::new();
    let known = read_events(procedure, events, &mut findings)?;
    let date_of = |name: &str| known.iter().find(|(n, _)| *n == name).map(|(_, d)| *d);
    if let Some(today) = opts.today {
        for (name, date) in &known {
            if *date <= today {
                continue;
            }
            findings.push(Finding::error(
                Failure::new(Code::EVENT_IN_FUTURE, concat("events.", name))
                    .with("event", *name)
                    .with("date", *date)
                    .with("today", today),
            ));
        }
    }
    let mut floor = None;
    for (_, date) in &known {
        floor = floor.max(Some(*date));
    }
    for (_, sequence) in &procedure.procedures {
        let mut previous: Option<(&str, NaiveDate)> = None;
        for name in sequence {
            let Some(date) = date_of(name) else { continue };
            match previous {
                Some((before, when)) if date < when => findings.push(Finding::error(
                    Failure::new(Code::EVENT_OUT_OF_ORDER, concat("events.", name))
                        .with("event", name.as_str())
                        .with("date", date)
                        .with("previous", before)
                        .with("previousDate", when),
                )),
                _ => previous = Some((name, date)),
            }
        }
    }
    let mut steps: Vec<Step> = Vec::new();
    for rule in &procedure.steps {
        let active = procedure.procedures.iter().any(|(name, events)| {
            *name == rule.procedure && events.iter().any(|e| date_of(e).is_some())
        });
        if !active {
            continue;
        }
        let index = steps.len();
        let mut period = rule.period;
        if rule.id == "publicityEnds" {
            period.length = opts.publicity_length.unwrap_or(period.length);
            period.unit = opts.publicity_unit.unwrap_or(period.unit);
        }
        let done = rule.done.as_deref().and_then(date_of);
        let earlier = steps.iter().find(|s| s.rule.id == rule.after);
        let producer = steps
            .iter()
            .find(|s| s.rule.done.as_deref() == Some(rule.after.as_str()));
        let (from, projected, missing) = match (date_of(&rule.after), earlier, producer) {
            (Some(date), _, _) => (Some(date), false, None),
            (None, Some(step), _) => (step.due, step.projected, step.missing),
            (None, None, Some(step)) if step.due.is_some() => {
                (step.due, true, Some(rule.after.as_str()))
            }
            _ => (None, false, Some(rule.after.as_str())),
        };
        let mut step = Step {
            rule,
            period,
            from,
            due: None,
            done,
            status: Status::Pending,
            explain: Vec::new(),
            provisional: false,
            projected,
            missing,
        };
        if let Some(from) = from {
            if projected {
                step.explain.push(Line::Projected {
                    event: rule.after.clone(),
                    date: from,
                });
            }
            let after = earlier.map_or(rule.after.as_str(), |s| s.rule.id.as_str());
            let explained = explain_period(cal, after, from, period, rule.kind, opts.mode)
                .and_then(|(due, lines)| Ok((due, lines, cal.day_info(due, opts.mode)?)));
            match explained {
                Ok((due, mut lines, info)) => {
                    step.due = Some(due);
                    step.explain.append(&mut lines);
                    step.provisional = info.provisional;
                    if info.provisional {
                        findings.push(Finding::warning(
                            Failure::new(
                                Code::PROVISIONAL_DATE,
                                indexed("steps.", index, ".dueOn"),
                            )
                            .with("step", rule.id.as_str())
                            .with("year", due.year()),
                        ));
                    }
                }
                Err(failure) => findings.push(Finding::error(
                    failure
                        .at(&indexed("steps.", index, ".dueOn"))
                        .with("step", rule.id.as_str()),
                )),
            }
        }
        step.status = status(rule.kind, step.due, done, opts.today, floor);
        let path = || indexed("steps.", index, "");
        match (step.status, step.due) {
            (Status::Overdue, Some(due)) => findings.push(Finding::error(
                Failure::new(Code::STEP_OVERDUE, path())
                    .with("step", rule.id.as_str())
                    .with("dueOn", due),
            )),
            (Status::DoneLate, Some(due)) => findings.push(Finding::warning(
                Failure::new(Code::STEP_LATE, path())
                    .with("step", rule.id.as_str())
                    .with("dueOn", due)
                    .with("doneOn", done.map(format_date).unwrap_or_default()),
            )),
            _ => {}
        }
        if let (Some(date), Some(event)) = (done, rule.done.as_deref()) {
            let earliest = match (rule.kind, earlier) {
                (StepKind::NotBefore, _) => step.due.map(|d| (d, rule.after.as_str())),
                (_, Some(before)) => before
                    .due
                    .and_then(|d| d.succ_opt())
                    .map(|d| (d, before.rule.id.as_str())),
                _ => None,
            };
            if let Some((earliest, waited)) = earliest.filter(|(e, _)| date < *e) {
                findings.push(Finding::error(
                    Failure::new(Code::ACTED_TOO_EARLY, concat("events.", event))
                        .with("event", event)
                        .with("date", date)
                        .with("step", waited)
                        .with("earliest", earliest),
                ));
            }
            if let Some(missing) = step.missing {
                findings.push(Finding::warning(
                    Failure::new(Code::MISSING_EVENT, concat("events.", missing))
                        .with("event", missing)
                        .with("step", rule.id.as_str()),
                ));
            }
        }
        steps.push(step);
    }
    Ok(Timeline {
        steps,
        findings,
        today: opts.today,
    })
}

/// The explanation lines as a JSON array of strings. Plain loops here and in
/// [`findings_json`]: a mapped iterator collected costs its own `Map::next` and collect per use.
pub(crate) fn explain_json(lines: &[Line], locale: Locale) -> Json<'static> {
    let mut out = Vec::new();
    for line in lines {
        out.push(Json::from(text::explain_line(line, locale)));
    }
    Json::Array(out)
}

/// The findings as a JSON array.
pub(crate) fn findings_json(findings: &[Finding], locale: Locale) -> Json<'_> {
    let mut out = Vec::new();
    for finding in findings {
        out.push(finding.to_json(locale));
    }
    Json::Array(out)
}

impl Step<'_> {
    pub fn to_json(&self, locale: Locale) -> Json<'_> {
        let id = self.rule.id.as_str();
        let unit = match self.period.unit {
            Unit::WorkingDays => "workingDays",
            Unit::CalendarDays => "calendarDays",
        };
        let rule = object()
            .field(unit, i64::from(self.period.length))
            .field("after", self.rule.after.as_str());
        object()
            .field("step", id)
            .field("procedure", self.rule.procedure.as_str())
            .field("kind", self.rule.kind.as_str())
            .field("label", text::label(id, locale))
            .field(
                "labels",
                object()
                    .field("zh-CN", text::label(id, Locale::ZhCn))
                    .field("en", text::label(id, Locale::En)),
            )
            .field("dueOn", self.due.map(format_date))
            .field("doneOn", self.done.map(format_date))
            .field("status", self.status.as_str())
            .field("statusLabel", text::label(self.status.as_str(), locale))
            .field("basis", self.rule.basis.as_str())
            .field("rule", rule)
            .field("explain", explain_json(&self.explain, locale))
            .field("provisional", self.provisional)
            .field("projected", self.projected)
            .build()
    }
}

impl Timeline<'_> {
    pub fn to_json(&self, locale: Locale) -> Json<'_> {
        let mut steps = Vec::new();
        for step in &self.steps {
            steps.push(step.to_json(locale));
        }
        object()
            .field("steps", Json::Array(steps))
            .field("findings", findings_json(&self.findings, locale))
            .field("today", self.today.map(format_date))
            .build()
    }

    /// The finding codes, for tests and programs that only need them.
    pub fn codes(&self) -> Vec<&'static str> {
        self.findings
            .iter()
            .map(|f| f.failure.code.as_str())
            .collect()
    }

    /// The step with this id, if the case has it.
    pub fn step(&self, id: &str) -> Option<&Step<'_>> {
        self.steps.iter().find(|s| s.rule.id == id)
    }
}

impl Finding {
    pub fn error(failure: Failure) -> Finding {
        Finding {
            severity: Severity::Error,
            failure,
        }
    }

    pub fn warning(failure: Failure) -> Finding {
        Finding {
            severity: Severity::Warning,
            failure,
        }
    }
}
