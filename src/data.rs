//! Typed data (holiday notices, the document catalogue, procedure rules, divisions, options) read
//! from JSON with serde. A value of the wrong type is refused with the module's code, its exact
//! path (serde_path_to_error) and what was expected; what serde cannot say (a date that does not
//! exist, a name listed twice) each module checks after, with the same paths.

use crate::failure::{Code, Failure};
use crate::input::{self, Limits};
use crate::path::Path;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

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

/// For `#[serde(default, deserialize_with = "data::given")]`: a member that may be absent (`None`)
/// but, when given, must be a `T`, `null` included (serde's `Option` reads `null` as absent).
pub fn given<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A string with something in it besides spaces (kept as written); a blank one is refused as not
/// a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.trim().is_empty() {
            return Err(de::Error::invalid_value(
                de::Unexpected::Str(&text),
                &"a string with text",
            ));
        }
        Ok(Text(text))
    }
}

/// A struct read from an object only: anything else is refused as not an object, where serde would
/// read a struct from an array by position. Its members keep their exact paths.
#[derive(Debug, Clone, PartialEq)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Object<T>, D::Error> {
        struct Members<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Members<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of members")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(Object)
            }
        }
        deserializer.deserialize_map(Members(PhantomData))
    }
}

/// The members of an object in the order the deserializer gives them, keys as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<T>(pub Vec<(String, T)>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Entries<T>, D::Error> {
        struct Members<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Members<T> {
            type Value = Entries<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of members")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<T>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(Members(PhantomData))
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
    fn entries_keep_the_order_they_are_given_in() {
        let value = json!({ "b": "x", "a": 1 });
        let entries = Entries::<Value>::deserialize(&value).unwrap();
        let keys: Vec<&str> = entries.0.iter().map(|(k, _)| k.as_str()).collect();
        let order: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, order);
        assert!(Entries::<Value>::deserialize(json!([])).is_err());
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Members {
        #[serde(default, deserialize_with = "given")]
        name: Option<Text>,
        #[serde(default, deserialize_with = "given")]
        items: Option<Vec<Object<Item>>>,
    }

    #[test]
    fn members_given_blank_or_in_an_array_are_refused_at_their_path() {
        let code = Code::new("x");
        let read = |value: Value| read::<Object<Members>>(&value, code, &Path::root());
        let refused = |value: Value| {
            let f = read(value).unwrap_err();
            (
                f.path.to_string(),
                f.param("expected").unwrap_or("").to_owned(),
            )
        };
        let r = |path: &str, expected: &str| (path.to_owned(), expected.to_owned());
        assert!(read(json!({})).is_ok_and(|Object(m)| m.name.is_none()));
        assert_eq!(refused(json!({ "name": null })), r("name", "string"));
        assert_eq!(refused(json!({ "name": " " })), r("name", "string"));
        assert_eq!(refused(json!(["x"])), r("", "object"));
        assert_eq!(refused(json!({ "items": [["a"]] })), r("items.0", "object"));
        assert_eq!(
            refused(json!({ "items": [{ "id": 1 }] })),
            r("items.0.id", "string")
        );
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
