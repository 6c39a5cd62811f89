//! The case timeline: each step's date from the events that happened, its status relative to
//! `today`, how the date was reached, and findings for whatever is out of order, late or beyond the
//! published calendar. "Today" is an option, never read from a clock.
//!
//! Without `today`, a status that needs it is judged only from what the events prove: every
//! recorded event has happened, so today is no earlier than the latest of them. A deadline before
//! that day is `overdue` (a period `done`); anything else stays `pending` — never `dueToday`.

use super::explain::{explain_period, Line};
use super::member::{Entries, Member};
use super::options::TimelineOptions;
use super::period::Period;
use super::rules::{Procedure, StepKind, StepRule};
use super::Finding;
use crate::calendar::{parse_date, Calendar};
use crate::data::{self, DateText};
use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::Value;
use std::cmp::Ordering;

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

keyed! {
    /// Where a step stands relative to today.
    Status {
        Done = "done",
        DoneLate = "doneLate",
        Pending = "pending",
        DueToday = "dueToday",
        Overdue = "overdue",
    }
}

/// One step of the timeline.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step<'p> {
    pub rule: &'p StepRule,
    /// The period in force (the rule's, or the publicity option).
    pub period: Period,
    /// The date counted from.
    pub from: Option<NaiveDate>,
    #[serde(rename = "dueOn")]
    pub due: Option<NaiveDate>,
    #[serde(rename = "doneOn")]
    pub done: Option<NaiveDate>,
    pub status: Status,
    pub explain: Vec<Line>,
    /// The date lies in a year estimated from the statutory holidays.
    pub provisional: bool,
    /// Counted from an earlier step's due date because its event is not known.
    pub projected: bool,
    /// The event whose absence left this step without a date.
    #[serde(skip)]
    missing: Option<&'p str>,
}

/// The steps of the case and what is wrong with it.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline<'p> {
    pub steps: Vec<Step<'p>>,
    pub findings: Vec<Finding>,
    pub today: Option<NaiveDate>,
}

/// The events as given: `{ acceptedOn: "YYYY-MM-DD", … }`, `null` for one not yet known.
type EventsData = Entries<Option<Member<DateText>>>;

fn event_path(name: &str) -> Path {
    Path::root().key("events").key(name)
}

fn step_path(index: usize) -> Path {
    Path::root().key("steps").index(index)
}

/// The dated events, in the order they were written (serde_json's `preserve_order` keeps it), so
/// that findings about them come in that order too. Malformed dates and unknown names are findings
/// (and ignored); `null` is absent; anything but an object is refused.
fn read_events(
    procedure: &Procedure,
    events: &Value,
    findings: &mut Vec<Finding>,
) -> Result<Vec<(String, NaiveDate)>, Failure> {
    let Entries(members): EventsData =
        data::read(events, Code::INVALID_ARGUMENT, &Path::root().key("events"))?;
    let mut known = Vec::new();
    for (name, value) in members {
        let Some(value) = value else { continue };
        if !procedure.is_event(&name) {
            findings.push(Finding::warning(Failure::new(
                Code::UNKNOWN_EVENT,
                event_path(&name),
            )));
            continue;
        }
        match value.required() {
            Some(text) => match parse_date(text.as_str(), event_path(&name)) {
                Ok(date) => known.push((name, date)),
                Err(failure) => findings.push(Finding::error(failure)),
            },
            None => findings.push(Finding::error(
                Failure::new(Code::INVALID_DATE, event_path(&name)).with("value", ""),
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

/// Events dated after `today`.
fn future_events(known: &[(String, NaiveDate)], today: NaiveDate, findings: &mut Vec<Finding>) {
    for (name, date) in known.iter().filter(|(_, date)| *date > today) {
        findings.push(Finding::error(
            Failure::new(Code::EVENT_IN_FUTURE, event_path(name))
                .with("event", name)
                .with("date", date)
                .with("today", today),
        ));
    }
}

/// Steps given in the order they must come, each with its date: every one dated before the last
/// step still in order ahead of it, paired with that step. What the timeline's events, a record's
/// actions and a proxy's steps are checked with.
pub fn out_of_order<T: Copy>(
    steps: impl IntoIterator<Item = (T, NaiveDate)>,
) -> Vec<((T, NaiveDate), (T, NaiveDate))> {
    let mut late = Vec::new();
    let mut previous: Option<(T, NaiveDate)> = None;
    for (step, date) in steps {
        match previous {
            Some(before) if date < before.1 => late.push(((step, date), before)),
            _ => previous = Some((step, date)),
        }
    }
    late
}

/// Events dated before one that must come first in their procedure.
fn events_out_of_order(
    procedure: &Procedure,
    date_of: impl Fn(&str) -> Option<NaiveDate>,
    findings: &mut Vec<Finding>,
) {
    for (_, sequence) in &procedure.procedures {
        let dated = sequence
            .iter()
            .filter_map(|name| Some((name.as_str(), date_of(name)?)));
        for ((name, date), (before, when)) in out_of_order(dated) {
            findings.push(Finding::error(
                Failure::new(Code::EVENT_OUT_OF_ORDER, event_path(name))
                    .with("event", name)
                    .with("date", date)
                    .with("previous", before)
                    .with("previousDate", when),
            ));
        }
    }
}

/// The timeline of a case from its `events`, by `procedure` over `cal`.
pub fn case_timeline<'p>(
    procedure: &'p Procedure,
    cal: &Calendar,
    events: &Value,
    opts: &TimelineOptions,
) -> Result<Timeline<'p>, Failure> {
    let mut findings = Vec::new();
    let known = read_events(procedure, events, &mut findings)?;
    let date_of = |name: &str| known.iter().find(|(n, _)| n == name).map(|(_, d)| *d);
    if let Some(today) = opts.today {
        future_events(&known, today, &mut findings);
    }
    let floor = known.iter().map(|(_, date)| *date).max();
    events_out_of_order(procedure, date_of, &mut findings);
    let mut steps: Vec<Step> = Vec::new();
    for rule in &procedure.steps {
        let active = procedure.procedures.iter().any(|(name, events)| {
            *name == rule.procedure && events.iter().any(|e| date_of(e).is_some())
        });
        if active {
            let step = step(rule, &steps, cal, &date_of, opts, floor, &mut findings);
            steps.push(step);
        }
    }
    Ok(Timeline {
        steps,
        findings,
        today: opts.today,
    })
}

/// The step of `rule`, after the `earlier` steps of the case.
fn step<'p>(
    rule: &'p StepRule,
    earlier: &[Step<'p>],
    cal: &Calendar,
    date_of: &impl Fn(&str) -> Option<NaiveDate>,
    opts: &TimelineOptions,
    floor: Option<NaiveDate>,
    findings: &mut Vec<Finding>,
) -> Step<'p> {
    let index = earlier.len();
    let mut period = rule.period;
    if rule.id == "publicityEnds" {
        period.length = opts.publicity_length.unwrap_or(period.length);
        period.unit = opts.publicity_unit.unwrap_or(period.unit);
    }
    let done = rule.done.as_deref().and_then(date_of);
    let before = earlier.iter().find(|s| s.rule.id == rule.after);
    let producer = earlier
        .iter()
        .find(|s| s.rule.done.as_deref() == Some(rule.after.as_str()));
    let (from, projected, missing) = match (date_of(&rule.after), before, producer) {
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
        let after = before.map_or(rule.after.as_str(), |s| s.rule.id.as_str());
        let explained = explain_period(cal, after, from, period, rule.kind, opts.mode)
            .and_then(|(due, lines)| Ok((due, lines, cal.day_info(due, opts.mode)?)));
        let due_path = || step_path(index).key("dueOn");
        match explained {
            Ok((due, mut lines, info)) => {
                step.due = Some(due);
                step.explain.append(&mut lines);
                step.provisional = info.provisional;
                if info.provisional {
                    findings.push(Finding::warning(
                        Failure::new(Code::PROVISIONAL_DATE, due_path())
                            .with("step", &rule.id)
                            .with("year", due.year()),
                    ));
                }
            }
            Err(failure) => findings.push(Finding::error(
                failure.at(due_path()).with("step", &rule.id),
            )),
        }
    }
    step.status = status(rule.kind, step.due, done, opts.today, floor);
    match (step.status, step.due) {
        (Status::Overdue, Some(due)) => findings.push(Finding::error(
            Failure::new(Code::STEP_OVERDUE, step_path(index))
                .with("step", &rule.id)
                .with("dueOn", due),
        )),
        (Status::DoneLate, Some(due)) => findings.push(Finding::warning(
            Failure::new(Code::STEP_LATE, step_path(index))
                .with("step", &rule.id)
                .with("dueOn", due)
                .with("doneOn", done.map(|d| d.to_string()).unwrap_or_default()),
        )),
        _ => {}
    }
    if let (Some(date), Some(event)) = (done, rule.done.as_deref()) {
        done_checks(&step, before, date, event, findings);
    }
    step
}

/// What a step done on `date` (by `event`) may still be wrong in: done before it could be, or
/// counted from an event nobody recorded.
fn done_checks(
    step: &Step,
    before: Option<&Step>,
    date: NaiveDate,
    event: &str,
    findings: &mut Vec<Finding>,
) {
    let rule = step.rule;
    let earliest = match (rule.kind, before) {
        (StepKind::NotBefore, _) => step.due.map(|d| (d, rule.after.as_str())),
        (_, Some(before)) => before
            .due
            .and_then(|d| d.succ_opt())
            .map(|d| (d, before.rule.id.as_str())),
        _ => None,
    };
    if let Some((earliest, waited)) = earliest.filter(|(e, _)| date < *e) {
        findings.push(Finding::error(
            Failure::new(Code::ACTED_TOO_EARLY, event_path(event))
                .with("event", event)
                .with("date", date)
                .with("step", waited)
                .with("earliest", earliest),
        ));
    }
    if let Some(missing) = step.missing {
        findings.push(Finding::warning(
            Failure::new(Code::MISSING_EVENT, event_path(missing))
                .with("event", missing)
                .with("step", &rule.id),
        ));
    }
}

impl Timeline<'_> {
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
