//! How a date was reached, as lines a person can check against a wall calendar: the start day
//! left out, each stretch of working days counted, each rest stretch skipped with its holiday named.
//! Lines are data; their words are in `messages::deadlines`.

use super::period::{period_end, Period, Unit};
use super::rules::StepKind;
use crate::calendar::{Calendar, DayKind, HolidaySet, Mode};
use crate::failure::Failure;
use chrono::NaiveDate;
use serde::Serialize;

/// One line of an explanation, tagged by its kind (`{ "line": "working", "from": … }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "line", rename_all = "camelCase")]
pub enum Line {
    /// Counting starts the day after `date`, the day of `after` (民法典 第201条).
    Start { after: String, date: NaiveDate },
    /// `event` is not known: counted from the latest date it was due.
    Projected { event: String, date: NaiveDate },
    /// Working days numbered `first..=last`.
    Working {
        from: NaiveDate,
        to: NaiveDate,
        first: u32,
        last: u32,
    },
    /// A weekend day declared a working day (调休上班), counted as working day `nth`.
    Makeup {
        date: NaiveDate,
        nth: u32,
        holidays: HolidaySet,
    },
    /// Rest days, skipped; `forward` when the count moves on past them, else the date moves earlier.
    Rest {
        from: NaiveDate,
        to: NaiveDate,
        holidays: HolidaySet,
        forward: bool,
    },
    /// The last day by count of a period in calendar days.
    Nominal { days: u32, date: NaiveDate },
    /// 第203条: the last day was a rest day; the period ends on `date`.
    Extended { date: NaiveDate },
    /// The step's date.
    Due { kind: StepKind, date: NaiveDate },
    /// The month has no such day: its last day counts.
    Clamped { day: u32 },
    /// The `n` working days before `date`.
    Before { n: u32, date: NaiveDate },
}

/// The longest stretch explained day by day; longer ones get their start and end only.
const MAX_DAYS: usize = 400;

/// The lines for the days in `(after, to]`, working days numbered from 1, and the holidays of the
/// rest days among them.
pub(super) fn runs(
    cal: &Calendar,
    after: NaiveDate,
    to: NaiveDate,
    forward: bool,
    mode: Mode,
) -> Result<(Vec<Line>, HolidaySet), Failure> {
    let mut lines: Vec<Line> = Vec::new();
    let mut holidays = HolidaySet::EMPTY;
    let mut nth = 0;
    let mut day = after;
    for _ in 0..MAX_DAYS {
        let Some(next) = day.succ_opt().filter(|d| *d <= to) else {
            break;
        };
        day = next;
        let info = cal.day_info(day, mode)?;
        let last = lines.last_mut();
        if info.kind == DayKind::MakeupWorkday {
            nth += 1;
            lines.push(Line::Makeup {
                date: day,
                nth,
                holidays: info.holidays,
            });
        } else if info.working {
            nth += 1;
            match last {
                Some(Line::Working { to, last, .. }) => (*to, *last) = (day, nth),
                _ => lines.push(Line::Working {
                    from: day,
                    to: day,
                    first: nth,
                    last: nth,
                }),
            }
        } else {
            holidays = holidays.union(info.holidays);
            match last {
                Some(Line::Rest {
                    to, holidays: h, ..
                }) if *h == info.holidays => *to = day,
                _ => lines.push(Line::Rest {
                    from: day,
                    to: day,
                    holidays: info.holidays,
                    forward,
                }),
            }
        }
    }
    Ok((lines, holidays))
}

/// The end of `period` after `start` (by [`period_end`]) with the lines that show how.
pub(super) fn explain_period(
    cal: &Calendar,
    after: &str,
    start: NaiveDate,
    period: Period,
    kind: StepKind,
    mode: Mode,
) -> Result<(NaiveDate, Vec<Line>), Failure> {
    let end = period_end(cal, start, period, mode)?;
    let mut lines = vec![Line::Start {
        after: after.to_owned(),
        date: start,
    }];
    match (period.unit, end.extended_from) {
        (Unit::WorkingDays, _) => lines.append(&mut runs(cal, start, end.due, true, mode)?.0),
        (Unit::CalendarDays, extended) => {
            let nominal = extended.unwrap_or(end.due);
            lines.push(Line::Nominal {
                days: period.length,
                date: nominal,
            });
            if extended.is_some() {
                let before = nominal.pred_opt().unwrap_or(nominal);
                let last_rest = end.due.pred_opt().unwrap_or(end.due);
                lines.append(&mut runs(cal, before, last_rest, true, mode)?.0);
                lines.push(Line::Extended { date: end.due });
            }
        }
    }
    lines.push(Line::Due {
        kind,
        date: end.due,
    });
    Ok((end.due, lines))
}
