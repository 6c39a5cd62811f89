//! The periods and monthly cut-offs of 青民〔2022〕21号 as data: `data/procedure.json`, compiled in
//! and checked by [`Procedure::from_json`], which also reads a replacement loaded at run time. A new
//! notice that changes a period changes the data, not the code.

use super::period::{Period, Unit};
use super::{concat, indexed};
use crate::failure::{Code, Failure};
use crate::json::Json;
use crate::prelude::*;

impl Code {
    /// Procedure rules of the wrong shape (param `expected`).
    pub const INVALID_PROCEDURE_DATA: Code = Code::new("invalidProcedureData");
}

/// What a step's date means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// The office must act by the date (`done` event).
    Deadline,
    /// A period that runs out by itself (publicity, the defence window).
    Period,
    /// The office may act only from the date on.
    NotBefore,
}

impl StepKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Deadline => "deadline",
            StepKind::Period => "period",
            StepKind::NotBefore => "notBefore",
        }
    }

    /// The label key of the kind's date mark (截止 / 期满 / 最早).
    pub fn mark(self) -> &'static str {
        match self {
            StepKind::Deadline => "deadlineMark",
            StepKind::Period => "periodMark",
            StepKind::NotBefore => "notBeforeMark",
        }
    }
}

/// One step of the case timeline: its date is `period` after `after` (an event or an earlier step).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRule {
    pub id: String,
    pub procedure: String,
    pub kind: StepKind,
    pub after: String,
    pub period: Period,
    /// The event that shows the step done.
    pub done: Option<String>,
    pub basis: String,
}

/// A monthly cut-off: the last working day on or before `day` (the month's last day when it has no
/// such day), or with `working_days_before > 0` the working days just before `day`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutoffRule {
    pub id: String,
    pub day: u32,
    pub next_month: bool,
    pub working_days_before: u32,
    pub basis: String,
}

/// Every rule of the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Procedure {
    /// Each procedure's events in the order they must happen.
    pub procedures: Vec<(String, Vec<String>)>,
    pub steps: Vec<StepRule>,
    pub cutoffs: Vec<CutoffRule>,
    pub early_closing_basis: String,
}

/// data/procedure.json as build.rs writes it: without whitespace or the members the loader never reads.
static EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/procedure.json"));

fn bad(base: &str, key: &str, expected: &str) -> Failure {
    Failure::new(Code::INVALID_PROCEDURE_DATA, concat(base, key)).with("expected", expected)
}

/// A wrong member of a step or cut-off: its key and the kind of value expected. Two words and
/// `Copy`, so the readers hand it up cheaply; it becomes a failure, with the step's or cut-off's
/// path, once, in [`Procedure::from_json`].
#[derive(Debug, Clone, Copy)]
struct Wrong {
    key: &'static str,
    expected: &'static str,
}

impl Wrong {
    /// The failure, the member's path being `base` + its key.
    fn at(self, base: &str) -> Failure {
        bad(base, self.key, self.expected)
    }
}

/// A non-empty string member (`obj` may be any value; only an object has members). Borrowed: the
/// rules own their strings only once everything is read, so no failure has owned strings to drop.
fn string<'v>(obj: &'v Json, key: &'static str) -> Result<&'v str, Wrong> {
    match obj.get(key).and_then(Json::as_str) {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(Wrong {
            key,
            expected: "string",
        }),
    }
}

/// An integer member in `0..=max`, `None` when absent.
fn number(obj: &Json, key: &'static str, max: u32) -> Result<Option<u32>, Wrong> {
    let Some(value) = obj.get(key) else {
        return Ok(None);
    };
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=f64::from(max)).contains(&n) => Ok(Some(n as u32)),
        _ => Err(Wrong {
            key,
            expected: "integer",
        }),
    }
}

fn array<'v, 'a>(obj: &'v Json<'a>, base: &str, key: &str) -> Result<&'v [Json<'a>], Failure> {
    obj.get(key)
        .and_then(Json::as_array)
        .ok_or_else(|| bad(base, key, "array"))
}

impl Procedure {
    /// The compiled-in rules (checked by the tests; empty rather than a trap should they break).
    pub fn embedded() -> Procedure {
        if let Ok(json) = Json::parse(EMBEDDED) {
            if let Ok(procedure) = Procedure::from_json(&json) {
                return procedure;
            }
        }
        Procedure::default()
    }

    /// Reads and checks rules shaped like `data/procedure.json`.
    pub fn from_json(data: &Json) -> Result<Procedure, Failure> {
        let mut p = Procedure::default();
        let list = data
            .get("procedures")
            .and_then(Json::as_object)
            .ok_or_else(|| bad("", "procedures", "object"))?;
        for (name, events) in list {
            // The path is built only for a failure.
            let events = events
                .as_array()
                .ok_or_else(|| bad("procedures.", name, "array"))?;
            let mut names = Vec::new();
            for (i, event) in events.iter().enumerate() {
                match event.as_str() {
                    Some(e) if !e.is_empty() => names.push(e.to_owned()),
                    _ => {
                        let base = concat("procedures.", name);
                        return Err(bad(&base, &indexed(".", i, ""), "string"));
                    }
                }
            }
            p.procedures.push((String::from(&**name), names));
        }
        for (i, step) in array(data, "", "steps")?.iter().enumerate() {
            let step = p.read_step(step);
            p.steps
                .push(step.map_err(|w| w.at(&indexed("steps.", i, ".")))?);
        }
        let payment = data.get("payment").unwrap_or(&Json::Null);
        for (i, cutoff) in array(payment, "payment.", "cutoffs")?.iter().enumerate() {
            let cutoff = read_cutoff(cutoff);
            p.cutoffs
                .push(cutoff.map_err(|w| w.at(&indexed("payment.cutoffs.", i, ".")))?);
        }
        let early = payment.get("earlyClosing").unwrap_or(&Json::Null);
        let basis = string(early, "basis").map_err(|w| w.at("payment.earlyClosing."))?;
        p.early_closing_basis = basis.to_owned();
        Ok(p)
    }

    /// One step, checked against the procedures and the steps before it.
    fn read_step(&self, step: &Json) -> Result<StepRule, Wrong> {
        let not_string = |key| Wrong {
            key,
            expected: "string",
        };
        let id = string(step, "step")?;
        let procedure = string(step, "procedure")?;
        let kind = match step.get("kind").and_then(Json::as_str) {
            Some("deadline") => StepKind::Deadline,
            Some("period") => StepKind::Period,
            Some("notBefore") => StepKind::NotBefore,
            _ => return Err(not_string("kind")),
        };
        let after = string(step, "after")?;
        let done = match step.get("done") {
            None => None,
            Some(_) => Some(string(step, "done")?),
        };
        let working = number(step, "workingDays", 366)?;
        let period = match (working, number(step, "calendarDays", 366)?) {
            (Some(length), None) => Period {
                length,
                unit: Unit::WorkingDays,
            },
            (None, Some(length)) => Period {
                length,
                unit: Unit::CalendarDays,
            },
            _ => {
                return Err(Wrong {
                    key: "workingDays",
                    expected: "integer",
                })
            }
        };
        let basis = string(step, "basis")?;
        let events = self.procedures.iter().find(|(n, _)| *n == procedure);
        let events = events.map(|(_, events)| events.as_slice());
        let is_event = |e: &str| events.is_some_and(|es| es.iter().any(|x| x == e));
        let is_step = |e: &str| self.steps.iter().any(|s| s.id == e);
        let wrong = if events.is_none() {
            "procedure"
        } else if !is_event(after) && !is_step(after) {
            "after"
        } else if done.is_some_and(|d| !is_event(d)) {
            "done"
        } else if is_step(id) {
            "step"
        } else {
            return Ok(StepRule {
                id: id.to_owned(),
                procedure: procedure.to_owned(),
                kind,
                after: after.to_owned(),
                period,
                done: done.map(str::to_owned),
                basis: basis.to_owned(),
            });
        };
        Err(not_string(wrong))
    }

    /// Whether `name` is an event of some procedure.
    pub fn is_event(&self, name: &str) -> bool {
        self.procedures
            .iter()
            .any(|(_, events)| events.iter().any(|e| e == name))
    }
}

fn read_cutoff(cutoff: &Json) -> Result<CutoffRule, Wrong> {
    let next_month = match cutoff.get("nextMonth") {
        None => false,
        Some(b) => b.as_bool().ok_or(Wrong {
            key: "nextMonth",
            expected: "boolean",
        })?,
    };
    let id = string(cutoff, "cutoff")?;
    let day = number(cutoff, "day", 31)?.filter(|d| *d > 0);
    let day = day.ok_or(Wrong {
        key: "day",
        expected: "integer",
    })?;
    let working_days_before = number(cutoff, "workingDaysBefore", 20)?;
    let basis = string(cutoff, "basis")?;
    Ok(CutoffRule {
        id: id.to_owned(),
        day,
        next_month,
        working_days_before: working_days_before.unwrap_or(0),
        basis: basis.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file as written (`EMBEDDED` is its minified copy): the edits below search its text.
    static SOURCE: &str = include_str!("../../data/procedure.json");

    #[test]
    fn the_embedded_rules_load() {
        let embedded = Json::parse(SOURCE).unwrap();
        let p = Procedure::from_json(&embedded).unwrap();
        assert_eq!(p, Procedure::embedded());
        let ids: Vec<&str> = p.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "verificationEntrusted",
                "verificationCompleted",
                "publicityEnds",
                "decision",
                "defenceWindowEnds",
                "formalStopEarliest"
            ]
        );
        assert_eq!(p.cutoffs.len(), 4);
        assert!(p.is_event("stopDecidedOn") && !p.is_event("decision"));
    }

    #[test]
    fn bad_rules_name_the_path() {
        let base = SOURCE.to_owned();
        for (from, to, path) in [
            (
                "\"workingDays\": 12",
                "\"workingDays\": -1",
                "steps.1.workingDays",
            ),
            (
                "\"after\": \"acceptedOn\"",
                "\"after\": \"x\"",
                "steps.0.after",
            ),
            ("\"kind\": \"period\"", "\"kind\": \"p\"", "steps.2.kind"),
            ("\"day\": 30", "\"day\": 0", "payment.cutoffs.2.day"),
            (
                "\"nextMonth\": true",
                "\"nextMonth\": 1",
                "payment.cutoffs.3.nextMonth",
            ),
        ] {
            let text = base.replacen(from, to, 1);
            let json = Json::parse(&text).unwrap();
            let failure = Procedure::from_json(&json).unwrap_err();
            assert_eq!(
                (failure.code, failure.path.as_str()),
                (Code::INVALID_PROCEDURE_DATA, path)
            );
        }
        let failure = Procedure::from_json(&Json::Null).unwrap_err();
        assert_eq!(failure.path, "procedures");
    }

    /// Every rejection, with its path and params (the loader is written for size: this pins what it
    /// answers).
    #[test]
    fn every_rejection_keeps_its_path_and_params() {
        use serde_json::{json, Value};
        let base: Value = serde_json::from_str(SOURCE).unwrap();
        let edited = |edit: &dyn Fn(&mut Value)| {
            let mut data = base.clone();
            edit(&mut data);
            data
        };
        let drop = |v: &mut Value, key: &str| {
            v.as_object_mut().unwrap().remove(key);
        };
        let cases: Vec<(Value, &str, &str)> = vec![
            (json!(null), "procedures", "object"),
            (
                edited(&|d| d["procedures"] = json!([])),
                "procedures",
                "object",
            ),
            (
                edited(&|d| d["procedures"]["stop"] = json!("x")),
                "procedures.stop",
                "array",
            ),
            (
                edited(&|d| d["procedures"]["stop"] = json!(["a", 1])),
                "procedures.stop.1",
                "string",
            ),
            (
                edited(&|d| d["procedures"]["stop"] = json!(["a", ""])),
                "procedures.stop.1",
                "string",
            ),
            (edited(&|d| drop(d, "steps")), "steps", "array"),
            (edited(&|d| d["steps"] = json!({})), "steps", "array"),
            (
                edited(&|d| d["steps"][0] = json!(1)),
                "steps.0.step",
                "string",
            ),
            (
                edited(&|d| d["steps"][0]["step"] = json!("")),
                "steps.0.step",
                "string",
            ),
            (
                edited(&|d| drop(&mut d["steps"][0], "procedure")),
                "steps.0.procedure",
                "string",
            ),
            (
                edited(&|d| d["steps"][2]["kind"] = json!(null)),
                "steps.2.kind",
                "string",
            ),
            (
                edited(&|d| drop(&mut d["steps"][1], "after")),
                "steps.1.after",
                "string",
            ),
            (
                edited(&|d| d["steps"][0]["done"] = json!(1)),
                "steps.0.done",
                "string",
            ),
            (
                edited(&|d| d["steps"][0]["done"] = json!(null)),
                "steps.0.done",
                "string",
            ),
            (
                edited(&|d| d["steps"][0]["workingDays"] = json!(1.5)),
                "steps.0.workingDays",
                "integer",
            ),
            (
                edited(&|d| d["steps"][0]["workingDays"] = json!(367)),
                "steps.0.workingDays",
                "integer",
            ),
            (
                edited(&|d| d["steps"][0]["workingDays"] = json!(null)),
                "steps.0.workingDays",
                "integer",
            ),
            (
                edited(&|d| drop(&mut d["steps"][0], "workingDays")),
                "steps.0.workingDays",
                "integer",
            ),
            (
                edited(&|d| d["steps"][0]["calendarDays"] = json!(3)),
                "steps.0.workingDays",
                "integer",
            ),
            (
                edited(&|d| d["steps"][2]["calendarDays"] = json!(-1)),
                "steps.2.calendarDays",
                "integer",
            ),
            (
                edited(&|d| d["steps"][2]["calendarDays"] = json!("7")),
                "steps.2.calendarDays",
                "integer",
            ),
            (
                edited(&|d| d["steps"][3]["basis"] = json!(["x"])),
                "steps.3.basis",
                "string",
            ),
            (
                edited(&|d| d["steps"][3]["procedure"] = json!("x")),
                "steps.3.procedure",
                "string",
            ),
            (
                edited(&|d| d["steps"][3]["after"] = json!("decision")),
                "steps.3.after",
                "string",
            ),
            (
                edited(&|d| d["steps"][3]["after"] = json!("stopDecidedOn")),
                "steps.3.after",
                "string",
            ),
            (
                edited(&|d| d["steps"][3]["done"] = json!("publicityEnds")),
                "steps.3.done",
                "string",
            ),
            (
                edited(&|d| d["steps"][1]["step"] = json!("verificationEntrusted")),
                "steps.1.step",
                "string",
            ),
            // Read before checked: a missing basis comes before an unknown procedure.
            (
                edited(&|d| {
                    d["steps"][3]["procedure"] = json!("x");
                    drop(&mut d["steps"][3], "basis");
                }),
                "steps.3.basis",
                "string",
            ),
            (edited(&|d| drop(d, "payment")), "payment.cutoffs", "array"),
            (
                edited(&|d| d["payment"] = json!(1)),
                "payment.cutoffs",
                "array",
            ),
            (
                edited(&|d| d["payment"]["cutoffs"][0] = json!(1)),
                "payment.cutoffs.0.cutoff",
                "string",
            ),
            (
                edited(&|d| {
                    d["payment"]["cutoffs"][0]["nextMonth"] = json!(null);
                    drop(&mut d["payment"]["cutoffs"][0], "cutoff");
                }),
                "payment.cutoffs.0.nextMonth",
                "boolean",
            ),
            (
                edited(&|d| d["payment"]["cutoffs"][1]["cutoff"] = json!("")),
                "payment.cutoffs.1.cutoff",
                "string",
            ),
            (
                edited(&|d| drop(&mut d["payment"]["cutoffs"][1], "day")),
                "payment.cutoffs.1.day",
                "integer",
            ),
            (
                edited(&|d| d["payment"]["cutoffs"][1]["day"] = json!(32)),
                "payment.cutoffs.1.day",
                "integer",
            ),
            (
                edited(&|d| d["payment"]["cutoffs"][1]["day"] = json!(2.5)),
                "payment.cutoffs.1.day",
                "integer",
            ),
            (
                edited(&|d| d["payment"]["cutoffs"][1]["workingDaysBefore"] = json!(21)),
                "payment.cutoffs.1.workingDaysBefore",
                "integer",
            ),
            (
                edited(&|d| drop(&mut d["payment"]["cutoffs"][2], "basis")),
                "payment.cutoffs.2.basis",
                "string",
            ),
            (
                edited(&|d| drop(&mut d["payment"], "earlyClosing")),
                "payment.earlyClosing.basis",
                "string",
            ),
            (
                edited(&|d| d["payment"]["earlyClosing"]["basis"] = json!("")),
                "payment.earlyClosing.basis",
                "string",
            ),
        ];
        for (data, path, expected) in cases {
            let text = data.to_string();
            let json = Json::parse(&text).unwrap();
            let failure = Procedure::from_json(&json).unwrap_err();
            assert_eq!(
                (failure.code, failure.path.as_str(), failure.params),
                (
                    Code::INVALID_PROCEDURE_DATA,
                    path,
                    vec![("expected", expected.to_string())]
                ),
                "{data}"
            );
        }
        // Optional members may be left out.
        let lean = edited(&|d| {
            drop(&mut d["steps"][0], "done");
            drop(&mut d["payment"]["cutoffs"][3], "nextMonth");
            drop(&mut d["payment"]["cutoffs"][1], "workingDaysBefore");
        });
        let text = lean.to_string();
        let p = Procedure::from_json(&Json::parse(&text).unwrap()).unwrap();
        assert_eq!(
            (p.steps[0].done.as_deref(), p.cutoffs[1].working_days_before),
            (None, 0)
        );
    }
}
