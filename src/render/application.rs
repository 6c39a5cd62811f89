//! Validation reports and identity checks, as `validateApplication` and `validateIdNumber`
//! return them: `{ valid, errors: [{ path, code, severity, message, params }], normalized }`.

use crate::application::{Finding, Report};
use crate::failure::{Code, Params, Severity};
use crate::identity::{Gender, IdCheck, IdType};
use crate::messages::field_message;
use crate::path::Path;
use crate::Locale;
use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Serialize)]
pub struct ReportView<'r> {
    pub valid: bool,
    pub errors: Vec<FindingView<'r>>,
    /// `{ path: value }`, in form order.
    pub normalized: Normalized<'r>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView<'r> {
    pub path: &'r Path,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub params: &'r Params,
}

#[derive(Debug, Clone)]
pub struct Normalized<'r>(&'r [(Path, String)]);

impl Serialize for Normalized<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (path, value) in self.0 {
            map.serialize_entry(path, value)?;
        }
        map.end()
    }
}

pub fn finding(finding: &Finding, locale: Locale) -> FindingView<'_> {
    FindingView {
        path: &finding.failure.path,
        code: finding.failure.code,
        severity: finding.severity,
        message: field_message(&finding.failure, locale),
        params: &finding.failure.params,
    }
}

pub fn report(report: &Report, locale: Locale) -> ReportView<'_> {
    ReportView {
        valid: report.valid(),
        errors: report.findings.iter().map(|f| finding(f, locale)).collect(),
        normalized: Normalized(&report.normalized),
    }
}

/// `{ valid, type, normalized, birthDate, gender, code, message }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdCheckView<'c> {
    pub valid: bool,
    #[serde(rename = "type")]
    pub id_type: Option<IdType>,
    pub normalized: &'c str,
    pub birth_date: Option<NaiveDate>,
    pub gender: Option<Gender>,
    pub code: Option<Code>,
    pub message: Option<String>,
}

pub fn id_check(check: &IdCheck, locale: Locale) -> IdCheckView<'_> {
    let failure = check.failure.as_ref();
    IdCheckView {
        valid: check.valid(),
        id_type: check.id_type,
        normalized: &check.normalized,
        birth_date: check.birth_date,
        gender: check.gender,
        code: failure.map(|f| f.code),
        message: failure.map(|f| field_message(&f.clone().at(check.field()), locale)),
    }
}
