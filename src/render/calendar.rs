//! `dayInfo`: the day with its label in words.

use crate::calendar::DayInfo;
use crate::messages::day_label;
use crate::Locale;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// The members of [`DayInfo`] and `label`, in one object.
#[derive(Debug, Clone)]
pub struct DayView<'d> {
    pub info: &'d DayInfo,
    /// 国庆节调休上班 / National Day: make-up working day.
    pub label: String,
}

/// Written member by member rather than with `#[serde(flatten)]`, which serializes through a
/// map and compiles serde's flattening adapters for this one view. A member added to `DayInfo`
/// is added here (the pinned digests of `dayInfo` would show it missing).
impl Serialize for DayView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let info = self.info;
        let mut view = serializer.serialize_struct("DayView", 6)?;
        view.serialize_field("date", &info.date)?;
        view.serialize_field("kind", &info.kind)?;
        view.serialize_field("working", &info.working)?;
        view.serialize_field("holidays", &info.holidays)?;
        view.serialize_field("provisional", &info.provisional)?;
        view.serialize_field("label", &self.label)?;
        view.end()
    }
}

pub fn day(info: &DayInfo, locale: Locale) -> DayView<'_> {
    DayView {
        info,
        label: day_label(info, locale),
    }
}
