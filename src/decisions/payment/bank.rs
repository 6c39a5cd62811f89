//! Bank payment (社会化发放): into an account held by a member of the household.

use super::{require, Arrangement, Holder, BANK};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};

pub(super) fn check(a: &Arrangement, found: &mut Findings) {
    if !require(&a.account, "account", BANK, found) {
        return;
    }
    let Some(account) = &a.account else { return };
    require(&account.holder, "account.holder", BANK, found);
    if require(
        &account.holder_relationship,
        "account.holderRelationship",
        BANK,
        found,
    ) && account.holder_relationship == Some(Holder::NotMember)
    {
        found.error(Failure::new(
            Code::ACCOUNT_HOLDER_NOT_MEMBER,
            "account.holderRelationship",
        ));
    }
}
