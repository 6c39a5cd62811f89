//! The elements a notice must carry (the wording data's `elements` of its kind, each with the
//! provision that requires it), who it may be addressed to, and a change that changes nothing.

use super::{AddresseeRole, Draft, Element, NoticeKind, NoticeRule};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;

impl Code {
    /// A notice addressed to someone it may not be (a refusal goes to the applicant or their
    /// agent, 二（三）; param `role`).
    pub const WRONG_ADDRESSEE: Code = Code::new("wrongAddressee");
    /// A change notice whose new amount is the old one (warning).
    pub const AMOUNT_UNCHANGED: Code = Code::new("amountUnchanged");
}

pub(super) fn check(draft: &Draft, rule: &NoticeRule, found: &mut Findings) {
    for required in &rule.elements {
        if !draft.has(required.element) {
            let path = Path::from(required.element.as_str());
            found.missing(path, required.severity, Some(&required.provision));
        }
    }
    if draft.addressee.is_some() {
        let role = draft.role();
        if let Some(allowed) = &rule.addressees {
            if !allowed.contains(&role) {
                found.error(
                    Failure::new(Code::WRONG_ADDRESSEE, "addressee.role")
                        .with("role", role.as_str()),
                );
            }
        }
        // A notice to an agent names whom the agent acts for.
        if role == AddresseeRole::Agent && draft.applicant.is_none() {
            let provision = rule
                .elements
                .iter()
                .find(|e| e.element == Element::Addressee)
                .map(|e| e.provision.as_str());
            found.missing(Path::from("applicant"), Severity::Error, provision);
        }
    }
    if rule.kind == NoticeKind::Change {
        if let (Some(old), Some(new)) = (draft.old_amount, draft.new_amount) {
            if old == new {
                found.warning(Failure::new(Code::AMOUNT_UNCHANGED, "newAmount"));
            }
        }
    }
}
