//! Home delivery (入户发放) signed for by the applicant, and collection (申请人领取) by the applicant
//! in person: anyone else collecting is a proxy, with the proxy's own rules.

use super::{require, Arrangement, Person, OTHER};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};

pub(super) fn home(a: &Arrangement, found: &mut Findings) {
    require(&a.signed_by, "signedBy", OTHER, found);
    if let Some(by) = a.signed_by {
        if by != Person::Applicant {
            found.error(
                Failure::new(Code::NOT_SIGNED_BY_APPLICANT, "signedBy").with("by", by.as_str()),
            );
        }
    }
}

pub(super) fn in_person(a: &Arrangement, found: &mut Findings) {
    require(&a.collected_by, "collectedBy", OTHER, found);
    if let Some(by) = a.collected_by {
        if by != Person::Applicant {
            found.error(
                Failure::new(Code::NOT_COLLECTED_IN_PERSON, "collectedBy").with("by", by.as_str()),
            );
        }
    }
}
