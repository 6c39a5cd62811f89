//! `dayInfo`: the day with its label in words.

use crate::calendar::DayInfo;
use crate::messages::day_label;
use crate::Locale;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct DayView<'d> {
    #[serde(flatten)]
    pub info: &'d DayInfo,
    /// 国庆节调休上班 / National Day: make-up working day.
    pub label: String,
}

pub fn day(info: &DayInfo, locale: Locale) -> DayView<'_> {
    DayView {
        info,
        label: day_label(info, locale),
    }
}
