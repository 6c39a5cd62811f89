//! Private data a notice must not carry: a full ID number or a bank account number, anywhere in the
//! draft, found by the same walk and scanners as publicity notices (`publicity::every_leaf`,
//! `publicity::scan_all`). A phone number is not refused: the office's own number belongs on a
//! notice. A date or a month never reads as either: its digits make a run of at most 8.

use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};
use crate::publicity::{every_leaf, scan_all, Leak};
use serde_json::Value;

impl Code {
    /// A full ID or bank account number in a notice (param `found`: `idNumber`, `bankAccount`).
    pub const PRIVATE_DATA_IN_NOTICE: Code = Code::new("privateDataInNotice");
}

pub(super) fn check(value: &Value, found: &mut Findings) {
    for (path, leaf) in every_leaf(value) {
        let Value::String(text) = leaf else { continue };
        let leaks = scan_all(text);
        for (leak, name) in [
            (Leak::IdNumber, "idNumber"),
            (Leak::BankAccount, "bankAccount"),
        ] {
            if leaks.contains(&leak) {
                found.error(
                    Failure::new(Code::PRIVATE_DATA_IN_NOTICE, path.clone()).with("found", name),
                );
            }
        }
    }
}
