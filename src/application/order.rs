//! Form order: findings are sorted by their path, segment by segment, in the order of the model
//! (DESIGN.md), so an error summary follows the page: keys in the order of the labelled field list
//! (`messages::form_position`), indexes numerically, unknown keys last.

use crate::prelude::*;

/// The sort key of a path.
pub(super) fn rank(path: &str) -> Vec<u32> {
    if path.is_empty() {
        return Vec::new();
    }
    let mut key = Vec::new();
    for segment in path.split('.') {
        key.push(match crate::pieces::parse_u32(segment) {
            Some(index) => index,
            None => crate::messages::form_position(segment).map_or(u32::MAX, |p| p as u32),
        });
    }
    key
}

/// Whether two paths overlap: one equals the other or lies under it; `*` matches any segment.
pub(super) fn overlaps(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.split('.'), b.split('.'));
    loop {
        match (x.next(), y.next()) {
            (Some(s), Some(t)) if s == t || s == "*" || t == "*" => {}
            (Some(_), Some(_)) => return false,
            _ => return true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_order_and_overlap() {
        let mut paths = vec![
            "consents.verificationAuthorized",
            "members.10.name",
            "members.2.monthlyIncome.wages",
            "members.2.idNumber",
            "members",
            "agent.phone",
            "agent.name",
            "category",
            "contact.phone",
        ];
        paths.sort_by_key(|p| rank(p));
        assert_eq!(
            paths,
            [
                "category",
                "contact.phone",
                "members",
                "members.2.idNumber",
                "members.2.monthlyIncome.wages",
                "members.10.name",
                "agent.name",
                "agent.phone",
                "consents.verificationAuthorized",
            ]
        );
        assert!(overlaps("members.1", "members.1.idNumber"));
        assert!(overlaps("members.1.idNumber", "members.*.idNumber"));
        assert!(!overlaps("members.1.idNumber", "members.2.idNumber"));
        assert!(!overlaps("members.1.name", "members.1.idNumber"));
        assert!(overlaps("members", "members"));
    }
}
