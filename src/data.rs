//! Typed data (holiday notices, the document catalogue, procedure rules, divisions, options) read
//! from JSON with serde. A value of the wrong type is refused with the module's code, its exact
//! path (serde_path_to_error) and what was expected; what serde cannot say (a date that does not
//! exist, a name listed twice) each module checks after, with the same paths.

use crate::failure::{Code, Failure};
use crate::input::{self, Limits};
use crate::path::Path;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// Reads `value` as a `T`. `root` is where the value sits (`2027` for one year's notice).
pub fn read<T: DeserializeOwned>(value: &Value, code: Code, root: &Path) -> Result<T, Failure> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let mut path = root.clone();
        for segment in error.path().iter() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => path.push_index(*index),
                serde_path_to_error::Segment::Map { key } => path.push_key(key),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => {}
            }
        }
        Failure::new(code, path).with("expected", expected(&error.into_inner().to_string()))
    })
}

/// Compiled-in data (`data/`, checked by build.rs and by the tests), read as JSON the way data from
/// outside is: by [`input::parse`], so that the module has one reader of JSON text. `None` should
/// it ever not read, so that a caller falls back to no data rather than a trap.
pub fn embedded(text: &str) -> Option<Value> {
    input::parse(text, &Limits::DOCUMENT).ok()
}

/// A date as data writes it: a string, checked to be a real `YYYY-MM-DD` date by the module that
/// reads it (`invalidDate`, with the value); anything but a string is refused as not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText(String);

impl DateText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DateText, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = DateText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<DateText, E> {
                Ok(DateText(text.to_owned()))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

/// The kind of value serde expected, from its message (`invalid type: integer `3`, expected a
/// string`), as the messages' `{expected}` names it.
fn expected(message: &str) -> &'static str {
    let wanted = message.rsplit_once(", expected ").map_or("", |(_, w)| w);
    let numbers = [
        "f64", "f32", "i64", "i32", "i16", "i8", "u64", "u32", "u16", "u8", "usize",
    ];
    if wanted.starts_with("a date string") {
        "date"
    } else if wanted.starts_with("a string") || wanted.starts_with("a borrowed string") {
        "string"
    } else if wanted.starts_with("a sequence") || wanted.starts_with("a tuple") {
        "array"
    } else if wanted.starts_with("a map") || wanted.starts_with("struct ") {
        "object"
    } else if wanted.starts_with("a boolean") {
        "boolean"
    } else if numbers.contains(&wanted) || wanted.starts_with("a number") {
        "number"
    } else {
        "json"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Shape {
        name: Option<String>,
        items: Option<Vec<Item>>,
        flag: Option<bool>,
        count: Option<u32>,
        amount: Option<f64>,
        on: Option<DateText>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: Option<String>,
    }

    fn refusal(value: Value) -> (String, String) {
        let code = Code::new("invalidShape");
        let f = read::<Shape>(&value, code, &Path::from("2027")).unwrap_err();
        assert_eq!(f.code, code);
        (
            f.path.to_string(),
            f.param("expected").unwrap_or("").to_owned(),
        )
    }

    #[test]
    fn wrong_types_are_refused_at_their_path_with_what_was_expected() {
        let r = |path: &str, expected: &str| (path.to_owned(), expected.to_owned());
        assert_eq!(refusal(json!([])), r("2027", "object"));
        assert_eq!(refusal(json!({ "name": 3 })), r("2027.name", "string"));
        assert_eq!(refusal(json!({ "items": {} })), r("2027.items", "array"));
        assert_eq!(
            refusal(json!({ "items": [{}, 1] })),
            r("2027.items.1", "object")
        );
        assert_eq!(
            refusal(json!({ "items": [{ "id": [] }] })),
            r("2027.items.0.id", "string")
        );
        assert_eq!(refusal(json!({ "flag": "yes" })), r("2027.flag", "boolean"));
        assert_eq!(refusal(json!({ "count": "1" })), r("2027.count", "number"));
        assert_eq!(
            refusal(json!({ "amount": "1" })),
            r("2027.amount", "number")
        );
        assert_eq!(refusal(json!({ "on": 20270101 })), r("2027.on", "date"));
    }

    #[test]
    fn right_types_are_read() {
        let shape: Shape = read(
            &json!({ "name": "x", "items": [{ "id": "a" }], "count": 2 }),
            Code::new("x"),
            &Path::root(),
        )
        .unwrap();
        assert_eq!(shape.name.as_deref(), Some("x"));
        assert_eq!(shape.items.map(|i| i.len()), Some(1));
    }
}
