//! The facts of an application that a notice may publish, as the application model reads them
//! ([`Application::read`], the one reading of categories, towns, members and names): the
//! category, the town, the committee, the household and the applicant's name. Everything else in
//! the input is withheld by the audit (`withheld.rs`), so a field added to the model later stays
//! unpublished until it is named here and in the allow-list.
//!
//! Where the model found nothing usable, the input says whether there was anything: nothing (absent
//! or `null`) makes a fact missing, anything else is withheld as of an unexpected shape.

use crate::application::{Application, Category, Relationship};
use crate::divisions::{Division, Divisions};
use crate::path::Path;
use serde_json::Value;

/// An allow-listed fact as the input gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Given<T> {
    /// Absent or `null`.
    Absent,
    /// As the model reads it.
    Read(T),
    /// Present, but not something the model could read.
    Unreadable,
}

impl<T> Given<T> {
    fn new(read: Option<T>, input: Option<&Value>) -> Given<T> {
        match read {
            Some(value) => Given::Read(value),
            None if input.is_some_and(|v| !v.is_null()) => Given::Unreadable,
            None => Given::Absent,
        }
    }
}

pub(super) struct Facts<'a> {
    input: &'a Value,
    app: Application,
}

impl<'a> Facts<'a> {
    pub fn read(input: &'a Value, divisions: &Divisions) -> Facts<'a> {
        Facts {
            input,
            app: Application::read(input, divisions),
        }
    }

    pub fn category(&self) -> Given<Category> {
        Given::new(self.app.category, self.input.get("category"))
    }

    pub fn town(&self) -> Given<&Division> {
        Given::new(self.app.town.as_ref(), self.input.get("town"))
    }

    pub fn committee(&self) -> Given<&str> {
        Given::new(self.app.committee.as_deref(), self.input.get("committee"))
    }

    /// The number of items of `members` (0 when it is not an array).
    pub fn household(&self) -> usize {
        self.app.members.len()
    }

    /// The indexes of the members whose relationship is `self` (exactly one is expected).
    pub fn selves(&self) -> Vec<usize> {
        let selves = self.app.members.iter().enumerate();
        selves
            .filter(|(_, m)| m.relationship == Some(Relationship::Applicant))
            .map(|(i, _)| i)
            .collect()
    }

    /// The index of the applicant, when exactly one member is `self`.
    pub fn applicant(&self) -> Option<usize> {
        match self.selves().as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The name of the member at `index`, and its path.
    pub fn name(&self, index: usize) -> (Path, Given<&str>) {
        let path = Path::root().key("members").index(index).key("name");
        let read = self.app.members.get(index).and_then(|m| m.name.as_deref());
        let input = self.input.get("members").and_then(|m| m.get(index));
        (path, Given::new(read, input.and_then(|m| m.get("name"))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn absent_read_or_unreadable() {
        let divisions = Divisions::embedded();
        let input = json!({
            "category": " minimumLiving ",
            "town": 310118105,
            "committee": null,
            "members": [{ "relationship": "self", "name": {} }, 7, { "name": " 李四 " }]
        });
        let facts = Facts::read(&input, &divisions);
        assert_eq!(facts.category(), Given::Read(Category::MinimumLiving));
        assert_eq!(facts.town(), Given::Unreadable);
        assert_eq!(facts.committee(), Given::Absent);
        assert_eq!(facts.household(), 3);
        assert_eq!(facts.applicant(), Some(0));
        let (path, name) = facts.name(0);
        assert_eq!((path.as_str(), name), ("members.0.name", Given::Unreadable));
        assert_eq!(facts.name(1).1, Given::Absent);
        assert_eq!(facts.name(2).1, Given::Read("李四"));
        assert_eq!(facts.name(9).1, Given::Absent);
    }
}
