//! Names on a notice: the shape a name may have, and how it is masked.
//!
//! **Masking rule: keep the first character, replace every later character with one `*`, keep the
//! separators** (张三 → 张*, 欧阳娜娜 → 欧***, 买买提·艾力 → 买**·**, John Smith → J*** *****).
//! It is Hutool's `DesensitizedUtil.chineseName` convention (docs/domain.md, "Publicity notices").
//! Why this one:
//! - 公示 exists so that neighbours who know the family can object (民主监督); the surname, the
//!   committee and the household size let them recognise it, while a stranger learns a surname;
//! - the other common convention, first and last kept (张*三), gives away the whole given name of a
//!   two-character name (the usual length), so it is not used;
//! - compound surnames (欧阳) are not guessed: keeping one character reveals less, never more.
//!
//! Characters are Unicode scalar values, never bytes or UTF-16 units: 𠮷 (U+20BB7, two UTF-16 units,
//! four UTF-8 bytes) is one character and is never split. Combining marks and variation selectors
//! (an ideographic variation sequence such as 葛 + U+E0100) belong to the character before them:
//! they stay with a kept character and disappear with a masked one. Separators (the middle dots of
//! transliterated names, spaces, hyphens) stay, so a masked name still reads as a name.
//!
//! Shape (fail closed): after trimming, 2 to 30 characters, each a Han ideograph (all CJK blocks,
//! extensions included), a Latin letter, or a separator between two of them. A name with digits,
//! punctuation, markup, another script or an invisible character is not published at all. Which
//! characters a name may have is `identity::name`'s rule, the one validation applies too.

pub(super) use crate::identity::name::is_han;
use crate::identity::name::{is_extender, is_separator, unpublishable_character};

/// The name, trimmed, if it has the shape of a person's name.
pub(super) fn name_shape(raw: &str) -> Option<&str> {
    let name = raw.trim();
    if unpublishable_character(name).is_some() {
        return None;
    }
    let (mut count, mut previous_separator) = (0, true);
    for c in name.chars() {
        if is_extender(c) {
            if count == 0 || previous_separator {
                return None;
            }
        } else if is_separator(c) {
            if previous_separator {
                return None;
            }
            previous_separator = true;
        } else {
            count += 1;
            previous_separator = false;
        }
    }
    (!previous_separator && (2..=30).contains(&count)).then_some(name)
}

/// The name masked by the rule above.
pub(super) fn mask(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut seen = 0;
    for c in name.chars() {
        if is_extender(c) {
            if seen == 1 {
                out.push(c);
            }
            continue;
        }
        if !is_separator(c) {
            seen += 1;
        }
        out.push(if seen <= 1 || is_separator(c) { c } else { '*' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_by_characters_never_bytes() {
        assert_eq!(mask("张三"), "张*");
        assert_eq!(mask("段正淳"), "段**");
        assert_eq!(mask("𠮷野家"), "𠮷**");
        assert_eq!(mask("王𠮷"), "王*");
        assert_eq!(mask("买买提·艾力"), "买**·**");
        assert_eq!(mask("John Smith"), "J*** *****");
        assert_eq!(mask("葛\u{E0100}优"), "葛\u{E0100}*");
        assert_eq!(mask("李葛\u{E0100}"), "李*");
    }

    #[test]
    fn only_names_have_a_name_shape() {
        for good in [
            "张三",
            " 买买提·艾力 ",
            "𠮷野家",
            "O'Brien Anne",
            "Zoë Müller",
            "葛\u{E0100}优",
        ] {
            assert!(name_shape(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "张",
            "  ",
            "张3",
            "张三13812345678",
            "<img src=x onerror=alert(1)>",
            "·张三",
            "张三·",
            "张··三",
            "张三（户主）",
            "Иван Петров",
            "张\u{0}三",
            "\u{301}张三",
            "张\u{200D}三",
            "张\u{202E}三",
        ] {
            assert!(name_shape(bad).is_none(), "{bad}");
        }
        assert!(name_shape(&"张".repeat(31)).is_none());
    }
}
