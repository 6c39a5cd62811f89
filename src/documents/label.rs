//! Finding the kind of document a label names: "户口本（首页及本人页）复印件", "身份证 正反面",
//! "不动产权证明". Labels are normalised (full-width forms folded, spaces and punctuation removed,
//! Latin letters lower-cased), then the catalogue's names and aliases are looked for inside them,
//! longest first, so that words around the name (复印件, 原件, 证明, 扫描件, 首页及本人页) do not
//! matter and a longer name (注销户口证明) wins over a shorter one inside it (户口).

use super::catalogue::{Catalog, DocumentKind};
use crate::prelude::*;

/// Whether a character separates words rather than carrying meaning: white space, ASCII and CJK
/// punctuation, brackets and quotation marks of either width.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c as u32,
            0xB7 | 0x2000..=0x206F | 0x3000..=0x303F | 0x30FB | 0xFE10..=0xFE6F | 0xFF5F..=0xFF65)
}

/// The label as matched: full-width letters and digits folded to ASCII, lower case, without white
/// space or punctuation. `"（户口本） 复印件"` → `"户口本复印件"`.
pub fn normalise_label(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.chars() {
        let c = match c as u32 {
            // Full-width ASCII (！ to ～) and the ideographic space.
            n @ 0xFF01..=0xFF5E => char::from_u32(n - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        };
        if !is_separator(c) {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

impl Catalog {
    /// The kinds a label names, longest name first. Matches may not overlap: in "注销户口证明"
    /// only the death record is found, not the household register.
    pub fn match_label(&self, label: &str) -> Vec<&DocumentKind> {
        let label = normalise_label(label);
        let bytes = label.as_bytes();
        // (length, start, kind) of every occurrence of every name. Keys are whole UTF-8 strings, so
        // a byte match always starts and ends on character boundaries.
        let mut found: Vec<(usize, usize, &DocumentKind)> = Vec::new();
        for kind in self.kinds() {
            for key in &kind.keys {
                let key = key.as_bytes();
                for start in 0..bytes.len() {
                    if bytes.get(start..start + key.len()) == Some(key) {
                        found.push((key.len(), start, kind));
                    }
                }
            }
        }
        // Longest first (equal lengths in catalogue order), skipping what overlaps a longer match.
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut kinds: Vec<&DocumentKind> = Vec::new();
        loop {
            let mut best = None;
            let mut best_len = 0;
            for (i, f) in found.iter().enumerate() {
                if best.is_none() || f.0 > best_len {
                    best = Some(i);
                    best_len = f.0;
                }
            }
            let Some(best) = best else { break };
            let (len, start, kind) = found.remove(best);
            let end = start + len;
            if taken.iter().all(|&(s, e)| end <= s || start >= e) {
                taken.push((start, end));
                if !kinds.iter().any(|k| core::ptr::eq(*k, kind)) {
                    kinds.push(kind);
                }
            }
        }
        kinds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_widths_spaces_and_punctuation() {
        assert_eq!(
            normalise_label(" 户口本（首页、本人页）复印件 "),
            "户口本首页本人页复印件"
        );
        assert_eq!(
            normalise_label("【身份证】　正反面-扫描件.PDF"),
            "身份证正反面扫描件pdf"
        );
        assert_eq!(normalise_label("ＡＢＣ１２３·《房产证》"), "abc123房产证");
        assert_eq!(normalise_label("“户口簿”—原件…"), "户口簿原件");
        assert_eq!(normalise_label(""), "");
    }

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
}
