//! The periods and monthly cut-offs of 青民〔2022〕21号 as data: `data/procedure.json`, compiled in
//! and checked by [`Procedure::from_json`], which also reads a replacement loaded at run time. A new
//! notice that changes a period changes the data, not the code.

use super::period::{Period, Unit};
use crate::failure::{Code, Failure};
use crate::json::Json;

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

static EMBEDDED: &str = include_str!("../../data/procedure.json");

fn bad(path: &str, expected: &str) -> Failure {
    Failure::new(Code::INVALID_PROCEDURE_DATA, path).with("expected", expected)
}

fn text(value: Option<&Json>, path: &str) -> Result<String, Failure> {
    value
        .and_then(Json::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .ok_or_else(|| bad(path, "string"))
}

fn count(value: &Json, path: &str, max: u32) -> Result<u32, Failure> {
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n))
        .map(|n| n as u32)
        .ok_or_else(|| bad(path, "integer"))
}

fn items<'a>(value: Option<&'a Json>, path: &str) -> Result<&'a [Json], Failure> {
    value
        .and_then(Json::as_array)
        .ok_or_else(|| bad(path, "array"))
}

impl Procedure {
    /// The compiled-in rules (checked by the tests; empty rather than a trap should they break).
    pub fn embedded() -> Procedure {
        Json::parse(EMBEDDED)
            .ok()
            .and_then(|json| Procedure::from_json(&json).ok())
            .unwrap_or_default()
    }

    /// Reads and checks rules shaped like `data/procedure.json`.
    pub fn from_json(data: &Json) -> Result<Procedure, Failure> {
        let mut procedures = Vec::new();
        let list = data
            .get("procedures")
            .and_then(Json::as_object)
            .ok_or_else(|| bad("procedures", "object"))?;
        for (name, events) in list {
            let path = format!("procedures.{name}");
            let mut names = Vec::new();
            for (i, event) in items(Some(events), &path)?.iter().enumerate() {
                names.push(text(Some(event), &format!("{path}.{i}"))?);
            }
            procedures.push((name.clone(), names));
        }
        let mut steps: Vec<StepRule> = Vec::new();
        for (i, step) in items(data.get("steps"), "steps")?.iter().enumerate() {
            let path = |key: &str| format!("steps.{i}.{key}");
            let id = text(step.get("step"), &path("step"))?;
            let procedure = text(step.get("procedure"), &path("procedure"))?;
            let events = procedures
                .iter()
                .find(|(name, _)| *name == procedure)
                .map(|(_, events)| events)
                .ok_or_else(|| bad(&path("procedure"), "string"))?;
            let kind = match step.get("kind").and_then(Json::as_str) {
                Some("deadline") => StepKind::Deadline,
                Some("period") => StepKind::Period,
                Some("notBefore") => StepKind::NotBefore,
                _ => return Err(bad(&path("kind"), "string")),
            };
            let after = text(step.get("after"), &path("after"))?;
            let known = events.contains(&after) || steps.iter().any(|s| s.id == after);
            if !known || steps.iter().any(|s| s.id == id) {
                return Err(bad(&path(if known { "step" } else { "after" }), "string"));
            }
            let period = match (step.get("workingDays"), step.get("calendarDays")) {
                (Some(n), None) => Period {
                    length: count(n, &path("workingDays"), 366)?,
                    unit: Unit::WorkingDays,
                },
                (None, Some(n)) => Period {
                    length: count(n, &path("calendarDays"), 366)?,
                    unit: Unit::CalendarDays,
                },
                _ => return Err(bad(&path("workingDays"), "integer")),
            };
            let done = match step.get("done") {
                None => None,
                Some(value) => {
                    let done = text(Some(value), &path("done"))?;
                    if !events.contains(&done) {
                        return Err(bad(&path("done"), "string"));
                    }
                    Some(done)
                }
            };
            let basis = text(step.get("basis"), &path("basis"))?;
            steps.push(StepRule {
                id,
                procedure,
                kind,
                after,
                period,
                done,
                basis,
            });
        }
        let payment = data.get("payment");
        let mut cutoffs = Vec::new();
        let list = items(payment.and_then(|p| p.get("cutoffs")), "payment.cutoffs")?;
        for (i, cutoff) in list.iter().enumerate() {
            let path = |key: &str| format!("payment.cutoffs.{i}.{key}");
            let day = cutoff.get("day").unwrap_or(&Json::Null);
            let before = cutoff.get("workingDaysBefore").unwrap_or(&Json::Null);
            cutoffs.push(CutoffRule {
                id: text(cutoff.get("cutoff"), &path("cutoff"))?,
                day: count(day, &path("day"), 31).and_then(|d| {
                    if d == 0 {
                        Err(bad(&path("day"), "integer"))
                    } else {
                        Ok(d)
                    }
                })?,
                next_month: match cutoff.get("nextMonth") {
                    None => false,
                    Some(b) => b
                        .as_bool()
                        .ok_or_else(|| bad(&path("nextMonth"), "boolean"))?,
                },
                working_days_before: if before.is_null() {
                    0
                } else {
                    count(before, &path("workingDaysBefore"), 20)?
                },
                basis: text(cutoff.get("basis"), &path("basis"))?,
            });
        }
        let early_closing_basis = text(
            payment
                .and_then(|p| p.get("earlyClosing"))
                .and_then(|e| e.get("basis")),
            "payment.earlyClosing.basis",
        )?;
        Ok(Procedure {
            procedures,
            steps,
            cutoffs,
            early_closing_basis,
        })
    }

    /// Whether `name` is an event of some procedure.
    pub fn is_event(&self, name: &str) -> bool {
        self.procedures
            .iter()
            .any(|(_, events)| events.iter().any(|e| e == name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_rules_load() {
        let embedded = Json::parse(EMBEDDED).unwrap();
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
        let base = EMBEDDED.to_owned();
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
            let json = Json::parse(&base.replacen(from, to, 1)).unwrap();
            let failure = Procedure::from_json(&json).unwrap_err();
            assert_eq!(
                (failure.code, failure.path.as_str()),
                (Code::INVALID_PROCEDURE_DATA, path)
            );
        }
        let failure = Procedure::from_json(&Json::Null).unwrap_err();
        assert_eq!(failure.path, "procedures");
    }
}
