//! Committee names as published: a village or residents' committee (村民委员会, 居民委员会), typed by
//! a person, so fail closed. Also what no published text may hold: markup, and the part of an
//! address below the village or community (the road's number, the lane, the building, the room).

use super::mask::is_han;
use super::scan::digit;

/// A committee name as published: trimmed, 2 to 50 characters, at least one Han character, no
/// control characters, no run of 4 or more digits (a pasted number, a house number), and only
/// characters of the scripts a committee name uses (Han, ASCII, full-width forms, CJK punctuation),
/// so that no exotic digit can slip past the scan. Markup inside it withholds it too, as markup
/// alone does: a value that was meant to be a tag is not a committee's name, escaped or not.
pub(super) fn committee_shape(raw: &str) -> Option<&str> {
    let name = raw.trim();
    if has_markup(name) {
        return None;
    }
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

/// Whether `text` holds the brackets of a tag (`<a href=…>`, `</dd>`). Markup is written with
/// ASCII brackets only; the full-width ＜＞ are text.
pub(super) fn has_markup(text: &str) -> bool {
    text.contains(['<', '>'])
}

/// A Chinese numeral, as building and room numbers are sometimes written (三单元, 二〇一室).
fn chinese_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
    )
}

/// Whether `text` holds part of an address below the village or community (the level a notice
/// names): a number before 弄, 号, 室, 栋, 幢 or 单元 (业辉路100弄1号101室, 3栋2单元), or after 路
/// (城中东路88). Digits count in ASCII and full width; for 室, 栋, 幢 and 单元, Chinese numerals too
/// (三单元). A road, a number or one of these words alone is no address: 城中东路居民委员会 and
/// 第12居民委员会 are committees. Spaces between the number and the word are skipped.
pub(super) fn address_detail(text: &str) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Before {
        Nothing,
        Digits,
        Numeral,
        Road,
    }
    let mut before = Before::Nothing;
    let mut chars = text.chars().filter(|c| !c.is_whitespace()).peekable();
    while let Some(c) = chars.next() {
        let unit = c == '单' && chars.peek() == Some(&'元');
        let found = match c {
            '弄' | '号' | '號' => before == Before::Digits,
            '室' | '栋' | '棟' | '幢' => matches!(before, Before::Digits | Before::Numeral),
            _ if unit => matches!(before, Before::Digits | Before::Numeral),
            _ if digit(c).is_some() => before == Before::Road,
            _ => false,
        };
        if found {
            return true;
        }
        before = if digit(c).is_some() {
            Before::Digits
        } else if chinese_numeral(c) {
            Before::Numeral
        } else if c == '路' {
            Before::Road
        } else {
            Before::Nothing
        };
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_below_the_village() {
        for address in [
            "业辉路100弄1号101室居民委员会",
            "1号",
            "１０１室",
            "3 栋",
            "二〇一室",
            "三单元",
            "5幢",
            "城中东路88",
            "城中东路 ８８ 居委",
        ] {
            assert!(address_detail(address), "{address}");
        }
        for text in [
            "城中东路居民委员会",
            "第12居民委员会",
            "赵巷村村民委员会",
            "办公室",
            "单元",
            "一号桥村",
            "12345",
        ] {
            assert!(!address_detail(text), "{text}");
        }
    }

    #[test]
    fn committee_shapes() {
        assert_eq!(
            committee_shape(" 赵巷村村民委员会 "),
            Some("赵巷村村民委员会")
        );
        assert!(committee_shape("第12居民委员会").is_some());
        assert!(committee_shape("赵巷村＜第三＞居委").is_some());
        for bad in [
            "",
            "赵",
            "Zhaoxiang",
            "赵巷村1234号",
            "赵巷村\u{7}",
            "赵巷村𝟏𝟑𝟖",
            "赵巷村١٢٣",
            "赵巷村<img src=x onerror=alert(1)>",
            "盈中居委会<a href=\"javascript:alert(1)\">",
        ] {
            assert!(committee_shape(bad).is_none(), "{bad}");
        }
    }
}
