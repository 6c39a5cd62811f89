//! Finding the kinds of document a label names: the catalogue's names and aliases are looked for
//! inside the normalised label, longest first, so that words around the name (复印件, 原件, 证明,
//! 扫描件, 首页及本人页) do not matter and a longer name (注销户口证明) wins over a shorter one inside
//! it (户口).

use super::catalogue::Catalog;
use super::kind::DocumentKind;
use super::label::normalise_label;
use crate::sort;

/// One place where a kind's name or alias occurs in a normalised label (byte offsets).
struct Occurrence<'k> {
    start: usize,
    end: usize,
    kind: &'k DocumentKind,
}

impl Catalog {
    /// The kinds a label names, longest name first. Matches may not overlap: in "注销户口证明"
    /// only the death record is found, not the household register.
    pub fn match_label(&self, label: &str) -> Vec<&DocumentKind> {
        let label = normalise_label(label);
        // Every occurrence of every key, overlapping ones included: a longer match may take
        // one occurrence of a key and leave room for the next.
        let mut found: Vec<Occurrence> = Vec::new();
        for kind in self.kinds() {
            for key in &kind.keys {
                for (start, _) in label.char_indices() {
                    if label
                        .get(start..)
                        .is_some_and(|rest| rest.starts_with(key.as_str()))
                    {
                        found.push(Occurrence {
                            start,
                            end: start + key.len(),
                            kind,
                        });
                    }
                }
            }
        }
        // Longest first; equal lengths keep catalogue order (the sort is stable).
        sort::by_rank(&mut found, |o| {
            vec![u32::MAX - u32::try_from(o.end - o.start).unwrap_or(u32::MAX)]
        });
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut kinds: Vec<&DocumentKind> = Vec::new();
        for o in found {
            if taken.iter().all(|&(s, e)| o.end <= s || o.start >= e) {
                taken.push((o.start, o.end));
                if !kinds.iter().any(|k| std::ptr::eq(*k, o.kind)) {
                    kinds.push(o.kind);
                }
            }
        }
        kinds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(label: &str) -> Vec<String> {
        let catalog = Catalog::embedded();
        catalog
            .match_label(label)
            .into_iter()
            .map(|k| k.id.clone())
            .collect()
    }

    #[test]
    fn longest_name_wins_and_matches_do_not_overlap() {
        assert_eq!(ids("注销户口证明"), ["deathCertificate"]);
        assert_eq!(ids("户口本首页及本人页"), ["householdRegister"]);
        assert_eq!(
            ids("身份证、户口本复印件"),
            ["identityCard", "householdRegister"]
        );
        assert_eq!(ids("授权委托书"), ["powerOfAttorney"]);
        assert_eq!(ids("经济状况核对授权书"), ["verificationAuthorization"]);
        assert_eq!(ids("医疗费用结算单"), ["medicalInsuranceSettlement"]);
        assert_eq!(ids("门诊医疗费发票"), ["medicalBills"]);
        assert!(ids("银行卡").is_empty());
    }

    #[test]
    fn a_longer_match_leaves_room_for_the_next_occurrence_of_a_shorter_name() {
        let kind = |id: &str, name: &str| serde_json::json!({ "id": id, "name": { "zh": name, "en": id }, "obtainableBySharing": false, "appliesTo": "always" });
        let catalog = Catalog::read(&serde_json::json!([
            kind("short", "口口"),
            kind("long", "甲乙口")
        ]))
        .unwrap();
        let found: Vec<&str> = catalog
            .match_label("甲乙口口口")
            .iter()
            .map(|k| k.id.as_str())
            .collect();
        assert_eq!(found, ["long", "short"]);
    }
}
