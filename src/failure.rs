//! Failures as data: a stable code, the path of the offending value and the parameters its message
//! needs. Portals match on codes; people read the message looked up in [`crate::messages`].

use serde::Serialize;

/// Stable identifiers of every failure. Renaming one is a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Code {
    /// A date that is not a real `YYYY-MM-DD` calendar date.
    InvalidDate,
    /// An argument of the wrong type or range (a non-integer count, an unknown option).
    InvalidArgument,
    /// A date in a year whose holiday arrangement is not loaded.
    OutsideCalendar,
    /// Holiday data of the wrong shape.
    InvalidHolidayCalendar,
    /// A holiday date that does not belong to the notice's year.
    HolidayDateOutsideYear,
    /// A date declared both a rest day and a working day.
    HolidayConflict,
    /// A make-up working day (调休上班) that is not a Saturday or Sunday.
    MakeupDayNotWeekend,
    /// A holiday name that is not one of the statutory holidays.
    UnknownHoliday,
    /// A statutory holiday of the year that the notice does not give as a rest day of that holiday.
    StatutoryHolidayMissing,
    /// Loading a year would leave a gap in the calendar.
    CalendarGap,
}

impl Code {
    /// The code as JavaScript sees it.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidDate => "invalidDate",
            Code::InvalidArgument => "invalidArgument",
            Code::OutsideCalendar => "outsideCalendar",
            Code::InvalidHolidayCalendar => "invalidHolidayCalendar",
            Code::HolidayDateOutsideYear => "holidayDateOutsideYear",
            Code::HolidayConflict => "holidayConflict",
            Code::MakeupDayNotWeekend => "makeupDayNotWeekend",
            Code::UnknownHoliday => "unknownHoliday",
            Code::StatutoryHolidayMissing => "statutoryHolidayMissing",
            Code::CalendarGap => "calendarGap",
        }
    }
}

/// Named values a message interpolates (`{year}`), also handed to JavaScript as `params`.
pub type Params = Vec<(&'static str, String)>;

/// One failure: what went wrong (`code`), where (`path`, dot-separated) and the values involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: Code,
    pub path: String,
    pub params: Params,
}

impl Failure {
    pub fn new(code: Code, path: impl Into<String>) -> Self {
        Failure { code, path: path.into(), params: Vec::new() }
    }

    /// Adds a parameter for the message.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.params.push((name, value.to_string()));
        self
    }

    /// The value of a parameter, if set.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// The message for people, in `locale`.
    pub fn message(&self, locale: crate::Locale) -> String {
        crate::messages::failure_message(self, locale)
    }
}
