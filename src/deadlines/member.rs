//! Members of the objects a caller or a page hands in (case events, timeline options, procedure
//! rules loaded at run time), read with serde without ever failing on a wrong type: each member is
//! absent, a value of the wanted type, or wrong. The readers then check the members in the order
//! the rules name them and report the first wrong one at its own path, so which failure a
//! malformed object gets does not depend on the order its members were written in.

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::Deserialize;
use serde_json::Value;

/// One member of an object as given.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) enum Member<T> {
    /// Not in the object (a `#[serde(default)]` field).
    #[default]
    Absent,
    Valid(T),
    /// Present, `null` included, but not a `T`.
    Wrong,
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Member<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Member<T>, D::Error> {
        // Held as a value first: a deserializer that failed half-way cannot be read again.
        let value = Value::deserialize(deserializer)?;
        Ok(T::deserialize(value).map_or(Member::Wrong, Member::Valid))
    }
}

impl<T> Member<T> {
    /// The value, which must be there.
    pub fn required(self) -> Option<T> {
        match self {
            Member::Valid(value) => Some(value),
            Member::Absent | Member::Wrong => None,
        }
    }

    /// The value if there is one; `Err` when present but wrong.
    pub fn optional(self) -> Result<Option<T>, ()> {
        match self {
            Member::Absent => Ok(None),
            Member::Valid(value) => Ok(Some(value)),
            Member::Wrong => Err(()),
        }
    }
}

/// An object's members read into `T`; any other value is wrong (serde would read an array into a
/// struct by position).
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Object<T>(pub T);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Object<T>, D::Error> {
        match Value::deserialize(deserializer)? {
            value @ Value::Object(_) => {
                T::deserialize(value).map(Object).map_err(de::Error::custom)
            }
            _ => Err(de::Error::invalid_type(
                de::Unexpected::Other("a value that is not an object"),
                &"a map of members",
            )),
        }
    }
}

impl<T: Default> Member<Object<T>> {
    /// The members, or none when absent or not an object: the first required member is then
    /// reported missing.
    pub fn members(self) -> T {
        self.required()
            .map(|Object(members)| members)
            .unwrap_or_default()
    }
}

/// A string with something in it (names, event keys, the policy's sentences).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NonEmpty(pub String);

impl<'de> Deserialize<'de> for NonEmpty {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<NonEmpty, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text.is_empty() {
            return Err(de::Error::invalid_length(0, &"a non-empty string"));
        }
        Ok(NonEmpty(text))
    }
}

/// A whole number from 0 to `MAX`, as JSON may write it (`2` or `2.0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Count<const MAX: u32>(pub u32);

impl<'de, const MAX: u32> Deserialize<'de> for Count<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Count<MAX>, D::Error> {
        let n = f64::deserialize(deserializer)?;
        if n.fract() == 0.0 && (0.0..=f64::from(MAX)).contains(&n) {
            // Whole and in range, so the conversion is exact.
            Ok(Count(n as u32))
        } else {
            Err(de::Error::invalid_value(
                de::Unexpected::Float(n),
                &"a whole number in range",
            ))
        }
    }
}

pub(super) use crate::data::Entries;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default, PartialEq, Deserialize)]
    #[serde(default, rename_all = "camelCase")]
    struct Shape {
        name: Member<NonEmpty>,
        days: Member<Count<366>>,
        flag: Member<bool>,
    }

    fn shape(value: Value) -> Shape {
        Shape::deserialize(value).unwrap()
    }

    #[test]
    fn members_are_absent_valid_or_wrong_and_never_fail() {
        let s = shape(json!({ "name": "x", "days": 2.0, "flag": null }));
        assert_eq!(s.name, Member::Valid(NonEmpty("x".into())));
        assert_eq!(s.days, Member::Valid(Count(2)));
        assert_eq!(s.flag, Member::Wrong);
        let s = shape(json!({ "name": "", "days": 367 }));
        assert_eq!(
            (s.name, s.days, s.flag),
            (Member::Wrong, Member::Wrong, Member::Absent)
        );
        for days in [json!(-1), json!(1.5), json!("7"), json!(1e20)] {
            assert_eq!(shape(json!({ "days": days })).days, Member::Wrong);
        }
        // An array is not read into a struct by position.
        let wrong = Member::<Object<Shape>>::deserialize(json!(["x", 2, true])).unwrap();
        assert_eq!(wrong, Member::Wrong);
        assert_eq!(wrong.members(), Shape::default());
    }
}
