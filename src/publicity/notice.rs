//! A notice as data: the facts it publishes, in order, and what it withholds. Its words (labels,
//! the sentences, dates and amounts written out, the text and the HTML) are `render::publicity`'s.

use super::options::NoticeKind;
use super::withheld::Withheld;
use crate::application::Category;
use chrono::NaiveDate;
use serde::Serialize;

keyed! {
    /// The lines a notice may have, in the order it shows them.
    FieldKey {
        Category = "category",
        Town = "town",
        Committee = "committee",
        Name = "name",
        HouseholdSize = "householdSize",
        MonthlyAmount = "monthlyAmount",
        Period = "period",
        PostedOn = "postedOn",
        SupervisionPhone = "supervisionPhone",
        Objection = "objection",
    }
}

impl FieldKey {
    /// The facts without which a notice is not ready to post.
    pub const REQUIRED: [FieldKey; 5] = [
        FieldKey::Category,
        FieldKey::Town,
        FieldKey::Committee,
        FieldKey::Name,
        FieldKey::HouseholdSize,
    ];
}

/// What one published line says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "key", content = "value", rename_all = "camelCase")]
pub enum Fact {
    Category(Category),
    /// The town's name as the divisions table writes it, never the input's text.
    Town(String),
    Committee(String),
    /// The applicant's name, masked unless the options ask for it in full.
    Name(String),
    HouseholdSize(usize),
    /// In fen.
    MonthlyAmount(u64),
    Period {
        start: NaiveDate,
        end: NaiveDate,
    },
    PostedOn(NaiveDate),
    SupervisionPhone(String),
    /// How to object (a notice) or report (an announcement): to the office of `town` when known,
    /// and by the supervision phone when the notice shows one.
    Objection {
        town: Option<String>,
        phone: bool,
    },
}

impl Fact {
    pub fn key(&self) -> FieldKey {
        match self {
            Fact::Category(_) => FieldKey::Category,
            Fact::Town(_) => FieldKey::Town,
            Fact::Committee(_) => FieldKey::Committee,
            Fact::Name(_) => FieldKey::Name,
            Fact::HouseholdSize(_) => FieldKey::HouseholdSize,
            Fact::MonthlyAmount(_) => FieldKey::MonthlyAmount,
            Fact::Period { .. } => FieldKey::Period,
            Fact::PostedOn(_) => FieldKey::PostedOn,
            Fact::SupervisionPhone(_) => FieldKey::SupervisionPhone,
            Fact::Objection { .. } => FieldKey::Objection,
        }
    }

    /// The text in this fact that comes from outside the library (the application, the options,
    /// a division list a page loaded), which the second pass scans. The library's own words and
    /// figures cannot make a run of seven digits: dates are written 2025年9月30日 or 30 September
    /// 2025, amounts stay under 100000 yuan, households under 31 people.
    pub fn outside_text(&self) -> Option<&str> {
        match self {
            Fact::Town(text)
            | Fact::Committee(text)
            | Fact::Name(text)
            | Fact::SupervisionPhone(text) => Some(text),
            Fact::Objection { town, .. } => town.as_deref(),
            Fact::Category(_)
            | Fact::HouseholdSize(_)
            | Fact::MonthlyAmount(_)
            | Fact::Period { .. }
            | Fact::PostedOn(_) => None,
        }
    }
}

/// The publicity period of a notice: the first day (the day it is posted) and the last, and the
/// nominal last day when a rest day moved it (民法典 第203条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoticePeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub extended_from: Option<NaiveDate>,
}

/// A finished notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublicityNotice {
    pub kind: NoticeKind,
    pub posted_on: NaiveDate,
    /// The category applied for, when known: the title names it.
    pub category: Option<Category>,
    /// The town whose office posts the notice, when known: the foot names it.
    pub town: Option<String>,
    pub fields: Vec<Fact>,
    /// None for an announcement.
    pub period: Option<NoticePeriod>,
    pub withheld: Vec<Withheld>,
    /// The [`FieldKey::REQUIRED`] facts this notice lacks: a notice with any is not ready to post.
    pub missing: Vec<FieldKey>,
}

impl PublicityNotice {
    /// The published fact under `key`.
    pub fn field(&self, key: FieldKey) -> Option<&Fact> {
        self.fields.iter().find(|f| f.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn facts_serialize_by_key() {
        let fact = Fact::Objection {
            town: None,
            phone: true,
        };
        assert_eq!(fact.key(), FieldKey::Objection);
        assert_eq!(
            serde_json::to_value(&fact).unwrap(),
            json!({ "key": "objection", "value": { "town": null, "phone": true } })
        );
        assert_eq!(
            serde_json::to_value(Fact::HouseholdSize(2)).unwrap(),
            json!({ "key": "householdSize", "value": 2 })
        );
    }

    #[test]
    fn only_outside_text_is_scanned() {
        assert_eq!(Fact::Town("赵巷镇".into()).outside_text(), Some("赵巷镇"));
        assert_eq!(Fact::MonthlyAmount(133050).outside_text(), None);
        let objection = Fact::Objection {
            town: Some("赵巷镇".into()),
            phone: false,
        };
        assert_eq!(objection.outside_text(), Some("赵巷镇"));
    }
}
