//! A second look at relationships that contradict the birth dates: a child or grandchild born before
//! the applicant, a parent or grandparent born after. A warning: the relationship or a date was
//! probably picked wrong.

use super::member_path;
use crate::application::read::Reader;
use crate::application::{Application, Relationship};
use crate::failure::{Code, Failure};
use crate::identity::Severity;

pub(super) fn check(app: &Application, r: &mut Reader) {
    let Some(a) = app.applicant_index() else {
        return;
    };
    let Some(applicant_born) = app.members.get(a).and_then(|m| m.birth_date()) else {
        return;
    };
    for (i, m) in app.members.iter().enumerate() {
        let Some(born) = m.birth_date() else { continue };
        let reason = match m.relationship {
            Some(Relationship::Child | Relationship::Grandchild) if born <= applicant_born => {
                "younger"
            }
            Some(Relationship::Parent | Relationship::Grandparent) if born >= applicant_born => {
                "older"
            }
            _ => continue,
        };
        r.flag(
            Failure::new(Code::RELATIONSHIP_AGE, member_path(i, "relationship"))
                .with("reason", reason),
            Severity::Warning,
            vec![
                member_path(i, "idNumber"),
                member_path(i, "birthDate"),
                member_path(a, "idNumber"),
                member_path(a, "birthDate"),
            ],
        );
    }
}
