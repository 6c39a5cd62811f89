//! The characters a person's name may have: the one rule that validation (`nameFormat`) and the
//! publicity notice (which withholds any other name) both apply, so that a name validation lets
//! through is never withheld from the notice for its characters.
//!
//! Han ideographs (every CJK block), Latin letters, the separators of written names (the middle
//! dots of transliterated names, spaces, hyphens, apostrophes, full stops), and the marks that
//! belong to the letter before them (combining diacritics, variation selectors of rare
//! characters). Nothing else: no digits or symbols, no other script, and no character that shows
//! nothing or changes how the rest is shown (zero-width spaces and joiners, direction overrides
//! such as U+202E, controls), which could make a notice show another name than the one recorded.
//! A lone surrogate cannot reach a Rust string at all: the reader refuses it
//! (`input::parse`, `loneSurrogate`).

/// Han ideographs: CJK unified ideographs, extension A, compatibility ideographs, extensions B–H
/// (planes 2 and 3), compatibility supplement, and 〇.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// ASCII letters and the Latin letters of Latin-1 and Latin Extended-A and -B.
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (matches!(c as u32, 0xC0..=0x24F) && c != '×' && c != '÷')
}

/// Marks that belong to the character before them: combining diacritics and variation
/// selectors (葛 + U+E0100 is one character of a name). The zero-width joiner is not one: names
/// in the scripts allowed here never need it, and it shows nothing.
pub fn is_extender(c: char) -> bool {
    matches!(c as u32,
        0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF)
}

/// Separators between the parts of a name.
pub fn is_separator(c: char) -> bool {
    matches!(c, '·' | '•' | '‧' | '・' | '･' | '.' | ' ' | '-' | '\'')
}

/// The first character of `name` that no name may have, if any.
pub fn unpublishable_character(name: &str) -> Option<char> {
    name.chars()
        .find(|&c| !(is_han(c) || is_latin(c) || is_separator(c) || is_extender(c)))
}

/// A character as messages name it: `U+202E`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_characters_of_names() {
        for good in [
            "张三",
            "买买提·艾力",
            "O'Brien",
            "Zoë Müller",
            "葛\u{E0100}优",
            "𠮷野家",
        ] {
            assert_eq!(unpublishable_character(good), None, "{good}");
        }
        for (bad, c) in [
            ("张\u{202E}三", '\u{202E}'),
            ("张\u{200B}三", '\u{200B}'),
            ("张\u{200D}三", '\u{200D}'),
            ("张三\u{2066}", '\u{2066}'),
            ("张\u{FEFF}三", '\u{FEFF}'),
            ("张\u{3000}三", '\u{3000}'),
            ("张三（户主）", '（'),
            ("Иван", 'И'),
            ("张3", '3'),
        ] {
            assert_eq!(unpublishable_character(bad), Some(c), "{bad}");
        }
        assert_eq!(code_point('\u{202E}'), "U+202E");
        assert_eq!(code_point('\u{E0100}'), "U+E0100");
    }
}
