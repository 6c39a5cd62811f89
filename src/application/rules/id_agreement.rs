//! What a member declares beside the ID must agree with it: the birth date and gender encoded in
//! the number, and the hukou (holders of a residence permit or a foreign permanent-resident ID
//! have no mainland hukou).

use super::member_path;
use crate::application::read::Reader;
use crate::application::Application;
use crate::failure::{Code, Failure};
use crate::identity::Severity;

pub(super) fn check(app: &Application, r: &mut Reader) {
    for (i, m) in app.members.iter().enumerate() {
        let Some(id) = m.id.as_ref().filter(|c| c.valid()) else {
            continue;
        };
        let related = || vec![member_path(i, "idNumber")];
        if let (Some(declared), Some(encoded)) = (m.declared_birth_date, id.birth_date) {
            if declared != encoded {
                r.flag(
                    Failure::new(Code::BIRTH_DATE_MISMATCH, member_path(i, "birthDate"))
                        .with("fromId", encoded),
                    Severity::Error,
                    related(),
                );
            }
        }
        if let (Some(declared), Some(encoded)) = (m.declared_gender, id.gender) {
            if declared != encoded {
                r.flag(
                    Failure::new(Code::GENDER_MISMATCH, member_path(i, "gender")),
                    Severity::Error,
                    related(),
                );
            }
        }
        let permit = m.id_type.filter(|t| !t.allows_hukou());
        if let (Some(permit), true) = (permit, m.is_local()) {
            r.flag(
                Failure::new(
                    Code::LOCAL_HUKOU_WITHOUT_RESIDENT_ID,
                    member_path(i, "hukou"),
                )
                .with("type", permit.as_str()),
                Severity::Error,
                vec![member_path(i, "idNumber"), member_path(i, "idType")],
            );
        }
    }
}
