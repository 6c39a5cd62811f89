//! The values of the application that a published free text (a committee, a full name) must not
//! repeat, and that a supervision phone must not be: a member's name pasted into the committee, the
//! applicant's own phone given as the office's.

use super::scan::any_run;
use super::withheld::Leaf;
use crate::path::Path;
use serde_json::Value;

pub(super) struct Private(Vec<String>);

impl Private {
    /// The strings (trimmed) and whole numbers (in decimal) of the input, but for those at a
    /// `public` path, and the applicant's `public_name` where names are published in full.
    pub fn new(leaves: &[Leaf], public: impl Fn(&Path) -> bool, public_name: Option<&str>) -> Self {
        let texts = leaves
            .iter()
            .filter(|(path, _)| !public(path))
            .filter_map(|(_, value)| text(value))
            .filter(|text| Some(text.as_str()) != public_name);
        Private(texts.collect())
    }

    /// Whether `value` holds another value of the application (one of two characters or more, not
    /// the value itself).
    pub fn within(&self, value: &str) -> bool {
        let value = value.trim();
        self.0
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
                .0
                .iter()
                .any(|text| any_run(text, |run| run.windows(tail.len()).any(|w| w == tail)))
    }
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
        assert_eq!(p.0, ["李四", "1330"]);
        assert!(p.within("赵巷村李四家"));
        assert!(!p.within(" 李四 "), "the value itself");
        assert!(!p.within("赵巷村王五"), "a public name");
        assert!(p.within("第1330号"));
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
