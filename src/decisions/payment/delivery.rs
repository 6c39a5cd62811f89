//! Home delivery (入户发放) signed for by the applicant, and collection (申请人领取) by the applicant
//! in person: anyone else collecting is a proxy, with the proxy's own rules.

use super::{require, Arrangement, Person, OTHER};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};

pub(super) fn home(a: &Arrangement, found: &mut Findings) {
    by_applicant(
        a.signed_by,
        "signedBy",
        Code::NOT_SIGNED_BY_APPLICANT,
        found,
    );
}

pub(super) fn in_person(a: &Arrangement, found: &mut Findings) {
    by_applicant(
        a.collected_by,
        "collectedBy",
        Code::NOT_COLLECTED_IN_PERSON,
        found,
    );
}

/// The person at `path` must be given, and be the applicant (else `code`, param `by`).
fn by_applicant(by: Option<Person>, path: &str, code: Code, found: &mut Findings) {
    require(&by, path, OTHER, found);
    if let Some(by) = by.filter(|by| *by != Person::Applicant) {
        found.error(Failure::new(code, path).with("by", by.as_str()));
    }
}
