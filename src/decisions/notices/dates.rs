//! The dates of a notice against the procedure, counted by `caseTimeline` over the same procedure
//! rules and calendar (so a district's loaded rules or next year's holidays count here too):
//! - approval and refusal: not before the publicity has ended (二（二）、二（三）: the decision comes
//!   after the 7 days, a last day on a rest day moving to the next working day), and within the 2
//!   working days after it (late is a warning: the decision stands, the delay is the office's);
//! - the prior notice of stopping: the last day it gives to state a case is no earlier than 3
//!   working days after service (三（一）); it cannot be served before it is issued;
//! - the stop notice: not dated before the first day after that window (`formalStopEarliest`), or
//!   after the later last day the prior notice gave; a defence dated before service, or after the
//!   window (which the policy lets the office treat as waived), is pointed out.

use super::{DefenceWindow, Draft, NoticeKind};
use crate::deadlines::{case_timeline, Step, Timeline, TimelineOptions};
use crate::decisions::fields::Findings;
use crate::decisions::Context;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;
use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

impl Code {
    /// An approval or refusal dated on or before the last day of the publicity (params
    /// `issuedOn`, `publicityEnds`, `earliest`).
    pub const DECISION_BEFORE_PUBLICITY_ENDS: Code = Code::new("decisionBeforePublicityEnds");
    /// An approval or refusal after the 2 working days that follow the publicity (params
    /// `issuedOn`, `dueOn`; warning).
    pub const DECISION_LATE: Code = Code::new("decisionLate");
    /// No service date: the prior notice is counted as served the day it is issued (param
    /// `issuedOn`; warning).
    pub const SERVED_ON_ASSUMED: Code = Code::new("servedOnAssumed");
    /// The prior notice served before it was issued (params `servedOn`, `issuedOn`).
    pub const SERVED_BEFORE_ISSUED: Code = Code::new("servedBeforeIssued");
    /// The prior notice gives a last day to state a case before the one the procedure gives
    /// (params `lastDay`, `required`).
    pub const DEFENCE_WINDOW_SHORT: Code = Code::new("defenceWindowShort");
    /// A stop notice dated before the defence window has run out (params `issuedOn`, `lastDay`,
    /// `earliest`).
    pub const STOP_INSIDE_DEFENCE_WINDOW: Code = Code::new("stopInsideDefenceWindow");
    /// A defence dated before the prior notice was served (params `receivedOn`, `servedOn`).
    pub const DEFENCE_BEFORE_SERVICE: Code = Code::new("defenceBeforeService");
    /// A defence received after its last day (params `receivedOn`, `lastDay`; warning).
    pub const DEFENCE_AFTER_WINDOW: Code = Code::new("defenceAfterWindow");
}

/// Checks the dates of `draft`; the defence window, for the two notices of the stop procedure.
pub(super) fn check(
    kind: NoticeKind,
    draft: &Draft,
    ctx: &Context,
    found: &mut Findings,
) -> Option<DefenceWindow> {
    match kind {
        NoticeKind::Approval | NoticeKind::Refusal => {
            decision(draft, ctx, found);
            None
        }
        NoticeKind::Change => None,
        NoticeKind::StopPreNotice => pre_notice(draft, ctx, found),
        NoticeKind::Stop => stop(draft, ctx, found),
    }
}

/// The timeline of these events alone.
fn timeline<'p>(ctx: &Context<'p>, events: &[(&str, NaiveDate)]) -> Timeline<'p> {
    let mut map = Map::new();
    for (name, date) in events {
        map.insert((*name).to_owned(), Value::String(date.to_string()));
    }
    let options = TimelineOptions {
        mode: ctx.mode,
        ..TimelineOptions::default()
    };
    // Events as an object never fail to read; an empty timeline is the fallback all the same.
    case_timeline(ctx.procedure, ctx.calendar, &Value::Object(map), &options).unwrap_or(Timeline {
        steps: Vec::new(),
        findings: Vec::new(),
        today: None,
    })
}

/// The step `id` with its date; its calendar failure, reported at `path`, when it has none.
fn dated<'t>(
    t: &'t Timeline<'_>,
    id: &str,
    path: &str,
    found: &mut Findings,
) -> Option<(&'t Step<'t>, NaiveDate)> {
    let step = t.step(id)?;
    if let Some(due) = step.due {
        if step.provisional {
            found.warning(
                Failure::new(Code::PROVISIONAL_DATE, path)
                    .with("step", id)
                    .with("year", due.year()),
            );
        }
        return Some((step, due));
    }
    let failure = t
        .findings
        .iter()
        .find(|f| f.severity == Severity::Error && f.failure.param("step") == Some(id));
    if let Some(finding) = failure {
        let mut failure = finding.failure.clone();
        failure.path = Path::from(path);
        found.error(failure);
    }
    None
}

fn decision(draft: &Draft, ctx: &Context, found: &mut Findings) {
    let (Some(posted), Some(issued)) = (draft.publicity_posted_on, draft.issued_on) else {
        return;
    };
    let t = timeline(ctx, &[("publicityPostedOn", posted), ("decidedOn", issued)]);
    let Some((_, ends)) = dated(&t, "publicityEnds", "events.publicityPostedOn", found) else {
        return;
    };
    if issued <= ends {
        found.error(
            Failure::new(Code::DECISION_BEFORE_PUBLICITY_ENDS, "issuedOn")
                .with("issuedOn", issued)
                .with("publicityEnds", ends)
                .with("earliest", ends.succ_opt().unwrap_or(ends)),
        );
        return;
    }
    if let Some((_, due)) = dated(&t, "decision", "issuedOn", found) {
        if issued > due {
            found.warning(
                Failure::new(Code::DECISION_LATE, "issuedOn")
                    .with("issuedOn", issued)
                    .with("dueOn", due),
            );
        }
    }
}

/// The defence window of a prior notice served on `served`, counted by the procedure rules.
pub(super) fn window(
    ctx: &Context,
    served: NaiveDate,
    assumed: bool,
    path: &str,
    found: &mut Findings,
) -> Option<DefenceWindow> {
    let t = timeline(ctx, &[("stopNoticeServedOn", served)]);
    let (step, last_day) = dated(&t, "defenceWindowEnds", path, found)?;
    let earliest_stop = t.step("formalStopEarliest").and_then(|s| s.due);
    Some(DefenceWindow {
        served_on: served,
        served_on_assumed: assumed,
        days: step.period.length,
        last_day,
        earliest_stop,
        explain: step.explain.clone(),
    })
}

fn pre_notice(draft: &Draft, ctx: &Context, found: &mut Findings) -> Option<DefenceWindow> {
    let served_path = "events.stopNoticeServedOn";
    let served = match (draft.served_on, draft.issued_on) {
        (Some(served), issued) => {
            if let Some(issued) = issued.filter(|issued| served < *issued) {
                found.error(
                    Failure::new(Code::SERVED_BEFORE_ISSUED, served_path)
                        .with("servedOn", served)
                        .with("issuedOn", issued),
                );
            }
            served
        }
        // A service date given but not a date was reported; nothing is assumed in its place.
        (None, _) if found.is_wrong(&Path::from(served_path)) => return None,
        (None, Some(issued)) => {
            found.warning(
                Failure::new(Code::SERVED_ON_ASSUMED, served_path).with("issuedOn", issued),
            );
            issued
        }
        (None, None) => return None,
    };
    let window = window(ctx, served, draft.served_on.is_none(), served_path, found)?;
    if let Some(given) = draft.defence.last_day {
        if given < window.last_day {
            found.error(
                Failure::new(Code::DEFENCE_WINDOW_SHORT, "defence.lastDay")
                    .with("lastDay", given)
                    .with("required", window.last_day),
            );
        }
    }
    Some(window)
}

fn stop(draft: &Draft, ctx: &Context, found: &mut Findings) -> Option<DefenceWindow> {
    let served_path = "events.stopNoticeServedOn";
    let served = draft.served_on?;
    let window = window(ctx, served, false, served_path, found)?;
    let mut last_day = window.last_day;
    let mut earliest = window
        .earliest_stop
        .or_else(|| last_day.succ_opt())
        .unwrap_or(last_day);
    // The prior notice gave more time than the procedure: the resident was told that day.
    if let Some(given) = draft.defence.last_day.filter(|given| *given > last_day) {
        last_day = given;
        if let Ok(day) = ctx.calendar.add_working_days(given, 1, ctx.mode) {
            earliest = day;
        }
    }
    if let Some(issued) = draft.issued_on {
        if issued < earliest {
            found.error(
                Failure::new(Code::STOP_INSIDE_DEFENCE_WINDOW, "issuedOn")
                    .with("issuedOn", issued)
                    .with("lastDay", last_day)
                    .with("earliest", earliest),
            );
        }
    }
    let defence = &draft.defence;
    if let (Some(true), Some(received)) = (defence.received, defence.received_on) {
        let path = "defence.receivedOn";
        if received < served {
            found.error(
                Failure::new(Code::DEFENCE_BEFORE_SERVICE, path)
                    .with("receivedOn", received)
                    .with("servedOn", served),
            );
        } else if received > last_day {
            found.warning(
                Failure::new(Code::DEFENCE_AFTER_WINDOW, path)
                    .with("receivedOn", received)
                    .with("lastDay", last_day),
            );
        }
    }
    Some(DefenceWindow {
        last_day,
        earliest_stop: Some(earliest),
        ..window
    })
}
