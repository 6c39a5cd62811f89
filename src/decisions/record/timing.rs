//! Actions in order, and on time. The roles data's sequences give the order (an action dated
//! before one that comes first in its sequence); the actions that date a `caseTimeline` event are
//! judged by the timeline's periods over the calendar (acted before a period ran out, done late,
//! overdue by `today`), each finding moved to the action it is about.

use super::{Action, RecordSources, Roles};
use crate::deadlines::{case_timeline, out_of_order, TimelineOptions};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::{Map, Value};

impl Code {
    /// An action dated before one that must come first (params `action`, `date`, `previous`,
    /// `previousDate`).
    pub const ACTION_OUT_OF_ORDER: Code = Code::new("actionOutOfOrder");
    /// An action dated after `today` (params `action`, `date`, `today`).
    pub const ACTION_IN_FUTURE: Code = Code::new("actionInFuture");
}

/// The first action of this name that has a date.
fn first<'a>(actions: &'a [Action], name: &str) -> Option<(&'a Action, NaiveDate)> {
    actions
        .iter()
        .find(|a| a.action.as_deref() == Some(name) && a.on.is_some())
        .and_then(|a| Some((a, a.on?)))
}

pub(super) fn check(
    actions: &[Action],
    roles: &Roles,
    sources: &RecordSources,
    found: &mut Findings,
) {
    if let Some(today) = sources.today {
        for a in actions {
            if let (Some(name), Some(date)) = (&a.action, a.on.filter(|d| *d > today)) {
                found.error(
                    Failure::new(Code::ACTION_IN_FUTURE, a.path().key("on"))
                        .with("action", name)
                        .with("date", date)
                        .with("today", today),
                );
            }
        }
    }
    order(actions, roles, found);
    timeline(actions, roles, sources, found);
}

fn order(actions: &[Action], roles: &Roles, found: &mut Findings) {
    for sequence in &roles.sequences {
        let dated = sequence
            .iter()
            .filter_map(|name| first(actions, name).map(|(action, date)| ((name, action), date)));
        for (((name, action), date), ((before, _), when)) in out_of_order(dated) {
            found.error(
                Failure::new(Code::ACTION_OUT_OF_ORDER, action.path().key("on"))
                    .with("action", name)
                    .with("date", date)
                    .with("previous", before)
                    .with("previousDate", when),
            );
        }
    }
}

fn timeline(actions: &[Action], roles: &Roles, sources: &RecordSources, found: &mut Findings) {
    let mut events = Map::new();
    let mut dated: Vec<(&str, &Action)> = Vec::new();
    for rule in &roles.actions {
        let Some(event) = rule.event.as_deref() else {
            continue;
        };
        if !sources.context.procedure.is_event(event) {
            continue;
        }
        if let Some((action, date)) = first(actions, &rule.action) {
            events.insert(event.to_owned(), Value::String(date.to_string()));
            dated.push((event, action));
        }
    }
    if events.is_empty() {
        return;
    }
    let options = TimelineOptions {
        today: sources.today,
        mode: sources.context.mode,
        ..TimelineOptions::default()
    };
    let ctx = &sources.context;
    let Ok(t) = case_timeline(
        ctx.procedure,
        ctx.calendar,
        &Value::Object(events),
        &options,
    ) else {
        return;
    };
    // The action an event's path or a step's path is about.
    let action_of = |path: &Path| -> Path {
        let mut segments = path.segments();
        let event = match (segments.next(), segments.next()) {
            (Some("events"), Some(event)) => Some(event),
            (Some("steps"), Some(index)) => index
                .parse::<usize>()
                .ok()
                .and_then(|i| t.steps.get(i))
                .and_then(|s| s.rule.done.as_deref()),
            _ => None,
        };
        event
            .and_then(|e| dated.iter().find(|(name, _)| *name == e))
            .map_or_else(|| Path::from("actions"), |(_, a)| a.path().key("on"))
    };
    for finding in &t.findings {
        let code = finding.failure.code;
        // Order and dates after today are judged above, with the actions' own names.
        if [
            Code::EVENT_OUT_OF_ORDER,
            Code::UNKNOWN_EVENT,
            Code::EVENT_IN_FUTURE,
        ]
        .contains(&code)
        {
            continue;
        }
        let mut failure = finding.failure.clone();
        failure.path = action_of(&failure.path);
        found.push(failure, finding.severity);
    }
}
