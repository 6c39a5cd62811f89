//! Committee names as published: a village or residents' committee (村民委员会, 居民委员会), typed by
//! a person, so fail closed.

use super::mask::is_han;
use super::scan::digit;

/// A committee name as published: trimmed, 2 to 50 characters, at least one Han character, no
/// control characters, no run of 4 or more digits (a pasted number, a house number), and only
/// characters of the scripts a committee name uses (Han, ASCII, full-width forms, CJK punctuation),
/// so that no exotic digit can slip past the scan.
pub(super) fn committee_shape(raw: &str) -> Option<&str> {
    let name = raw.trim();
    let (mut count, mut run, mut han) = (0, 0, false);
    for c in name.chars() {
        count += 1;
        run = if digit(c).is_some() { run + 1 } else { 0 };
        han |= is_han(c);
        let allowed = is_han(c)
            || (' '..='~').contains(&c)
            || matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF5E | 0xB7);
        if !allowed || run >= 4 {
            return None;
        }
    }
    (han && (2..=50).contains(&count)).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committee_shapes() {
        assert_eq!(
            committee_shape(" 赵巷村村民委员会 "),
            Some("赵巷村村民委员会")
        );
        assert!(committee_shape("第12居民委员会").is_some());
        assert!(committee_shape("赵巷村<img src=x onerror=alert(1)>").is_some());
        for bad in [
            "",
            "赵",
            "Zhaoxiang",
            "赵巷村1234号",
            "赵巷村\u{7}",
            "赵巷村𝟏𝟑𝟖",
            "赵巷村١٢٣",
        ] {
            assert!(committee_shape(bad).is_none(), "{bad}");
        }
    }
}
