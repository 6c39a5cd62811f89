//! The audit of a notice: every leaf of the input that was not published, and why. The walk covers
//! the whole application, so anything the allow-list does not name is withheld by default.

use crate::json::{push_index, Json};
use crate::pieces::parse_index;
use crate::prelude::*;

/// Why a value of the application is not on the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Not on the allow-list (the default for every field, including fields added later).
    NotAllowed,
    /// An ID number or other identity detail (条例 第48条; 个人信息保护法 第28条).
    Identity,
    /// A phone number, address or other contact detail.
    Contact,
    /// Income, property, expenses or a bank account.
    Financial,
    /// Health or disability (sensitive personal information).
    Health,
    /// About the agent who applied on the household's behalf.
    Agent,
    /// About a household member other than the applicant.
    OtherMember,
    /// An allow-listed value of an unexpected shape (an unknown category or town, a name with
    /// digits, a second applicant), withheld rather than guessed at.
    UnexpectedShape,
    /// An allow-listed value that holds an ID number.
    ContainsIdNumber,
    /// An allow-listed value that holds a phone number.
    ContainsPhone,
    /// An allow-listed value that holds a bank account number.
    ContainsBankAccount,
    /// An allow-listed value that holds another value of the application (a member's name, the
    /// applicant's full name while names are masked, a phone of the application).
    ContainsApplicationData,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        REASONS.get(self as usize).copied().unwrap_or("notAllowed")
    }
}

/// The reasons as JavaScript sees them, in the order of [`Reason`].
pub const REASONS: [&str; 12] = [
    "notAllowed",
    "identity",
    "contact",
    "financial",
    "health",
    "agent",
    "otherMember",
    "unexpectedShape",
    "containsIdNumber",
    "containsPhone",
    "containsBankAccount",
    "containsApplicationData",
];

/// Deeper than the JSON parser allows: a leaf, whatever it holds.
const MAX_DEPTH: usize = 64;

/// Every leaf of the application object `app` (scalars, empty arrays and objects) with its path,
/// in document order.
pub(super) fn all_leaves<'a>(app: &'a Json<'a>) -> Vec<(String, &'a Json<'a>)> {
    let mut out = Vec::new();
    let mut path = String::new();
    for (key, value) in app.as_object().unwrap_or_default() {
        path.clear();
        path.push_str(key);
        leaves(value, &mut path, 1, &mut out);
    }
    out
}

/// Every leaf of `value`, found at `path`. One path buffer serves the whole walk: each level
/// appends its segment and cuts it off again.
fn leaves<'a>(
    value: &'a Json<'a>,
    path: &mut String,
    depth: usize,
    out: &mut Vec<(String, &'a Json<'a>)>,
) {
    let len = path.len();
    match value {
        Json::Array(items) if !items.is_empty() && depth < MAX_DEPTH => {
            for (i, item) in items.iter().enumerate() {
                path.push('.');
                push_index(path, i);
                leaves(item, path, depth + 1, out);
                path.truncate(len);
            }
        }
        Json::Object(members) if !members.is_empty() && depth < MAX_DEPTH => {
            for (key, item) in members {
                path.push('.');
                path.push_str(key);
                leaves(item, path, depth + 1, out);
                path.truncate(len);
            }
        }
        _ => out.push((path.clone(), value)),
    }
}

/// Words in a key that say what kind of data it holds (matched in lower case, anywhere in any
/// segment of the path), separated by spaces (one string per kind rather than a slice per word).
/// They only choose the reason given: every such value is withheld anyway.
const KINDS: [(Reason, &str); 4] = [
    (
        Reason::Identity,
        "idnumber idtype birth gender ethnic passport",
    ),
    (Reason::Health, "health disab illness diagnos medical"),
    (
        Reason::Contact,
        "phone mobile tel address email wechat contact postcode",
    ),
    (
        Reason::Financial,
        "income asset deposit securit vehicle property expense bank account wage pension saving debt loan",
    ),
];

/// The reason a leaf at `path` is withheld; `applicant` is the index of the `self` member.
pub(super) fn classify(path: &str, applicant: Option<usize>) -> Reason {
    let lower = path.to_ascii_lowercase();
    for &(reason, words) in &KINDS {
        for word in words.split(' ') {
            if super::has(&lower, word) {
                return reason;
            }
        }
    }
    let mut segments = path.split('.');
    match (segments.next(), segments.next()) {
        (Some("agent"), _) => Reason::Agent,
        (Some("members"), Some(index)) if parse_index(index) != applicant => Reason::OtherMember,
        _ => Reason::NotAllowed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_by_kind_of_data() {
        let cases = [
            ("members.0.idNumber", Reason::Identity),
            ("members.1.name", Reason::OtherMember),
            ("members.0.relationship", Reason::NotAllowed),
            ("members.1.monthlyIncome.wages", Reason::Financial),
            ("members.0.health", Reason::Health),
            ("members.2.disability.grade", Reason::Health),
            ("contact.hukouAddress", Reason::Contact),
            ("agent.phone", Reason::Contact),
            ("agent.name", Reason::Agent),
            ("bankAccount.holderName", Reason::Financial),
            ("expenses.medical", Reason::Health),
            ("consents.verificationAuthorized", Reason::NotAllowed),
            ("someFieldAddedLater", Reason::NotAllowed),
        ];
        for (path, reason) in cases {
            assert_eq!(classify(path, Some(0)), reason, "{path}");
        }
        assert_eq!(classify("members.0.name", None), Reason::OtherMember);
        assert_eq!(
            REASONS[Reason::ContainsApplicationData as usize],
            "containsApplicationData"
        );
        assert_eq!(Reason::Agent.as_str(), "agent");
    }

    #[test]
    fn walks_every_leaf_in_order() {
        let app = Json::parse(r#"{"a":{"b":[1,{"c":null}],"d":{}},"e":[],"f":0}"#).unwrap();
        let out = all_leaves(&app);
        let paths: Vec<&str> = out.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["a.b.0", "a.b.1.c", "a.d", "e", "f"]);
        assert!(all_leaves(&Json::parse("{}").unwrap()).is_empty());
    }
}
