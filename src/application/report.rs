//! The report: `{ valid, errors: [{ path, code, severity, message, params }], normalized }`,
//! `normalized` being `{ path: value }` for the values to store that differ from the input.

use super::order::{overlaps, rank};
use super::read::Reader;
use super::Options;
use crate::failure::Failure;
use crate::identity::Severity;
use crate::json::Json;
use crate::messages::{field_message, Locale};
use crate::prelude::*;

/// One thing found: the failure, how serious it is, and the other fields it depends on.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub failure: Failure,
    pub severity: Severity,
    /// Paths of the other fields the rule read (`members.*.relationship` for every member).
    pub related: Vec<String>,
}

/// The findings in form order, and the values to store.
#[derive(Debug, Clone)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// The normalised values that differ from the input, by path, in form order: ID numbers
    /// cleaned (15 digits made 18) and an `idType` recognised from the number, phones and account
    /// numbers as digits, the town as its code, texts trimmed. A form applies them with its
    /// `setValue(path, value)`; [`Report::apply`] makes the normalised application.
    pub normalized: Vec<(String, Cow<'static, str>)>,
}

impl Report {
    pub(super) fn new(reader: Reader, options: &Options) -> Report {
        let mut findings = reader.findings;
        if let Some(fields) = &options.fields {
            findings.retain(|f| {
                fields.iter().any(|field| {
                    overlaps(field, &f.failure.path) || f.related.iter().any(|r| overlaps(field, r))
                })
            });
        }
        sort_in_form_order(&mut findings);
        Report {
            findings,
            normalized: reader.patches,
        }
    }

    /// The application as it should be stored: `json` with the normalised values in place
    /// (unknown fields kept). The input is not changed.
    pub fn apply<'j>(&self, json: &Json<'j>) -> Json<'j> {
        let mut copy = json.clone();
        for (path, value) in &self.normalized {
            if let Some(slot) = slot(&mut copy, path) {
                *slot = Json::String(value.clone());
            } else {
                // A field normalised from nothing (an idType recognised from the number).
                let (parent, key) = path.rsplit_once('.').unwrap_or(("", path.as_str()));
                if let Some(Json::Object(members)) = slot(&mut copy, parent) {
                    members.push((key.to_owned().into(), Json::String(value.clone())));
                }
            }
        }
        copy
    }

    pub(super) fn single(failure: Failure) -> Report {
        Report {
            findings: vec![Finding {
                failure,
                severity: Severity::Error,
                related: Vec::new(),
            }],
            normalized: Vec::new(),
        }
    }

    /// No errors (warnings do not count).
    pub fn valid(&self) -> bool {
        self.findings.iter().all(|f| f.severity != Severity::Error)
    }

    /// The report as JSON text.
    pub fn to_json_text(&self, locale: Locale) -> String {
        let mut out = String::with_capacity(4096);
        self.write(&mut out, locale);
        out
    }

    pub(super) fn write(&self, out: &mut String, locale: Locale) {
        out.push_str(if self.valid() {
            "{\"valid\":true,\"errors\":["
        } else {
            "{\"valid\":false,\"errors\":["
        });
        for (i, f) in self.findings.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"path\":");
            write_str(out, &f.failure.path);
            out.push_str(",\"code\":");
            write_str(out, f.failure.code.as_str());
            out.push_str(",\"severity\":");
            write_str(out, f.severity.as_str());
            out.push_str(",\"message\":");
            write_str(out, &field_message(&f.failure, locale));
            out.push_str(",\"params\":{");
            for (j, (k, v)) in f.failure.params.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                write_str(out, k);
                out.push(':');
                write_str(out, v);
            }
            out.push_str("}}");
        }
        out.push_str("],\"normalized\":{");
        for (i, (path, value)) in self.normalized.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(out, path);
            out.push(':');
            write_str(out, value);
        }
        out.push_str("}}");
    }
}

/// `s` as a JSON string (one shared, non-generic writer).
fn write_str(out: &mut String, s: &str) {
    crate::json::write_string(out, s);
}

/// A stable insertion sort by [`rank`]: findings are few and mostly in order already, and the
/// standard library's sorts would add kilobytes to the wasm.
fn sort_in_form_order(findings: &mut [Finding]) {
    let mut ranks: Vec<Vec<u32>> = Vec::new();
    for f in findings.iter() {
        ranks.push(rank(&f.failure.path));
    }
    for i in 1..ranks.len() {
        let mut j = i;
        while j > 0 && ranks.get(j - 1) > ranks.get(j) {
            ranks.swap(j - 1, j);
            findings.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The value at a dotted path, if it exists.
fn slot<'j, 'a>(root: &'j mut Json<'a>, path: &str) -> Option<&'j mut Json<'a>> {
    let mut at = root;
    if path.is_empty() {
        return Some(at);
    }
    for segment in path.split('.') {
        at = match at {
            Json::Object(members) => members
                .iter_mut()
                .find(|(k, _)| k == segment)
                .map(|(_, v)| v)?,
            Json::Array(items) => items.get_mut(crate::pieces::parse_index(segment)?)?,
            _ => return None,
        };
    }
    Some(at)
}
