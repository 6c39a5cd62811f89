//! The seven statutory holidays of 全国年节及纪念日放假办法, and small sets of them (a rest block can
//! serve two, as 中秋节 and 国庆节 did in 2020, 2023 and 2025).

use serde::ser::SerializeSeq;
use serde::{Deserialize, Serialize, Serializer};

/// A statutory holiday, by its stable key in data and in JavaScript (`"nationalDay"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Holiday {
    NewYear,
    SpringFestival,
    Qingming,
    LabourDay,
    DragonBoat,
    MidAutumn,
    NationalDay,
}

impl Holiday {
    /// In calendar order.
    pub const ALL: [Holiday; 7] = [
        Holiday::NewYear,
        Holiday::SpringFestival,
        Holiday::Qingming,
        Holiday::LabourDay,
        Holiday::DragonBoat,
        Holiday::MidAutumn,
        Holiday::NationalDay,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Holiday::NewYear => "newYear",
            Holiday::SpringFestival => "springFestival",
            Holiday::Qingming => "qingming",
            Holiday::LabourDay => "labourDay",
            Holiday::DragonBoat => "dragonBoat",
            Holiday::MidAutumn => "midAutumn",
            Holiday::NationalDay => "nationalDay",
        }
    }

    pub fn from_key(key: &str) -> Option<Holiday> {
        Holiday::ALL.into_iter().find(|h| h.key() == key)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of holidays; listed in calendar order, and as an array of keys in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct HolidaySet(u8);

impl HolidaySet {
    pub const EMPTY: HolidaySet = HolidaySet(0);

    pub fn insert(&mut self, holiday: Holiday) {
        self.0 |= holiday.bit();
    }

    pub fn contains(self, holiday: Holiday) -> bool {
        self.0 & holiday.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn union(self, other: HolidaySet) -> HolidaySet {
        HolidaySet(self.0 | other.0)
    }

    /// The holidays in calendar order.
    pub fn iter(self) -> impl Iterator<Item = Holiday> {
        Holiday::ALL.into_iter().filter(move |h| self.contains(*h))
    }
}

impl FromIterator<Holiday> for HolidaySet {
    fn from_iter<I: IntoIterator<Item = Holiday>>(iter: I) -> Self {
        let mut set = HolidaySet::EMPTY;
        iter.into_iter().for_each(|h| set.insert(h));
        set
    }
}

impl Serialize for HolidaySet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for holiday in self.iter() {
            seq.serialize_element(&holiday)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for h in Holiday::ALL {
            assert_eq!(Holiday::from_key(h.key()), Some(h));
            assert_eq!(serde_json::to_value(h).unwrap(), h.key());
        }
        assert_eq!(Holiday::from_key("christmas"), None);
    }

    #[test]
    fn sets_keep_calendar_order() {
        let set: HolidaySet = [Holiday::NationalDay, Holiday::MidAutumn]
            .into_iter()
            .collect();
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            vec![Holiday::MidAutumn, Holiday::NationalDay]
        );
        assert!(!set.contains(Holiday::NewYear));
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"["midAutumn","nationalDay"]"#
        );
    }
}
