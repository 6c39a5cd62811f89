//! Labels as they are matched: "户口本（首页及本人页）复印件", "身份证 正反面", "不动产权证明" are
//! normalised (full-width forms folded, spaces and punctuation removed, Latin letters lower-cased),
//! so that the words around a document's name do not matter (see `matching`).

use crate::identity::half_width;

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
    label
        .chars()
        .map(half_width)
        .filter(|&c| !is_separator(c))
        .map(|c| c.to_ascii_lowercase())
        .collect()
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
}
