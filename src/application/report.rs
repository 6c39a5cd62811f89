//! The report of one application: the findings in form order and the normalised values to store.

use super::order::rank;
use super::read::Reader;
use super::Options;
use crate::failure::{Failure, Severity};
use crate::path::Path;
use crate::sort;
use serde::Serialize;
use serde_json::Value;

/// One thing found: the failure, how serious it is, and the other fields it depends on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    #[serde(flatten)]
    pub failure: Failure,
    pub severity: Severity,
    /// Paths of the other fields the rule read (`members.*.relationship` for every member).
    #[serde(skip)]
    pub related: Vec<Path>,
}

/// The findings in form order, and the values to store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// The normalised values that differ from the input, by path, in form order: ID numbers
    /// cleaned (15 digits made 18) and an `idType` recognised from the number, phones and account
    /// numbers as digits, the town as its code, texts trimmed. A form applies them with its
    /// `setValue(path, value)`; [`Report::apply`] makes the normalised application.
    pub normalized: Vec<(Path, String)>,
}

impl Report {
    pub(super) fn new(reader: Reader, options: &Options) -> Report {
        let mut findings = reader.findings;
        if let Some(fields) = &options.fields {
            findings.retain(|f| {
                fields.iter().any(|field| {
                    field.overlaps(&f.failure.path) || f.related.iter().any(|r| field.overlaps(r))
                })
            });
        }
        // Stable: findings at one path keep the order the rules found them in.
        sort::by_rank(&mut findings, |f| rank(&f.failure.path));
        Report {
            findings,
            normalized: reader.patches,
        }
    }

    /// A report of one failure, an error (the value is not an application, a roster is not one).
    pub fn single(failure: Failure) -> Report {
        Report {
            findings: vec![Finding {
                failure,
                severity: Severity::Error,
                related: Vec::new(),
            }],
            normalized: Vec::new(),
        }
    }

    /// No finding blocks a submit (warnings do not).
    pub fn valid(&self) -> bool {
        self.findings.iter().all(|f| !f.severity.blocks_submit())
    }

    /// The application as it should be stored: `json` with the normalised values in place
    /// (unknown fields kept). The input is not changed.
    pub fn apply(&self, json: &Value) -> Value {
        let mut copy = json.clone();
        for (path, value) in &self.normalized {
            let Some((parent, key)) = path.split_last() else {
                continue;
            };
            let Some(slot) = slot(&mut copy, &parent) else {
                continue;
            };
            match slot {
                Value::Object(members) => {
                    members.insert(key.to_owned(), Value::String(value.clone()));
                }
                Value::Array(items) => {
                    if let Some(item) = key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                        *item = Value::String(value.clone());
                    }
                }
                _ => {}
            }
        }
        copy
    }
}

/// The value at a path, if it exists.
fn slot<'j>(root: &'j mut Value, path: &Path) -> Option<&'j mut Value> {
    path.segments().try_fold(root, |at, segment| match at {
        Value::Object(members) => members.get_mut(segment),
        Value::Array(items) => items.get_mut(segment.parse::<usize>().ok()?),
        _ => None,
    })
}
