//! The audit of a notice: every leaf of the input that was not published, and why. The walk covers
//! the whole application, so anything the allow-list does not name is withheld by default.

use crate::path::Path;
use serde::Serialize;
use serde_json::Value;

keyed! {
    /// Why a value of the application is not on the notice.
    Reason {
        /// Not on the allow-list (the default for every field, including fields added later).
        NotAllowed = "notAllowed",
        /// An ID number or other identity detail (条例 第48条; 个人信息保护法 第28条).
        Identity = "identity",
        /// A phone number, address or other contact detail.
        Contact = "contact",
        /// Income, property, expenses or a bank account.
        Financial = "financial",
        /// Health or disability (sensitive personal information).
        Health = "health",
        /// About the agent who applied on the household's behalf.
        Agent = "agent",
        /// About a household member other than the applicant.
        OtherMember = "otherMember",
        /// An allow-listed value of an unexpected shape (an unknown category or town, a name with
        /// digits, a second applicant), withheld rather than guessed at.
        UnexpectedShape = "unexpectedShape",
        /// An allow-listed value that holds an ID number.
        ContainsIdNumber = "containsIdNumber",
        /// An allow-listed value that holds a phone number.
        ContainsPhone = "containsPhone",
        /// An allow-listed value that holds a bank account number.
        ContainsBankAccount = "containsBankAccount",
        /// An allow-listed value that holds another value of the application (a member's name,
        /// however spaced, the applicant's full name while names are masked, a phone of the
        /// application).
        ContainsApplicationData = "containsApplicationData",
        /// An allow-listed value that holds part of an address below the village or community (a
        /// number with 路, 弄, 号, 室, 栋, 幢 or 单元).
        ContainsAddress = "containsAddress",
    }
}

/// A value of the input (or an option) left off the notice, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Withheld {
    pub path: Path,
    pub reason: Reason,
}

/// A leaf of the input: a scalar, an empty array or object, or whatever lies deeper than
/// [`MAX_DEPTH`].
pub(crate) type Leaf<'a> = (Path, &'a Value);

/// Deeper than any input the library reads (`Limits::DOCUMENT`): a leaf, whatever it holds.
const MAX_DEPTH: usize = 64;

/// Every leaf of the application object `app`, with its path, in document order.
pub(super) fn leaves(app: &Value) -> Vec<Leaf<'_>> {
    let mut out = Vec::new();
    if let Some(members) = app.as_object() {
        for (key, value) in members {
            walk(value, Path::root().key(key), 1, &mut out);
        }
    }
    out
}

/// Every leaf of any value, from the root: the value itself when it is a scalar. What the
/// decisions' notices are scanned through for private data (`decisions::notices`).
pub(crate) fn every_leaf(value: &Value) -> Vec<Leaf<'_>> {
    let mut out = Vec::new();
    walk(value, Path::root(), 0, &mut out);
    out
}

fn walk<'a>(value: &'a Value, path: Path, depth: usize, out: &mut Vec<Leaf<'a>>) {
    match value {
        Value::Array(items) if !items.is_empty() && depth < MAX_DEPTH => {
            for (i, item) in items.iter().enumerate() {
                walk(item, path.index(i), depth + 1, out);
            }
        }
        Value::Object(members) if !members.is_empty() && depth < MAX_DEPTH => {
            for (key, item) in members {
                walk(item, path.key(key), depth + 1, out);
            }
        }
        _ => out.push((path, value)),
    }
}

/// Words in a key that say what kind of data it holds (matched in lower case, anywhere in the
/// path). They only choose the reason given: every such value is withheld anyway.
const KINDS: [(Reason, &[&str]); 4] = [
    (
        Reason::Identity,
        &[
            "idnumber", "idtype", "birth", "gender", "ethnic", "passport",
        ],
    ),
    (
        Reason::Health,
        &["health", "disab", "illness", "diagnos", "medical"],
    ),
    (
        Reason::Contact,
        &[
            "phone", "mobile", "tel", "address", "email", "wechat", "contact", "postcode",
        ],
    ),
    (
        Reason::Financial,
        &[
            "income", "asset", "deposit", "securit", "vehicle", "property", "expense", "bank",
            "account", "wage", "pension", "saving", "debt", "loan",
        ],
    ),
];

/// The reason a leaf at `path` is withheld; `applicant` is the index of the `self` member.
pub(super) fn classify(path: &Path, applicant: Option<usize>) -> Reason {
    let lower = path.as_str().to_ascii_lowercase();
    let kind = KINDS
        .iter()
        .find(|(_, words)| words.iter().any(|word| lower.contains(word)));
    if let Some((reason, _)) = kind {
        return *reason;
    }
    let mut segments = path.segments();
    match (segments.next(), segments.next()) {
        (Some("agent"), _) => Reason::Agent,
        (Some("members"), Some(index)) if index.parse().ok() != applicant => Reason::OtherMember,
        _ => Reason::NotAllowed,
    }
}

/// The audit: each leaf not `published`, with the reason it was `refused` for or else the reason
/// of its kind, then the refusals that are not leaves of the input (options, `members` as a
/// whole, the name of a member that has none).
pub(super) fn audit(
    leaves: &[Leaf],
    published: &[Path],
    refused: &[Withheld],
    applicant: Option<usize>,
) -> Vec<Withheld> {
    let mut out: Vec<Withheld> = leaves
        .iter()
        .filter(|(path, _)| !published.contains(path))
        .map(|(path, _)| Withheld {
            path: path.clone(),
            reason: refused
                .iter()
                .find(|w| w.path == *path)
                .map_or_else(|| classify(path, applicant), |w| w.reason),
        })
        .collect();
    for w in refused {
        if !out.iter().any(|x| x.path == w.path) {
            out.push(w.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
            assert_eq!(classify(&Path::from(path), Some(0)), reason, "{path}");
        }
        assert_eq!(
            classify(&Path::from("members.0.name"), None),
            Reason::OtherMember
        );
        // `members` given as an object: a key that reads as an index is still another member's.
        assert_eq!(
            classify(&Path::from("members.+0.x"), None),
            Reason::OtherMember
        );
        assert_eq!(
            classify(&Path::from("members.x.y"), None),
            Reason::NotAllowed
        );
        assert_eq!(
            Reason::ContainsApplicationData.as_str(),
            "containsApplicationData"
        );
        assert_eq!(
            serde_json::to_value(Withheld {
                path: Path::from("agent.name"),
                reason: Reason::Agent
            })
            .unwrap(),
            json!({ "path": "agent.name", "reason": "agent" })
        );
    }

    #[test]
    fn walks_every_leaf_in_order() {
        let app = json!({ "a": { "b": [1, { "c": null }], "d": {} }, "e": [], "f": 0 });
        let out = leaves(&app);
        let paths: Vec<&str> = out.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["a.b.0", "a.b.1.c", "a.d", "e", "f"]);
        assert!(leaves(&json!({})).is_empty());
        assert!(leaves(&json!([1])).is_empty());
    }

    #[test]
    fn a_value_nested_too_deep_is_one_leaf() {
        let mut deep = json!("x");
        for _ in 0..100 {
            deep = json!([deep]);
        }
        let app = json!({ "deep": deep });
        let out = leaves(&app);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].0.segments().count(), MAX_DEPTH);
    }

    #[test]
    fn the_audit_keeps_refusals_that_are_not_leaves() {
        let app = json!({ "committee": "", "members": [{ "name": "张三" }] });
        let refused = [
            Withheld {
                path: Path::from("committee"),
                reason: Reason::UnexpectedShape,
            },
            Withheld {
                path: Path::from("opts.supervisionPhone"),
                reason: Reason::ContainsApplicationData,
            },
        ];
        let published = [Path::from("members.0.name")];
        let out = audit(&leaves(&app), &published, &refused, Some(0));
        assert_eq!(out, refused);
    }
}
