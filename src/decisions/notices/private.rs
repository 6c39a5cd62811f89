//! Private data a notice must not carry: a full ID number or a bank account number, anywhere in the
//! draft, found by the same scanners as publicity notices (`publicity::scan_all`). A phone number
//! is not refused: the office's own number belongs on a notice.

use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};
use crate::path::Path;
use crate::publicity::{scan_all, Leak};
use serde_json::Value;

impl Code {
    /// A full ID or bank account number in a notice (param `found`: `idNumber`, `bankAccount`).
    pub const PRIVATE_DATA_IN_NOTICE: Code = Code::new("privateDataInNotice");
}

/// How deep the walk goes: far past any draft, short of any stack.
const DEPTH: usize = 64;

pub(super) fn check(value: &Value, found: &mut Findings) {
    walk(value, &Path::root(), 0, found);
}

fn walk(value: &Value, path: &Path, depth: usize, found: &mut Findings) {
    match value {
        Value::String(text) => scan(text, path, found),
        Value::Array(items) if depth < DEPTH => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &path.index(i), depth + 1, found);
            }
        }
        Value::Object(members) if depth < DEPTH => {
            for (key, member) in members {
                walk(member, &path.key(key), depth + 1, found);
            }
        }
        _ => {}
    }
}

fn scan(text: &str, path: &Path, found: &mut Findings) {
    // A date or a month is a field of its own, never a number to hide.
    let trimmed = text.trim();
    if crate::calendar::parse_date(trimmed, "").is_ok()
        || crate::decisions::YearMonth::parse(trimmed).is_some()
    {
        return;
    }
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
