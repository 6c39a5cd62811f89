//! The periods and monthly cut-offs of 青民〔2022〕21号 as data: `data/procedure.json`, compiled in
//! and checked by [`Procedure::read`], which also reads a replacement loaded at run time
//! (`loadProcedureRules`). A new notice that changes a period changes the data, not the code.

use super::member::{Count, Entries, Member, NonEmpty, Object};
use super::period::{Period, Unit};
use crate::data;
use crate::failure::{Code, Failure};
use crate::path::Path;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;
use std::sync::OnceLock;

impl Code {
    /// Procedure rules of the wrong shape (param `expected`).
    pub const INVALID_PROCEDURE_DATA: Code = Code::new("invalidProcedureData");
}

keyed! {
    /// What a step's date means.
    StepKind {
        /// The office must act by the date (`done` event).
        Deadline = "deadline",
        /// A period that runs out by itself (publicity, the defence window).
        Period = "period",
        /// The office may act only from the date on.
        NotBefore = "notBefore",
    }
}

/// One step of the case timeline: its date is `period` after `after` (an event or an earlier step).
/// Serialised as data/procedure.json writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRule {
    pub id: String,
    pub procedure: String,
    pub kind: StepKind,
    pub after: String,
    pub period: Period,
    /// The event that shows the step done.
    pub done: Option<String>,
    /// The policy's sentence the step rests on, quoted.
    pub basis: String,
}

/// A monthly cut-off: the last working day on or before `day` (the month's last day when it has no
/// such day), or with `working_days_before > 0` the working days just before `day`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CutoffRule {
    #[serde(rename = "cutoff")]
    pub id: String,
    pub day: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub working_days_before: u32,
    /// The day is in the month after the one scheduled (corrections).
    #[serde(skip_serializing_if = "is_false")]
    pub next_month: bool,
    pub basis: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Every rule of the procedure. Serialised in the shape [`Procedure::read`] reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Procedure {
    /// Each procedure's events in the order they must happen.
    pub procedures: Vec<(String, Vec<String>)>,
    pub steps: Vec<StepRule>,
    pub cutoffs: Vec<CutoffRule>,
    pub early_closing_basis: String,
}

/// data/procedure.json as given. Every member is lenient ([`Member`]) and checked in the order of
/// the file (procedures, steps, payment), so that the first wrong member is the one reported.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ProcedureData {
    procedures: Member<Entries<Member<Vec<Member<NonEmpty>>>>>,
    steps: Member<Vec<Member<Object<StepData>>>>,
    payment: Member<Object<PaymentData>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct StepData {
    step: Member<NonEmpty>,
    procedure: Member<NonEmpty>,
    kind: Member<StepKind>,
    after: Member<NonEmpty>,
    done: Member<NonEmpty>,
    working_days: Member<Count<366>>,
    calendar_days: Member<Count<366>>,
    basis: Member<NonEmpty>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct PaymentData {
    cutoffs: Member<Vec<Member<Object<CutoffData>>>>,
    early_closing: Member<Object<EarlyClosingData>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct EarlyClosingData {
    basis: Member<NonEmpty>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct CutoffData {
    cutoff: Member<NonEmpty>,
    day: Member<Count<31>>,
    next_month: Member<bool>,
    working_days_before: Member<Count<20>>,
    basis: Member<NonEmpty>,
}

fn bad(path: Path, expected: &str) -> Failure {
    Failure::new(Code::INVALID_PROCEDURE_DATA, path).with("expected", expected)
}

/// A wrong member of a step or cut-off: its key and what was expected. It becomes a failure at
/// the step's or the cut-off's path in [`Procedure::read`].
#[derive(Debug, Clone, Copy)]
struct Wrong {
    key: &'static str,
    expected: &'static str,
}

impl Wrong {
    fn string(key: &'static str) -> Wrong {
        Wrong {
            key,
            expected: "string",
        }
    }

    fn integer(key: &'static str) -> Wrong {
        Wrong {
            key,
            expected: "integer",
        }
    }

    fn at(self, path: &Path) -> Failure {
        bad(path.key(self.key), self.expected)
    }
}

/// A required non-empty string member.
fn text(member: Member<NonEmpty>, key: &'static str) -> Result<String, Wrong> {
    member
        .required()
        .map(|NonEmpty(s)| s)
        .ok_or(Wrong::string(key))
}

/// An optional whole-number member.
fn count<const MAX: u32>(
    member: Member<Count<MAX>>,
    key: &'static str,
) -> Result<Option<u32>, Wrong> {
    member
        .optional()
        .map(|n| n.map(|Count(n)| n))
        .map_err(|()| Wrong::integer(key))
}

impl Procedure {
    /// The compiled-in rules, read once with the same checks as rules loaded at run time.
    pub fn embedded() -> Procedure {
        static EMBEDDED: OnceLock<Procedure> = OnceLock::new();
        EMBEDDED.get_or_init(Procedure::compiled_in).clone()
    }

    /// The compiled-in data read afresh, for a holder that keeps its own copy (the binding's
    /// tables read it once each): no second copy, no clone.
    pub fn compiled_in() -> Procedure {
        let text = include_str!(concat!(env!("OUT_DIR"), "/procedure.json"));
        // Checked by the tests; should it ever fail, no rules rather than a trap.
        data::embedded(text)
            .and_then(|data| Procedure::read(&data).ok())
            .unwrap_or_default()
    }

    /// Reads and checks rules shaped like `data/procedure.json`: every event and step a step
    /// names must exist, and no step is named twice.
    pub fn read(data: &Value) -> Result<Procedure, Failure> {
        let root = Path::root();
        let data: Member<Object<ProcedureData>> =
            data::read(data, Code::INVALID_PROCEDURE_DATA, &root)?;
        let data = data.members();
        let mut p = Procedure {
            procedures: read_procedures(data.procedures)?,
            ..Procedure::default()
        };
        let steps = data.steps.required();
        for (i, step) in steps
            .ok_or_else(|| bad(root.key("steps"), "array"))?
            .into_iter()
            .enumerate()
        {
            let step = step.members().read(&p);
            p.steps
                .push(step.map_err(|w| w.at(&root.key("steps").index(i)))?);
        }
        let payment = root.key("payment");
        let data = data.payment.members();
        let cutoffs = data.cutoffs.required();
        let cutoffs = cutoffs.ok_or_else(|| bad(payment.key("cutoffs"), "array"))?;
        for (i, cutoff) in cutoffs.into_iter().enumerate() {
            let cutoff = cutoff.members().read();
            p.cutoffs
                .push(cutoff.map_err(|w| w.at(&payment.key("cutoffs").index(i)))?);
        }
        let early = data.early_closing.members();
        p.early_closing_basis =
            text(early.basis, "basis").map_err(|w| w.at(&payment.key("earlyClosing")))?;
        Ok(p)
    }

    /// Whether `name` is an event of some procedure.
    pub fn is_event(&self, name: &str) -> bool {
        self.procedures
            .iter()
            .any(|(_, events)| events.iter().any(|e| e == name))
    }

    /// The events of the procedure named `name`.
    fn events(&self, name: &str) -> Option<&[String]> {
        self.procedures
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, events)| events.as_slice())
    }
}

/// `{ name: [event, …] }`, each event a non-empty string.
fn read_procedures(
    member: Member<Entries<Member<Vec<Member<NonEmpty>>>>>,
) -> Result<Vec<(String, Vec<String>)>, Failure> {
    let at = Path::root().key("procedures");
    let Entries(list) = member.required().ok_or_else(|| bad(at.clone(), "object"))?;
    let mut procedures = Vec::new();
    for (name, events) in list {
        let path = at.key(&name);
        let events = events
            .required()
            .ok_or_else(|| bad(path.clone(), "array"))?;
        let events = events
            .into_iter()
            .enumerate()
            .map(|(i, event)| {
                event
                    .required()
                    .map(|NonEmpty(e)| e)
                    .ok_or_else(|| bad(path.index(i), "string"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        procedures.push((name, events));
    }
    Ok(procedures)
}

impl StepData {
    /// The rule: every member read first, then checked against the procedures and the steps
    /// before it.
    fn read(self, p: &Procedure) -> Result<StepRule, Wrong> {
        let id = text(self.step, "step")?;
        let procedure = text(self.procedure, "procedure")?;
        let kind = self.kind.required().ok_or(Wrong::string("kind"))?;
        let after = text(self.after, "after")?;
        let done = match self.done {
            Member::Absent => None,
            done => Some(text(done, "done")?),
        };
        let working = count(self.working_days, "workingDays")?;
        let period = match (working, count(self.calendar_days, "calendarDays")?) {
            (Some(length), None) => Period {
                length,
                unit: Unit::WorkingDays,
            },
            (None, Some(length)) => Period {
                length,
                unit: Unit::CalendarDays,
            },
            // One of the two, never both.
            _ => return Err(Wrong::integer("workingDays")),
        };
        let basis = text(self.basis, "basis")?;
        let events = p.events(&procedure);
        let is_event = |e: &str| events.is_some_and(|es| es.iter().any(|x| x == e));
        let is_step = |e: &str| p.steps.iter().any(|s| s.id == e);
        let wrong = if events.is_none() {
            "procedure"
        } else if !is_event(&after) && !is_step(&after) {
            "after"
        } else if done.as_deref().is_some_and(|d| !is_event(d)) {
            "done"
        } else if is_step(&id) {
            "step"
        } else {
            return Ok(StepRule {
                id,
                procedure,
                kind,
                after,
                period,
                done,
                basis,
            });
        };
        Err(Wrong::string(wrong))
    }
}

impl CutoffData {
    fn read(self) -> Result<CutoffRule, Wrong> {
        let next_month = self.next_month.optional().map_err(|()| Wrong {
            key: "nextMonth",
            expected: "boolean",
        })?;
        let id = text(self.cutoff, "cutoff")?;
        let day = count(self.day, "day")?.filter(|d| *d > 0);
        let day = day.ok_or(Wrong::integer("day"))?;
        let working_days_before = count(self.working_days_before, "workingDaysBefore")?;
        let basis = text(self.basis, "basis")?;
        Ok(CutoffRule {
            id,
            day,
            working_days_before: working_days_before.unwrap_or(0),
            next_month: next_month.unwrap_or(false),
            basis,
        })
    }
}

impl Serialize for StepRule {
    /// `{ step, procedure, kind, after, workingDays | calendarDays, done?, basis }`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("step", &self.id)?;
        map.serialize_entry("procedure", &self.procedure)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("after", &self.after)?;
        map.serialize_entry(self.period.unit.as_str(), &self.period.length)?;
        if let Some(done) = &self.done {
            map.serialize_entry("done", done)?;
        }
        map.serialize_entry("basis", &self.basis)?;
        map.end()
    }
}

impl Serialize for Procedure {
    /// `{ procedures: { name: [event, …] }, steps, payment: { cutoffs, earlyClosing: { basis } } }`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Procedures<'p>(&'p [(String, Vec<String>)]);
        impl Serialize for Procedures<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_map(self.0.iter().map(|(name, events)| (name, events)))
            }
        }
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Payment<'p> {
            cutoffs: &'p [CutoffRule],
            early_closing: EarlyClosing<'p>,
        }
        #[derive(Serialize)]
        struct EarlyClosing<'p> {
            basis: &'p str,
        }
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("procedures", &Procedures(&self.procedures))?;
        map.serialize_entry("steps", &self.steps)?;
        let payment = Payment {
            cutoffs: &self.cutoffs,
            early_closing: EarlyClosing {
                basis: &self.early_closing_basis,
            },
        };
        map.serialize_entry("payment", &payment)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The file as written: the edits below search its text.
    static SOURCE: &str = include_str!("../../data/procedure.json");

    fn read_text(text: &str) -> Result<Procedure, Failure> {
        Procedure::read(&serde_json::from_str(text).unwrap())
    }

    #[test]
    fn the_embedded_rules_load() {
        let p = read_text(SOURCE).unwrap();
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
    fn rules_are_written_in_the_shape_they_are_read_in() {
        let p = Procedure::embedded();
        let written = serde_json::to_value(&p).unwrap();
        assert_eq!(Procedure::read(&written).unwrap(), p);
        let source: Value = serde_json::from_str(SOURCE).unwrap();
        assert_eq!(written["steps"], source["steps"]);
        assert_eq!(written["payment"], source["payment"]);
        assert_eq!(written["procedures"], source["procedures"]);
    }

    #[test]
    fn bad_rules_name_the_path() {
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
            let failure = read_text(&SOURCE.replacen(from, to, 1)).unwrap_err();
            assert_eq!(
                (failure.code, failure.path.as_str()),
                (Code::INVALID_PROCEDURE_DATA, path)
            );
        }
        let failure = Procedure::read(&Value::Null).unwrap_err();
        assert_eq!(failure.path, "procedures");
    }

    /// Every rejection, with its path and params.
    #[test]
    fn every_rejection_keeps_its_path_and_params() {
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
            (json!([]), "procedures", "object"),
            // An array is not a step, whatever it holds.
            (
                edited(&|d| d["steps"][0] = json!(["verificationEntrusted", "application"])),
                "steps.0.step",
                "string",
            ),
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
            // Members in the order of the rules, not of the object: `step` before `after`.
            (
                edited(&|d| {
                    d["steps"][1]["after"] = json!(1);
                    d["steps"][1]["step"] = json!(2);
                }),
                "steps.1.step",
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
            let failure = Procedure::read(&data).unwrap_err();
            assert_eq!(
                (
                    failure.code,
                    failure.path.as_str(),
                    failure.params.iter().collect::<Vec<_>>()
                ),
                (
                    Code::INVALID_PROCEDURE_DATA,
                    path,
                    vec![("expected", expected)]
                ),
                "{data}"
            );
        }
        // Optional members may be left out; whole numbers may be written with a point.
        let lean = edited(&|d| {
            drop(&mut d["steps"][0], "done");
            drop(&mut d["payment"]["cutoffs"][3], "nextMonth");
            drop(&mut d["payment"]["cutoffs"][1], "workingDaysBefore");
            d["steps"][1]["workingDays"] = json!(12.0);
        });
        let p = Procedure::read(&lean).unwrap();
        assert_eq!(
            (
                p.steps[0].done.as_deref(),
                p.cutoffs[1].working_days_before,
                p.steps[1].period.length
            ),
            (None, 0, 12)
        );
    }
}
