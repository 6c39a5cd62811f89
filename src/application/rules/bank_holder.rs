//! Assistance is paid into an account of the household: the account holder must be one of the
//! members (names compared without spaces).

use super::every_member;
use crate::application::read::Reader;
use crate::application::Application;
use crate::failure::{Code, Failure};
use crate::identity::Severity;

fn same_name(a: &str, b: &str) -> bool {
    a.chars()
        .filter(|c| !c.is_whitespace())
        .eq(b.chars().filter(|c| !c.is_whitespace()))
}

pub(super) fn check(app: &Application, r: &mut Reader) {
    let Some(holder) = app
        .bank_account
        .as_ref()
        .and_then(|b| b.holder_name.as_deref())
    else {
        return;
    };
    // Unknown names (not yet typed) cannot be compared.
    if app.members.is_empty() || app.members.iter().any(|m| m.name.is_none()) {
        return;
    }
    if !app
        .members
        .iter()
        .any(|m| m.name.as_deref().is_some_and(|n| same_name(n, holder)))
    {
        r.flag(
            Failure::new(Code::BANK_HOLDER_NOT_MEMBER, "bankAccount.holderName"),
            Severity::Error,
            vec![every_member("name")],
        );
    }
}
