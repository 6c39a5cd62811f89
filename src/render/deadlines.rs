//! Case timelines and payment months as `caseTimeline`, `timelineSvg` and `disbursementSchedule`
//! return them: the domain's dates with the names of steps and statuses, the explanations and the
//! findings in words. The key order of each view is the JavaScript contract (js/types).

mod svg;

pub use svg::timeline_svg;

use crate::calendar::Holiday;
use crate::deadlines::{
    Cutoff, CutoffRule, Disbursement, Finding, Line, Period, Status, Step, StepKind, Timeline,
};
use crate::failure::{Code, Params, Severity};
use crate::messages::deadlines::{explain_line, finding_message, label};
use crate::messages::holiday_name;
use crate::path::Path;
use crate::Locale;
use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// `{ steps, findings, today }`.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineView<'t> {
    pub steps: Vec<StepView<'t>>,
    pub findings: Vec<FindingView<'t>>,
    pub today: Option<NaiveDate>,
}

/// One step with its names, the rule it follows and how its date was reached.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepView<'s> {
    pub step: &'s str,
    pub procedure: &'s str,
    pub kind: StepKind,
    pub label: &'s str,
    pub labels: Labels<'s>,
    pub due_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub status: Status,
    pub status_label: &'static str,
    /// The policy's sentence, quoted (data, not a message).
    pub basis: &'s str,
    pub rule: RuleView<'s>,
    pub explain: Vec<String>,
    pub provisional: bool,
    pub projected: bool,
}

/// A name in both languages, for pages that show both.
#[derive(Debug, Clone, Serialize)]
pub struct Labels<'s> {
    #[serde(rename = "zh-CN")]
    pub zh: &'s str,
    pub en: &'s str,
}

/// The rule as applied: `{ workingDays | calendarDays: length, after }`.
#[derive(Debug, Clone)]
pub struct RuleView<'s> {
    pub period: Period,
    pub after: &'s str,
}

impl Serialize for RuleView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry(self.period.unit.as_str(), &self.period.length)?;
        map.serialize_entry("after", self.after)?;
        map.end()
    }
}

/// `{ code, path, severity, message, params }`.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView<'f> {
    pub code: Code,
    pub path: &'f Path,
    pub severity: Severity,
    pub message: String,
    pub params: &'f Params,
}

pub fn timeline<'t>(timeline: &'t Timeline, locale: Locale) -> TimelineView<'t> {
    TimelineView {
        steps: timeline.steps.iter().map(|s| step(s, locale)).collect(),
        findings: findings(&timeline.findings, locale),
        today: timeline.today,
    }
}

pub fn step<'s>(step: &'s Step, locale: Locale) -> StepView<'s> {
    let id = step.rule.id.as_str();
    StepView {
        step: id,
        procedure: &step.rule.procedure,
        kind: step.rule.kind,
        label: label(id, locale),
        labels: Labels {
            zh: label(id, Locale::ZhCn),
            en: label(id, Locale::En),
        },
        due_on: step.due,
        done_on: step.done,
        status: step.status,
        status_label: label(step.status.as_str(), locale),
        basis: &step.rule.basis,
        rule: RuleView {
            period: step.period,
            after: &step.rule.after,
        },
        explain: explain(&step.explain, locale),
        provisional: step.provisional,
        projected: step.projected,
    }
}

pub fn finding(finding: &Finding, locale: Locale) -> FindingView<'_> {
    FindingView {
        code: finding.failure.code,
        path: &finding.failure.path,
        severity: finding.severity,
        message: finding_message(&finding.failure, locale),
        params: &finding.failure.params,
    }
}

fn findings(findings: &[Finding], locale: Locale) -> Vec<FindingView<'_>> {
    findings.iter().map(|f| finding(f, locale)).collect()
}

/// How a date was reached, a sentence a line.
pub fn explain(lines: &[Line], locale: Locale) -> Vec<String> {
    lines.iter().map(|l| explain_line(l, locale)).collect()
}

/// `{ year, month, provisional, <cutoff id>: cutoff…, earlyClosing, findings }`: each cut-off
/// under its id, so that a page reads `schedule.paymentDue.dueOn`.
#[derive(Debug, Clone)]
pub struct DisbursementView<'d> {
    pub year: i32,
    pub month: u32,
    pub provisional: bool,
    pub cutoffs: Vec<CutoffView<'d>>,
    pub early_closing: EarlyClosingView<'d>,
    pub findings: Vec<FindingView<'d>>,
}

impl Serialize for DisbursementView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("year", &self.year)?;
        map.serialize_entry("month", &self.month)?;
        map.serialize_entry("provisional", &self.provisional)?;
        for cutoff in &self.cutoffs {
            map.serialize_entry(cutoff.cutoff, cutoff)?;
        }
        map.serialize_entry("earlyClosing", &self.early_closing)?;
        map.serialize_entry("findings", &self.findings)?;
        map.end()
    }
}

/// One cut-off: its date (`dueOn`, the last of `dates`), the day the rule names, and why.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CutoffView<'c> {
    pub cutoff: &'c str,
    pub label: &'c str,
    pub due_on: Option<NaiveDate>,
    pub dates: &'c [NaiveDate],
    pub nominal: NaiveDate,
    pub basis: &'c str,
    pub rule: CutoffRuleView,
    pub explain: Vec<String>,
    pub provisional: bool,
}

/// `{ day, workingDaysBefore?, nextMonth? }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CutoffRuleView {
    pub day: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub working_days_before: u32,
    #[serde(skip_serializing_if = "is_false")]
    pub next_month: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The policy's early closing, and the holidays that called for it this month.
#[derive(Debug, Clone, Serialize)]
pub struct EarlyClosingView<'d> {
    pub basis: &'d str,
    pub holidays: Vec<HolidayView<'d>>,
}

/// A holiday and the cut-offs it moved earlier.
#[derive(Debug, Clone, Serialize)]
pub struct HolidayView<'d> {
    pub holiday: Holiday,
    pub name: &'static str,
    pub cutoffs: Vec<&'d str>,
}

pub fn disbursement<'d>(schedule: &'d Disbursement, locale: Locale) -> DisbursementView<'d> {
    let holidays = schedule
        .early_closing()
        .into_iter()
        .map(|(holiday, cutoffs)| HolidayView {
            holiday,
            name: holiday_name(holiday, locale),
            cutoffs,
        })
        .collect();
    DisbursementView {
        year: schedule.year,
        month: schedule.month,
        provisional: schedule.provisional(),
        cutoffs: schedule.cutoffs.iter().map(|c| cutoff(c, locale)).collect(),
        early_closing: EarlyClosingView {
            basis: schedule.early_closing_basis,
            holidays,
        },
        findings: findings(&schedule.findings, locale),
    }
}

pub fn cutoff<'c>(cutoff: &'c Cutoff, locale: Locale) -> CutoffView<'c> {
    let rule: &CutoffRule = cutoff.rule;
    CutoffView {
        cutoff: &rule.id,
        label: label(&rule.id, locale),
        due_on: cutoff.dates.last().copied(),
        dates: &cutoff.dates,
        nominal: cutoff.nominal,
        basis: &rule.basis,
        rule: CutoffRuleView {
            day: rule.day,
            working_days_before: rule.working_days_before,
            next_month: rule.next_month,
        },
        explain: explain(&cutoff.explain, locale),
        provisional: cutoff.provisional,
    }
}
