//! What people type into number fields: full-width digits and letters (１２３，ｘ), spaces and
//! ideographic spaces, hyphens and dashes, zero-width and direction marks pasted from chat apps, a
//! lower-case x or a multiplication sign for X. [`clean`] removes all that; validation then sees
//! only the characters that carry meaning.

/// The text with full-width ASCII made half-width, letters upper-case, `×` read as `X`, and
/// spaces, hyphens, dashes and invisible characters removed. Never fails; other characters stay.
pub fn clean(text: &str) -> String {
    // The usual case: plain ASCII letters and digits.
    if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let mut out = text.to_owned();
        out.make_ascii_uppercase();
        return out;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match half_width(c) {
            '×' => 'X',
            c => c,
        };
        if !is_filler(c) {
            out.push(c.to_ascii_uppercase());
        }
    }
    out
}

/// A full-width form of ASCII (！ to ～: １, ｘ, （) as its ASCII character; any other character as
/// it is. The one folding of widths that numbers, names and labels are read with.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Characters that never carry meaning inside a number.
fn is_filler(c: char) -> bool {
    c.is_whitespace()
        || matches!(c as u32,
            0x2D | 0xAD | 0x180E | 0x2010..=0x2015 | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x2064 | 0x2066..=0x2069 | 0x2212 | 0xFE58 | 0xFE63 | 0xFEFF)
}

/// Whether every byte is an ASCII digit (and there is at least one).
pub fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_what_people_type() {
        assert_eq!(
            clean("１１０１０５ １９４９１２３１ ００２ｘ"),
            "11010519491231002X"
        );
        assert_eq!(clean("110105-19491231-002x"), "11010519491231002X");
        assert_eq!(
            clean("\u{200B}110105\u{FEFF}19491231002\u{00D7}\u{3000}"),
            "11010519491231002X"
        );
        assert_eq!(clean("138\u{2014}1234\u{2013}5678"), "13812345678");
        assert_eq!(clean("张三"), "张三");
        assert_eq!(clean(""), "");
    }
}
