//! The monthly payment calendar (三(三) of 青民〔2022〕21号): system work before the 25th, the
//! reconciliation days just before it, payment by the 30th (February: its last day), corrections by
//! the 10th of the next month. Money must be in place, so a cut-off on a rest day moves earlier to
//! the last working day; a move caused by a holiday is the policy's early closing (提前做好月结).

use super::explain::{runs, Line};
use super::rules::{CutoffRule, Procedure, StepKind};
use super::Finding;
use crate::calendar::{Calendar, Holiday, HolidaySet, Mode};
use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

/// One cut-off of the month.
#[derive(Debug, Clone, Serialize)]
pub struct Cutoff<'p> {
    pub rule: &'p CutoffRule,
    /// The day the rule names (the 25th; February's last day for the 30th).
    pub nominal: NaiveDate,
    /// The working day(s) of the cut-off, ascending; empty when beyond the calendar.
    pub dates: Vec<NaiveDate>,
    pub explain: Vec<Line>,
    /// The holidays of the rest days the cut-off moved across.
    pub holidays: HolidaySet,
    pub provisional: bool,
}

/// The month's cut-offs.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Disbursement<'p> {
    pub year: i32,
    pub month: u32,
    pub cutoffs: Vec<Cutoff<'p>>,
    pub early_closing_basis: &'p str,
    pub findings: Vec<Finding>,
}

/// `day` of the month, or its last day when it has no such day (and whether it had to be).
fn nominal(year: i32, month: u32, day: u32) -> Option<(NaiveDate, bool)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    // None at the end of chrono's range, where no cut-off could be counted anyway.
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    match first.with_day(day) {
        Some(date) => Some((date, false)),
        None => Some((last, true)),
    }
}

/// Fills in the cut-off's dates, explanation, holidays and provisional flag; on a failure (beyond
/// the calendar) leaves them as they were.
fn compute(cal: &Calendar, cutoff: &mut Cutoff, mode: Mode) -> Result<(), Failure> {
    let nominal = cutoff.nominal;
    let provisional = cal.day_info(nominal, mode)?.provisional;
    let n = cutoff.rule.working_days_before;
    if n == 0 {
        let due = if cal.is_working_day(nominal, mode)? {
            nominal
        } else {
            cal.add_working_days(nominal, -1, mode)?
        };
        let (mut lines, holidays) = runs(cal, due, nominal, false, mode)?;
        cutoff.explain.append(&mut lines);
        cutoff.explain.push(Line::Due {
            kind: StepKind::Deadline,
            date: due,
        });
        cutoff.dates.push(due);
        (cutoff.holidays, cutoff.provisional) = (holidays, provisional);
        return Ok(());
    }
    let first = cal.add_working_days(nominal, -i64::from(n), mode)?;
    let last = nominal.pred_opt().unwrap_or(nominal);
    let (mut days, holidays) = runs(cal, first.pred_opt().unwrap_or(first), last, false, mode)?;
    for line in &days {
        match line {
            Line::Working { from, to, .. } => {
                cutoff
                    .dates
                    .extend(from.iter_days().take_while(|day| day <= to));
            }
            Line::Makeup { date, .. } => cutoff.dates.push(*date),
            _ => {}
        }
    }
    cutoff.explain.push(Line::Before { n, date: nominal });
    cutoff.explain.append(&mut days);
    (cutoff.holidays, cutoff.provisional) = (holidays, provisional);
    Ok(())
}

/// The cut-offs of `month` (1–12) of `year`. A month wholly beyond the calendar is an
/// `outsideCalendar` failure; a single cut-off beyond it (December's corrections in an unpublished
/// January) is a finding and has no dates.
pub fn disbursement_schedule<'p>(
    procedure: &'p Procedure,
    cal: &Calendar,
    year: i64,
    month: i64,
    mode: Mode,
) -> Result<Disbursement<'p>, Failure> {
    let month = u32::try_from(month)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| Failure::new(Code::INVALID_ARGUMENT, "month").with("reason", "month"))?;
    let bad_year = || Failure::new(Code::INVALID_ARGUMENT, "year").with("expected", "integer");
    let year = i32::try_from(year).map_err(|_| bad_year())?;
    let mut cutoffs = Vec::new();
    let mut findings = Vec::new();
    let mut failed = None;
    for rule in &procedure.cutoffs {
        let (y, m) = match (rule.next_month, month) {
            (false, _) => (Some(year), month),
            (true, 12) => (year.checked_add(1), 1),
            (true, m) => (Some(year), m + 1),
        };
        let (nominal, clamped) = y
            .and_then(|y| nominal(y, m, rule.day))
            .ok_or_else(bad_year)?;
        let path = || Path::root().key(&rule.id).key("dueOn");
        let mut cutoff = Cutoff {
            rule,
            nominal,
            dates: Vec::new(),
            explain: Vec::new(),
            holidays: HolidaySet::EMPTY,
            provisional: false,
        };
        if clamped {
            cutoff.explain.push(Line::Clamped { day: rule.day });
        }
        match compute(cal, &mut cutoff, mode) {
            Ok(()) => {
                if cutoff.provisional {
                    findings.push(Finding::warning(
                        Failure::new(Code::PROVISIONAL_DATE, path())
                            .with("step", &rule.id)
                            .with("year", nominal.year()),
                    ));
                }
            }
            Err(failure) => {
                failed.get_or_insert_with(|| failure.clone().at("year"));
                findings.push(Finding::error(failure.at(path()).with("step", &rule.id)));
            }
        }
        cutoffs.push(cutoff);
    }
    if let Some(failure) = failed.filter(|_| cutoffs.iter().all(|c| c.dates.is_empty())) {
        return Err(failure);
    }
    Ok(Disbursement {
        year,
        month,
        cutoffs,
        early_closing_basis: &procedure.early_closing_basis,
        findings,
    })
}

impl Disbursement<'_> {
    /// The cut-off with this id.
    pub fn cutoff(&self, id: &str) -> Option<&Cutoff<'_>> {
        self.cutoffs.iter().find(|c| c.rule.id == id)
    }

    /// Whether any date of the month is an estimate.
    pub fn provisional(&self) -> bool {
        self.cutoffs.iter().any(|c| c.provisional)
    }

    /// The early closing: each holiday that moved cut-offs earlier, in calendar order, with the
    /// cut-offs it moved.
    pub fn early_closing(&self) -> Vec<(Holiday, Vec<&str>)> {
        Holiday::ALL
            .into_iter()
            .map(|h| {
                let moved = self.cutoffs.iter().filter(|c| c.holidays.contains(h));
                (h, moved.map(|c| c.rule.id.as_str()).collect::<Vec<_>>())
            })
            .filter(|(_, cutoffs)| !cutoffs.is_empty())
            .collect()
    }
}
