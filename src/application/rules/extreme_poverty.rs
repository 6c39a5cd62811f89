//! Extreme-poverty support (特困人员救助供养) is for people unable to work: the applicant must be under
//! 16, 60 or older, or disabled. The age is counted at `submittedOn`, else at `today`; when neither
//! is known, or the birth date is unknown, the rule cannot be judged and says nothing.

use super::member_path;
use crate::application::read::Reader;
use crate::application::{Application, Category};
use crate::failure::{Code, Failure};
use crate::identity::Severity;
use crate::path::Path;

pub(super) fn check(app: &Application, r: &mut Reader) {
    if app.category != Some(Category::ExtremePoverty) {
        return;
    }
    let (Some(a), Some(on)) = (app.applicant_index(), app.reference_date(r.today)) else {
        return;
    };
    let Some(m) = app.members.get(a) else { return };
    if m.is_disabled() {
        return;
    }
    let Some(age) = m.age_on(on) else { return };
    if (16..60).contains(&age) {
        r.flag(
            Failure::new(Code::EXTREME_POVERTY_ELIGIBILITY, "category").with("age", age),
            Severity::Error,
            vec![
                Path::from("submittedOn"),
                member_path(a, "idNumber"),
                member_path(a, "birthDate"),
                member_path(a, "disability"),
                member_path(a, "relationship"),
            ],
        );
    }
}
