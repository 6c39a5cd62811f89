//! Form order: findings are sorted by their path, segment by segment, in the order of the model
//! (docs/domain.md, "The application"), so an error summary follows the page: keys in the order
//! below, indexes numerically, unknown keys last.

use crate::path::Path;

/// Every key of the model, in form order. One list serves every level, as only the order of
/// siblings matters (contact: phone, hukouAddress, residenceAddress; agent: name, idType,
/// idNumber, phone, kind).
pub const FORM_ORDER: &[&str] = &[
    "category",
    "submittedOn",
    "town",
    "committee",
    "contact",
    "members",
    "name",
    "idType",
    "idNumber",
    "birthDate",
    "gender",
    "relationship",
    "hukou",
    "livesTogether",
    "employment",
    "disability",
    "grade",
    "health",
    "monthlyIncome",
    "wages",
    "business",
    "property",
    "transfer",
    "other",
    "phone",
    "hukouAddress",
    "residenceAddress",
    "assets",
    "deposits",
    "securities",
    "vehicles",
    "nonResidentialProperty",
    "expenses",
    "medical",
    "education",
    "bankAccount",
    "bankName",
    "accountNumber",
    "holderName",
    "agent",
    "kind",
    "consents",
    "verificationAuthorized",
    "declarationTruthful",
];

/// Where a key comes in form order (its first place in [`FORM_ORDER`]).
pub fn form_position(key: &str) -> Option<usize> {
    FORM_ORDER.iter().position(|k| *k == key)
}

/// The sort key of a path.
pub(super) fn rank(path: &Path) -> Vec<u32> {
    path.segments()
        .map(|segment| match segment.parse::<u32>() {
            Ok(index) => index,
            Err(_) => form_position(segment).map_or(u32::MAX, |p| p as u32),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_order() {
        let mut paths: Vec<Path> = [
            "consents.verificationAuthorized",
            "members.10.name",
            "members.2.monthlyIncome.wages",
            "members.2.idNumber",
            "members",
            "agent.phone",
            "agent.name",
            "category",
            "contact.phone",
        ]
        .map(Path::from)
        .to_vec();
        paths.sort_by_key(rank);
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
            .map(Path::from)
        );
    }
}
