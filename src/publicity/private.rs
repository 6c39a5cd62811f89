//! The values of the application that a published free text (a committee, a full name) must not
//! repeat, and that a supervision phone must not be: a member's name pasted into the committee, the
//! applicant's own phone given as the office's. People's names are also looked for in every
//! published value with spaces and punctuation ignored (张 三居委会, 赵巷村（王·𠮷）).

use super::scan::any_run;
use super::withheld::Leaf;
use crate::identity::half_width;
use crate::identity::name::{is_han, is_latin};
use crate::path::Path;
use serde_json::Value;

pub(super) struct Private {
    texts: Vec<String>,
    /// The names of people in the input (members, the agent, the account holder), letters only
    /// ([`letters`]), of two letters or more; and whether the name may be a published value
    /// itself (an agent's or a holder's name may be the committee's, when it applied).
    names: Vec<(String, bool)>,
}

/// The keys under which the input holds a person's name.
const NAME_KEYS: [&str; 2] = ["name", "holderName"];

impl Private {
    /// The strings (trimmed) and whole numbers (in decimal) of the input, but for those at a
    /// `public` path, and the applicant's `public_name` where names are published in full.
    pub fn new(leaves: &[Leaf], public: impl Fn(&Path) -> bool, public_name: Option<&str>) -> Self {
        let private = || leaves.iter().filter(|(path, _)| !public(path));
        let texts = private()
            .filter_map(|(_, value)| text(value))
            .filter(|text| Some(text.as_str()) != public_name);
        let public_letters = public_name.map(letters);
        let names = private()
            .filter(|(path, _)| {
                let last = path.split_last().map(|(_, last)| last);
                last.is_some_and(|last| NAME_KEYS.contains(&last))
            })
            .filter_map(|(path, value)| {
                let member = path.segments().next() == Some("members");
                Some((letters(value.as_str()?), !member))
            })
            .filter(|(name, _)| name.chars().count() > 1 && Some(name) != public_letters.as_ref());
        Private {
            texts: texts.collect(),
            names: names.collect(),
        }
    }

    /// Whether `value` holds the name of a person of the application, with spaces, punctuation
    /// and invisible characters ignored and letters compared in one width and case.
    pub fn has_name(&self, value: &str) -> bool {
        let value = letters(value);
        let found = |(name, may_be_value): &(String, bool)| {
            value.contains(name.as_str()) && !(*may_be_value && *name == value)
        };
        self.names.iter().any(found)
    }

    /// Whether `value` holds another value of the application (one of two characters or more, not
    /// the value itself).
    pub fn within(&self, value: &str) -> bool {
        let value = value.trim();
        self.texts
            .iter()
            .any(|text| text.chars().count() > 1 && text != value && value.contains(text.as_str()))
    }

    /// Whether `phone` is a number of the application: its last 8 digits (all, when shorter, from
    /// 7) inside a run of digits of any value.
    pub fn has_number(&self, phone: &str) -> bool {
        let digits: Vec<u8> = phone.bytes().filter(u8::is_ascii_digit).collect();
        let tail = digits
            .get(digits.len().saturating_sub(8)..)
            .unwrap_or_default();
        tail.len() >= 7
            && self
                .texts
                .iter()
                .any(|text| any_run(text, |run| run.windows(tail.len()).any(|w| w == tail)))
    }
}

/// The letters and digits of `text`, full-width forms made ASCII and letters lower-case: what is
/// left of a name however it is spaced or punctuated. Letters are Han, Latin and the letters of
/// other scripts, told by their blocks rather than by Unicode's tables (which would cost the web
/// build two kilobytes): punctuation, symbols, spaces, marks, variation selectors, invisible and
/// private characters are dropped.
fn letters(text: &str) -> String {
    text.chars()
        .map(half_width)
        .filter(|&c| letter(c))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn letter(c: char) -> bool {
    is_han(c)
        || is_latin(c)
        || c.is_ascii_digit()
        || !matches!(c as u32,
            0..=0x36F | 0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x303F | 0xD800..=0xF8FF
                | 0xFE00..=0xFE6F | 0xFF00..=0xFF65 | 0xFFE0..=0xFFFF | 0x1F000..=0x1FAFF
                | 0xE0000..=0x10FFFF)
}

/// A value as text: a string trimmed, a whole number below 10^15 in decimal, without its sign.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => n
            .as_f64()
            .filter(|n| n.fract() == 0.0 && n.abs() < 1e15)
            // Whole and below 10^15, so the conversion is exact.
            .map(|n| format!("{}", n.abs() as u64)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publicity::withheld::leaves;
    use serde_json::json;

    fn private(app: Value) -> Private {
        Private::new(&leaves(&app), |p| p == "committee", Some("王五"))
    }

    #[test]
    fn strings_and_whole_numbers_but_not_public_ones() {
        let p = private(json!({
            "committee": "赵巷村",
            "a": " 李四 ",
            "b": [-1330, 2.5, 1e15, true, null],
            "c": "王五"
        }));
        assert_eq!(p.texts, ["李四", "1330"]);
        assert!(p.within("赵巷村李四家"));
        assert!(!p.within(" 李四 "), "the value itself");
        assert!(!p.within("赵巷村王五"), "a public name");
        assert!(p.within("第1330号"));
    }

    #[test]
    fn names_however_spaced() {
        let p = private(json!({
            "members": [{ "name": "王五" }, { "name": " 李 四 " }, { "name": "Ann Lee" }, { "name": "赵" }],
            "agent": { "name": "陈建国" },
            "bankAccount": { "holderName": "王 五" },
            "note": "周敏"
        }));
        let names: Vec<&str> = p.names.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["李四", "annlee", "陈建国"]);
        assert!(
            p.has_name("李四"),
            "a member's name is never the value itself"
        );
        assert!(
            !p.has_name("陈 建国"),
            "an agent's may be (a committee that applied)"
        );
        assert!(p.has_name("赵巷村李·四家"));
        assert!(p.has_name("ＡＮＮ-lee居委"));
        assert!(p.has_name("陈\u{200B}建国代办"));
        assert!(!p.has_name("赵巷村王五"), "the public name");
        assert!(!p.has_name("周敏"), "not a name's key");
        assert!(!p.has_name("赵巷村"), "one letter is no name to look for");
    }

    #[test]
    fn phones_of_the_application() {
        let p = private(json!({ "contact": { "phone": "138 1234 5678" }, "n": 2159728888u64 }));
        assert!(p.has_number("13812345678"));
        assert!(p.has_number("021-59728888"));
        assert!(!p.has_number("12345"));
        assert!(!p.has_number("021-59728889"));
    }
}
