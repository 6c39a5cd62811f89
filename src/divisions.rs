//! Qingpu's town-level divisions (data/divisions.json): a town is named by its 9-digit code or its
//! name. Applications are decided by the town of the applicant's hukou; notices name it.
//!
//! The list is data: compiled in, and replaced at run time by a page that loads a newer one when the
//! district's list changes (a town merged or renamed), without a new release.

use crate::data;
use crate::failure::{Code, Failure};
use crate::path::Path;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::OnceLock;

impl Code {
    /// A division list (`loadDivisions`) that is not a list of 9-digit codes and names.
    pub const INVALID_DIVISION_DATA: Code = Code::new("invalidDivisionData");
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Division {
    pub code: String,
    pub name: String,
}

/// Whether the division named `name` is a sub-district (街道, whose office is a 办事处) rather than
/// a town (镇, whose office is the 人民政府).
pub fn is_sub_district(name: &str) -> bool {
    name.ends_with("街道")
}

/// The divisions in use, in the order of the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Divisions(Vec<Division>);

/// The shape of data/divisions.json, checked with serde; each item is then read on its own from
/// the data, so that any fault of an item is reported at the member it concerns.
#[derive(Deserialize)]
struct DivisionsData {
    divisions: Option<Vec<IgnoredAny>>,
}

impl Divisions {
    /// The compiled-in list.
    pub fn embedded() -> Divisions {
        static EMBEDDED: OnceLock<Divisions> = OnceLock::new();
        EMBEDDED.get_or_init(Divisions::compiled_in).clone()
    }

    /// The compiled-in data read afresh, for a holder that keeps its own copy (the binding's
    /// tables read it once each): no second copy, no clone.
    pub fn compiled_in() -> Divisions {
        let text = include_str!(concat!(env!("OUT_DIR"), "/divisions.json"));
        data::embedded(text)
            .and_then(|data| Divisions::read(&data).ok())
            .unwrap_or(Divisions(Vec::new()))
    }

    /// Reads a list in the shape of data/divisions.json (`{ divisions: [{ code, name }] }`): at
    /// least one division, each with a 9-digit statistical code and a name, neither listed twice.
    pub fn read(data: &Value) -> Result<Divisions, Failure> {
        let shape: DivisionsData = data::read(data, Code::INVALID_DIVISION_DATA, &Path::root())?;
        if !shape.divisions.is_some_and(|items| !items.is_empty()) {
            return Err(wrong(Path::root().key("divisions"), "array"));
        }
        // The items where serde found them: the member `divisions`, or the first item of an array
        // (serde reads a struct from an array by position).
        let items = match data {
            Value::Array(fields) => fields.first(),
            _ => data.get("divisions"),
        };
        let items = items
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        let mut list: Vec<Division> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = |key: &str| Path::root().key("divisions").index(i).key(key);
            let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::trim);
            let code = match text("code") {
                Some(code) if code.len() == 9 && code.bytes().all(|b| b.is_ascii_digit()) => code,
                _ => return Err(wrong(at("code"), "divisionCode")),
            };
            let name = match text("name") {
                Some(name) if !name.is_empty() => name,
                _ => return Err(wrong(at("name"), "string")),
            };
            if list.iter().any(|d| d.code == code) {
                return Err(wrong(at("code"), "unique"));
            }
            if list.iter().any(|d| d.name == name) {
                return Err(wrong(at("name"), "unique"));
            }
            list.push(Division {
                code: code.to_owned(),
                name: name.to_owned(),
            });
        }
        Ok(Divisions(list))
    }

    pub fn list(&self) -> &[Division] {
        &self.0
    }

    /// The division named by `code_or_name` (surrounding spaces ignored).
    pub fn find(&self, code_or_name: &str) -> Option<&Division> {
        let wanted = code_or_name.trim();
        self.0.iter().find(|d| d.code == wanted || d.name == wanted)
    }
}

fn wrong(path: Path, expected: &str) -> Failure {
    Failure::new(Code::INVALID_DIVISION_DATA, path).with("expected", expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_districts_are_told_from_towns() {
        let names = ["夏阳街道", "朱家角镇", "金泽镇"];
        assert_eq!(names.map(is_sub_district), [true, false, false]);
    }

    #[test]
    fn all_eleven_divisions_load() {
        let divisions = Divisions::embedded();
        assert_eq!(divisions.list().len(), 11);
        assert_eq!(
            divisions.find("310118105").map(|d| d.name.as_str()),
            Some("赵巷镇")
        );
        assert_eq!(
            divisions.find(" 夏阳街道 ").map(|d| d.code.as_str()),
            Some("310118001")
        );
        assert!(divisions.find("310118999").is_none());
    }

    fn rejection(text: &str) -> (String, String) {
        let failure = Divisions::read(&serde_json::from_str(text).unwrap()).unwrap_err();
        assert_eq!(failure.code, Code::INVALID_DIVISION_DATA);
        let expected = failure.param("expected").unwrap_or("").to_owned();
        (failure.path.to_string(), expected)
    }

    #[test]
    fn bad_lists_are_refused_with_the_path_of_the_first_fault() {
        let cases = [
            ("[]", "", "object"),
            ("{}", "divisions", "array"),
            (r#"{"divisions":{}}"#, "divisions", "array"),
            (r#"{"divisions":[]}"#, "divisions", "array"),
            (r#"{"divisions":[1]}"#, "divisions.0.code", "divisionCode"),
            (
                r#"{"divisions":[{"code":"31011810","name":"赵巷镇"}]}"#,
                "divisions.0.code",
                "divisionCode",
            ),
            (
                r#"{"divisions":[{"code":"31011810x","name":"赵巷镇"}]}"#,
                "divisions.0.code",
                "divisionCode",
            ),
            (
                r#"{"divisions":[{"code":"310118105","name":" "}]}"#,
                "divisions.0.name",
                "string",
            ),
            (
                r#"{"divisions":[{"code":"310118105","name":"赵巷镇"},{"code":"310118105","name":"新镇"}]}"#,
                "divisions.1.code",
                "unique",
            ),
            (
                r#"{"divisions":[{"code":"310118105","name":"赵巷镇"},{"code":"310118111","name":"赵巷镇"}]}"#,
                "divisions.1.name",
                "unique",
            ),
        ];
        for (text, path, expected) in cases {
            assert_eq!(
                rejection(text),
                (path.to_owned(), expected.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn codes_and_names_are_trimmed() {
        let list = Divisions::read(
            &serde_json::from_str(r#"{"divisions":[{"code":" 310118105 ","name":" 赵巷镇 "}]}"#)
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            serde_json::to_string(&list).unwrap(),
            r#"[{"code":"310118105","name":"赵巷镇"}]"#
        );
    }
}
