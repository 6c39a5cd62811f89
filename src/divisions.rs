//! Qingpu's town-level divisions (data/divisions.json): a town is named by its 9-digit code or its
//! name. Applications are decided by the town of the applicant's hukou; notices name it.
//!
//! The list is data: compiled in, and replaced at run time by [`replace`] when the district's list
//! changes (a town merged or renamed), without a new release.

use crate::failure::{Code, Failure};
use crate::json::Json;
use crate::prelude::*;
use core::sync::atomic::{AtomicPtr, Ordering};

impl Code {
    /// A division list (`loadDivisions`) that is not a list of 9-digit codes and names.
    pub const INVALID_DIVISION_DATA: Code = Code::new("invalidDivisionData");
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    pub code: String,
    pub name: String,
}

// `DIVISIONS`: data/divisions.json as lines of a code (9 digits) and a name, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/divisions.rs"));

/// The compiled-in divisions.
fn compiled_in() -> &'static [Division] {
    static TABLE: crate::global::Global<Vec<Division>> = crate::global::Global::new(|| {
        let mut list = Vec::new();
        for line in DIVISIONS.split('\n') {
            if let (Some(code), Some(name)) = (line.get(..9), line.get(9..)) {
                list.push(Division {
                    code: code.to_owned(),
                    name: name.to_owned(),
                });
            }
        }
        list
    });
    TABLE.get()
}

/// The list a page loaded, if any. A loaded list is never freed: applications read before a later
/// load keep `&'static` references into it, and a page loads a list once or twice in its life.
static LOADED: AtomicPtr<Vec<Division>> = AtomicPtr::new(core::ptr::null_mut());

/// The divisions in use: the loaded list, else the compiled-in one.
pub fn divisions() -> &'static [Division] {
    let loaded = LOADED.load(Ordering::Acquire);
    // SAFETY: a non-null pointer came from `Box::into_raw` in `replace` and is never freed.
    match unsafe { loaded.as_ref() } {
        Some(list) => list,
        None => compiled_in(),
    }
}

/// Makes `list` (from [`from_json`]) the divisions in use.
pub fn replace(list: Vec<Division>) {
    LOADED.store(Box::into_raw(Box::new(list)), Ordering::Release);
}

/// The division named by `code_or_name` (surrounding spaces ignored).
pub fn find(code_or_name: &str) -> Option<&'static Division> {
    let wanted = code_or_name.trim();
    divisions()
        .iter()
        .find(|d| d.code == wanted || d.name == wanted)
}

/// Reads a division list in the shape of data/divisions.json (`{ divisions: [{ code, name }] }`):
/// at least one division, each with a 9-digit statistical code and a name, neither listed twice.
pub fn from_json(data: &Json) -> Result<Vec<Division>, Failure> {
    let items = match data.get("divisions").and_then(Json::as_array) {
        Some(items) if !items.is_empty() => items,
        _ if data.as_object().is_none() => return Err(wrong("", "object")),
        _ => return Err(wrong("divisions", "array")),
    };
    let mut list: Vec<Division> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let text = |key: &str| item.get(key).and_then(Json::as_str).map(str::trim);
        let code = match text("code") {
            Some(code) if code.len() == 9 && code.bytes().all(|b| b.is_ascii_digit()) => code,
            _ => return Err(wrong_item(i, "code", "divisionCode")),
        };
        let name = match text("name") {
            Some(name) if !name.is_empty() => name,
            _ => return Err(wrong_item(i, "name", "string")),
        };
        if list.iter().any(|d| d.code == code) {
            return Err(wrong_item(i, "code", "unique"));
        }
        if list.iter().any(|d| d.name == name) {
            return Err(wrong_item(i, "name", "unique"));
        }
        list.push(Division {
            code: code.to_owned(),
            name: name.to_owned(),
        });
    }
    Ok(list)
}

/// Division data of the wrong shape at `path` (functions, not closures: one copy each).
fn wrong(path: &str, expected: &str) -> Failure {
    Failure::new(Code::INVALID_DIVISION_DATA, path).with("expected", expected)
}

/// The same at `divisions.i.key`, the path built only for the failure.
fn wrong_item(i: usize, key: &str, expected: &str) -> Failure {
    wrong(&cat!("divisions.", i, '.', key), expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_eleven_divisions_load() {
        assert_eq!(divisions().len(), 11);
        assert_eq!(find("310118105").map(|d| d.name.as_str()), Some("赵巷镇"));
        assert_eq!(
            find(" 夏阳街道 ").map(|d| d.code.as_str()),
            Some("310118001")
        );
        assert!(find("310118999").is_none());
    }

    #[test]
    fn the_data_file_reads_as_the_compiled_in_list() {
        let text = include_str!("../data/divisions.json");
        let list = from_json(&Json::parse(text).unwrap()).unwrap();
        assert_eq!(list, compiled_in());
    }

    fn rejection(text: &str) -> (String, String) {
        let failure = from_json(&Json::parse(text).unwrap()).unwrap_err();
        assert_eq!(failure.code, Code::INVALID_DIVISION_DATA);
        let expected = failure.param("expected").unwrap_or("").to_owned();
        (failure.path, expected)
    }

    #[test]
    fn bad_lists_are_refused_with_the_path_of_the_first_fault() {
        let cases = [
            ("[]", "", "object"),
            ("{}", "divisions", "array"),
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
        let list = from_json(
            &Json::parse(r#"{"divisions":[{"code":" 310118105 ","name":" 赵巷镇 "}]}"#).unwrap(),
        )
        .unwrap();
        assert_eq!(
            (list[0].code.as_str(), list[0].name.as_str()),
            ("310118105", "赵巷镇")
        );
    }
}
