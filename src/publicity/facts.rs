//! The one place that reads the application: the few facts a notice may publish, straight from the
//! JSON a portal hands in (DESIGN.md, "Application"). Everything else in the input is withheld by
//! the walk in `withheld.rs`, so a field added to the model later stays unpublished until it is
//! named here and in the allow-list.

use crate::json::{push_index, Json};
use crate::prelude::*;

pub(super) const CATEGORY: &str = "category";
pub(super) const TOWN: &str = "town";
pub(super) const COMMITTEE: &str = "committee";
pub(super) const MEMBERS: &str = "members";

/// The allow-listed facts of an application, unchecked.
pub(super) struct Facts<'a> {
    pub category: Option<&'a Json<'a>>,
    pub town: Option<&'a Json<'a>>,
    pub committee: Option<&'a Json<'a>>,
    /// The `members` array, when it is one.
    pub members: Option<&'a [Json<'a>]>,
    /// Indexes of the members whose `relationship` is `"self"` (exactly one is expected).
    pub selves: Vec<usize>,
}

impl<'a> Facts<'a> {
    /// The index of the applicant, when exactly one member is `"self"`.
    pub fn applicant(&self) -> Option<usize> {
        match self.selves.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The applicant's `name` value and its path.
    pub fn name(&self, index: usize) -> (String, Option<&'a Json<'a>>) {
        let value = self
            .members
            .and_then(|m| m.get(index))
            .and_then(|m| m.get("name"))
            .filter(|v| !v.is_null());
        let mut path = String::from("members.");
        push_index(&mut path, index);
        path.push_str(".name");
        (path, value)
    }
}

pub(super) fn read<'a>(app: &'a Json<'a>) -> Facts<'a> {
    let present = |key| app.get(key).filter(|v| !v.is_null());
    let members = app.get(MEMBERS).and_then(Json::as_array);
    let mut selves = Vec::new();
    for (i, m) in members.unwrap_or_default().iter().enumerate() {
        if m.get("relationship").and_then(Json::as_str) == Some("self") {
            selves.push(i);
        }
    }
    Facts {
        category: present(CATEGORY),
        town: present(TOWN),
        committee: present(COMMITTEE),
        members,
        selves,
    }
}
