//! A case's record (青民〔2022〕21号 三（四）): `[{ action, by: { account, unit, role, person }, on }]`,
//! checked for
//! - one person acting in two of 受理/审核/审批 (`separation.rs`);
//! - an action by a unit or a role that may not do it: an approval not by the authorised deputy
//!   head, data entry outside the affairs centre (`duties.rs`);
//! - approval results entered with another account than the office's `qp{town}zau`, data entered
//!   with another than the centre's `qp{town}zch`/`qp{town}zop` (`accounts.rs`);
//! - actions out of order, early or late by `caseTimeline`'s periods (`timing.rs`).
//!
//! A person is known by `by.person` (a name or staff number), else by the account they used.

mod accounts;
mod duties;
mod roles;
mod separation;
mod timing;

pub use roles::{ActionRule, Named, Roles};

use super::fields::{date, text, Findings};
use super::{Context, Report};
use crate::divisions::Divisions;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

impl Code {
    /// An action the roles data does not know (param `action`; warning).
    pub const UNKNOWN_ACTION: Code = Code::new("unknownAction");
}

/// One action as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Action {
    /// Its place in the record (`actions.{index}`).
    pub index: usize,
    /// A known action's name.
    pub action: Option<String>,
    pub on: Option<NaiveDate>,
    pub account: Option<String>,
    pub unit: Option<String>,
    pub role: Option<String>,
    pub person: Option<String>,
}

impl Action {
    pub fn path(&self) -> Path {
        Path::root().key("actions").index(self.index)
    }

    /// Who did it: the person, else the account (case and spaces aside).
    pub fn who(&self) -> Option<String> {
        let who = self.person.as_deref().or(self.account.as_deref())?;
        Some(who.to_ascii_lowercase())
    }
}

/// What the rules read besides the record.
#[derive(Debug, Clone, Copy)]
pub struct RecordSources<'a> {
    pub roles: &'a Roles,
    pub divisions: &'a Divisions,
    pub context: Context<'a>,
    pub today: Option<NaiveDate>,
}

fn read(value: &Value, roles: &Roles, found: &mut Findings) -> (Option<String>, Vec<Action>) {
    if !value.is_object() {
        found.invalid(Path::root(), "object");
        return (None, Vec::new());
    }
    let town = found.text(value, "town");
    let items = match value.get("actions") {
        Some(Value::Array(items)) => items,
        None | Some(Value::Null) => {
            found.missing(Path::from("actions"), Severity::Error, None);
            return (town, Vec::new());
        }
        Some(_) => {
            found.invalid(Path::from("actions"), "array");
            return (town, Vec::new());
        }
    };
    let mut actions = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let mut a = Action {
            index,
            ..Action::default()
        };
        let path = a.path();
        if !item.is_object() {
            found.invalid(path, "object");
            continue;
        }
        let text_at = |key: &str, found: &mut Findings, within: &Value, at: Path| {
            found
                .read_at(within.get(key), at.key(key), text, "text")
                .map(str::to_owned)
        };
        match text_at("action", found, item, path.clone()) {
            None => found.missing(path.key("action"), Severity::Error, None),
            Some(name) if roles.action(&name).is_none() => found.warning(
                Failure::new(Code::UNKNOWN_ACTION, path.key("action")).with("action", &name),
            ),
            Some(name) => a.action = Some(name),
        }
        a.on = found.read_at(item.get("on"), path.key("on"), date, "date");
        if a.on.is_none() {
            found.missing(path.key("on"), Severity::Error, None);
        }
        match item.get("by") {
            Some(by @ Value::Object(_)) => {
                let at = path.key("by");
                a.account = text_at("account", found, by, at.clone());
                a.unit = text_at("unit", found, by, at.clone());
                a.role = text_at("role", found, by, at.clone());
                a.person = text_at("person", found, by, at);
            }
            None | Some(Value::Null) => found.missing(path.key("by"), Severity::Error, None),
            Some(_) => found.invalid(path.key("by"), "object"),
        }
        actions.push(a);
    }
    (town, actions)
}

/// Checks a case's record (any JSON value).
pub fn check_case_record(value: &Value, sources: &RecordSources) -> Report {
    let mut found = Findings::default();
    let roles = sources.roles;
    let (town, actions) = read(value, roles, &mut found);
    duties::check(&actions, roles, &mut found);
    let town_code = town
        .as_deref()
        .and_then(|t| sources.divisions.find(t))
        .and_then(|d| roles.town_code(&d.code));
    accounts::check(&actions, roles, town_code, &mut found);
    separation::check(&actions, roles, &mut found);
    timing::check(&actions, roles, sources, &mut found);
    // In the record's order, as a person reads it: the record as a whole first, then item by
    // item (each item's findings in the order of the rules), what the record lacks last.
    let mut findings = found.list;
    findings.sort_by_key(|f| item(&f.failure.path));
    Report { findings }
}

/// Where a finding's path falls in the record: 0 for the record itself, the item's number for
/// `actions.{i}…`, last for `actions` (what no item holds: a step overdue).
fn item(path: &Path) -> usize {
    let mut segments = path.segments();
    match (segments.next(), segments.next()) {
        (Some("actions"), Some(index)) => index
            .parse::<usize>()
            .map_or(usize::MAX, |i| i.saturating_add(1)),
        (Some("actions"), None) => usize::MAX,
        _ => 0,
    }
}
