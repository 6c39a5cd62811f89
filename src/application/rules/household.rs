//! Exactly one applicant (`self`), at most one spouse, no ID number twice in the household.

use super::{every_member, member_path};
use crate::application::read::Reader;
use crate::application::{Application, Relationship};
use crate::failure::{Code, Failure};
use crate::identity::Severity;

pub(super) fn check(app: &Application, r: &mut Reader) {
    let related = || vec![every_member("relationship")];
    let mut applicants = 0;
    let mut spouses = 0;
    for (i, m) in app.members.iter().enumerate() {
        let code = match m.relationship {
            Some(Relationship::Applicant) => {
                applicants += 1;
                (applicants > 1).then_some(Code::MULTIPLE_APPLICANTS)
            }
            Some(Relationship::Spouse) => {
                spouses += 1;
                (spouses > 1).then_some(Code::MULTIPLE_SPOUSES)
            }
            _ => None,
        };
        if let Some(code) = code {
            r.flag(
                Failure::new(code, member_path(i, "relationship")),
                Severity::Error,
                related(),
            );
        }
    }
    // Only when every relationship is known: a missing one is already reported and may be `self`.
    let all_known = app.members.iter().all(|m| m.relationship.is_some());
    if applicants == 0 && !app.members.is_empty() && all_known {
        r.flag(
            Failure::new(Code::NO_APPLICANT, "members"),
            Severity::Error,
            related(),
        );
    }
    for (j, m) in app.members.iter().enumerate() {
        let Some(number) = m.id_number() else {
            continue;
        };
        let first = app
            .members
            .iter()
            .position(|other| other.id_number() == Some(number));
        if let Some(i) = first.filter(|i| *i < j) {
            r.flag(
                Failure::new(Code::DUPLICATE_ID_NUMBER, member_path(j, "idNumber"))
                    .with("other", i + 1),
                Severity::Error,
                vec![member_path(i, "idNumber")],
            );
        }
    }
}
