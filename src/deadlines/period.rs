//! How a period in days is counted (民法典 第201条、第203条) and how working-day periods are
//! (行政许可法 第82条): the start day is not counted; a period in calendar days whose last day is a
//! rest day ends on the first working day after the rest.

use crate::calendar::{shift, Calendar, Mode};
use crate::failure::{Code, Failure};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

keyed! {
    /// What the days of a period are.
    Unit {
        /// Calendar days, extended past a final rest day (第203条).
        CalendarDays = "calendarDays",
        /// Working days (the N-th working day after the start).
        WorkingDays = "workingDays",
    }
}

/// A period: `{ length, unit }`, as `opts.publicity` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub length: u32,
    pub unit: Unit,
}

/// The last day of a period, and the last day by count when a rest day moved it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodEnd {
    pub due: NaiveDate,
    /// The nominal last day (start + length calendar days) when 第203条 moved the end past rest days.
    pub extended_from: Option<NaiveDate>,
}

/// The end of `period` started on `start` (which is not counted).
pub fn period_end(
    calendar: &Calendar,
    start: NaiveDate,
    period: Period,
    mode: Mode,
) -> Result<PeriodEnd, Failure> {
    match period.unit {
        Unit::WorkingDays => Ok(PeriodEnd {
            due: calendar.add_working_days(start, period.length.into(), mode)?,
            extended_from: None,
        }),
        Unit::CalendarDays => {
            let nominal = shift(start, period.length.into())
                .ok_or_else(|| Failure::new(Code::INVALID_DATE, "").with("value", ""))?;
            if calendar.is_working_day(nominal, mode)? {
                return Ok(PeriodEnd {
                    due: nominal,
                    extended_from: None,
                });
            }
            let due = calendar.add_working_days(nominal, 1, mode)?;
            Ok(PeriodEnd {
                due,
                extended_from: Some(nominal),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_date;

    fn d(s: &str) -> NaiveDate {
        parse_date(s, "").unwrap()
    }

    #[test]
    fn publicity_of_seven_days_across_national_day() {
        let cal = Calendar::embedded();
        let seven = Period {
            length: 7,
            unit: Unit::CalendarDays,
        };
        // Posted 2025-09-30: the 7th day, 2025-10-07, is a holiday, so it ends 2025-10-09.
        let end = period_end(&cal, d("2025-09-30"), seven, Mode::Published).unwrap();
        assert_eq!(
            end,
            PeriodEnd {
                due: d("2025-10-09"),
                extended_from: Some(d("2025-10-07"))
            }
        );
        let plain = period_end(&cal, d("2026-03-02"), seven, Mode::Published).unwrap();
        assert_eq!(
            plain,
            PeriodEnd {
                due: d("2026-03-09"),
                extended_from: None
            }
        );
    }

    #[test]
    fn working_day_periods() {
        let cal = Calendar::embedded();
        let two = Period {
            length: 2,
            unit: Unit::WorkingDays,
        };
        assert_eq!(
            period_end(&cal, d("2026-02-13"), two, Mode::Published)
                .unwrap()
                .due,
            d("2026-02-24")
        );
    }
}
