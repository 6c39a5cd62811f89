//! Untrusted JSON text read into a `serde_json::Value`, within limits checked as it is read: the
//! text's size before anything else, then nesting depth, items per array or object and the
//! length of each string, so no input, however large or deep, can exhaust the memory or the stack
//! of the WebAssembly module. A member named twice is refused too: `JSON.parse` keeps the last
//! value and serde_json's own maps the last as well, but an office's system may keep the first,
//! and a validator must not agree with one reader and disagree with another.
//!
//! Applications, form definitions and data from JavaScript arrive here as the text of
//! `JSON.stringify`, rosters and the command line as the text of a file.

use crate::failure::{Code, Failure};
use crate::path::Path;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::cell::{Cell, RefCell};
use std::fmt;

/// How much one input may hold. Each is refused with `inputTooLarge` and `params.limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole text, in bytes of UTF-8.
    pub bytes: usize,
    /// Arrays and objects inside one another.
    pub depth: usize,
    /// Items of one array, members of one object.
    pub items: usize,
    /// One string, in bytes of UTF-8.
    pub string_bytes: usize,
}

impl Limits {
    /// For one application, a form definition or a table of data: far above anything real (a
    /// household of twenty, a form of two hundred fields), far below what could hurt the page.
    pub const DOCUMENT: Limits = Limits {
        bytes: 4 << 20,
        depth: 64,
        items: 10_000,
        string_bytes: 1 << 20,
    };
}

/// Why a text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON; `offset` is the byte where reading stopped.
    NotJson { offset: usize },
    /// JSON, but beyond a limit or with a member named twice (the failure says which, and where).
    Refused(Failure),
}

impl Unreadable {
    /// The refusal as a failure, and text that is not JSON as `not_json`.
    pub fn into_failure(self, not_json: impl FnOnce(usize) -> Failure) -> Failure {
        match self {
            Unreadable::NotJson { offset } => not_json(offset),
            Unreadable::Refused(failure) => failure,
        }
    }
}

/// Reads one JSON text (a leading byte-order mark is skipped, as `JSON.parse` of a file's text
/// would need it to be).
///
/// A string with a lone surrogate (`"\ud800"`: what `JSON.stringify` writes for a JavaScript
/// string holding half of a UTF-16 pair) has no Rust form, and serde_json refuses the whole text.
/// Rather than "not JSON", or a value changed behind the person's back, it is refused as
/// `loneSurrogate` at the path of that string, with the code point (`char`: `U+D800`).
pub fn parse(text: &str, limits: &Limits) -> Result<Value, Unreadable> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > limits.bytes {
        return Err(too_large(Path::root(), "bytes", limits.bytes));
    }
    match walk(text, limits, None) {
        Err(Unreadable::NotJson { offset }) => match LoneSurrogates::find(text) {
            // Read again with each lone surrogate marked, to learn where the first one is.
            Some(marked) => match walk(&marked.text, limits, Some(&marked)) {
                Err(Unreadable::Refused(failure)) => Err(Unreadable::Refused(failure)),
                _ => Err(Unreadable::NotJson { offset }),
            },
            None => Err(Unreadable::NotJson { offset }),
        },
        read => read,
    }
}

fn walk(text: &str, limits: &Limits, marked: Option<&LoneSurrogates>) -> Result<Value, Unreadable> {
    let mut walk = Walk::new(limits);
    walk.marked = marked;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let read = Node {
        walk: &walk,
        depth: 0,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    read.map_err(|error| walk.why(text, &error))
}

/// A JSON text with each lone surrogate escape replaced by the escape of [`MARK`], and the first
/// surrogate so replaced.
struct LoneSurrogates {
    text: String,
    first: u32,
}

/// U+10FFFF, a noncharacter that no text should hold: the mark of a lone surrogate.
const MARK: char = '\u{10FFFF}';

impl LoneSurrogates {
    /// The text with its lone surrogate escapes marked; `None` when it has none. Reads escapes
    /// inside strings only (`\\u` is a backslash, then a `u`), on text that may not be JSON.
    fn find(text: &str) -> Option<LoneSurrogates> {
        let bytes = text.as_bytes();
        // The UTF-16 unit of a `\uXXXX` escape at `at`.
        let escape = |at: usize| -> Option<u32> {
            match bytes.get(at..at + 6)? {
                [b'\\', b'u', hex @ ..] => hex
                    .iter()
                    .try_fold(0, |unit, &b| Some(unit * 16 + char::from(b).to_digit(16)?)),
                _ => None,
            }
        };
        let (mut out, mut first) = (String::new(), None);
        let (mut copied, mut at, mut in_string) = (0, 0, false);
        while let Some(&b) = bytes.get(at) {
            match b {
                b'"' => in_string = !in_string,
                b'\\' if in_string => {
                    let unit = escape(at);
                    let lone = match unit {
                        Some(0xD800..=0xDBFF) => {
                            if matches!(escape(at + 6), Some(0xDC00..=0xDFFF)) {
                                at += 12;
                                continue;
                            }
                            true
                        }
                        Some(0xDC00..=0xDFFF) => true,
                        _ => false,
                    };
                    if lone {
                        out.push_str(text.get(copied..at)?);
                        out.push_str("\\udbff\\udfff");
                        first = first.or(unit);
                        copied = at + 6;
                        at += 6;
                    } else {
                        // Any other escape: skip the backslash and the character it escapes.
                        at += 2;
                    }
                    continue;
                }
                _ => {}
            }
            at += 1;
        }
        out.push_str(text.get(copied..)?);
        Some(LoneSurrogates {
            text: out,
            first: first?,
        })
    }
}

/// Reads a JSON text that must hold an array, handing each item to `each` as soon as it is read:
/// a roster is checked one application at a time, never held whole. An item beyond a limit or
/// with a member named twice is handed over as that item's failure, and the items after it are
/// read on. Text that is not JSON, or not an array, or an array of more than `items` items, is
/// the `Err`; the items handed over before it was found do not count.
pub fn for_each_item(
    text: &str,
    roster: &Limits,
    item: &Limits,
    mut each: impl FnMut(Result<Value, Failure>),
) -> Result<(), Unreadable> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > roster.bytes {
        return Err(too_large(Path::root(), "bytes", roster.bytes));
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let problem = Cell::new(None);
    let items = Items {
        limit: roster.items,
        item,
        each: &mut each,
        problem: &problem,
    };
    let read = de::Deserializer::deserialize_seq(&mut deserializer, items)
        .and_then(|()| deserializer.end());
    read.map_err(|error| match problem.take() {
        Some(failure) => Unreadable::Refused(failure),
        None => Unreadable::NotJson {
            offset: offset(text, &error),
        },
    })
}

fn too_large(path: Path, reason: &str, limit: usize) -> Unreadable {
    Unreadable::Refused(
        Failure::new(Code::INPUT_TOO_LARGE, path)
            .with("reason", reason)
            .with("limit", limit),
    )
}

/// The byte offset of a parse error, from serde_json's line and column (both counted from 1).
fn offset(text: &str, error: &serde_json::Error) -> usize {
    let before: usize = text
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum();
    (before + error.column().saturating_sub(1)).min(text.len())
}

/// What one walk over a text shares: its limits, where it is, and the first problem found.
struct Walk<'l> {
    limits: &'l Limits,
    path: RefCell<Path>,
    problem: Cell<Option<Failure>>,
    /// Set on the second reading of a text with lone surrogates: where the marks are is refused.
    marked: Option<&'l LoneSurrogates>,
}

impl<'l> Walk<'l> {
    fn new(limits: &'l Limits) -> Walk<'l> {
        Walk {
            limits,
            path: RefCell::new(Path::root()),
            problem: Cell::new(None),
            marked: None,
        }
    }

    /// Refuses `text` (a string, or a key at the current path) when it holds a marked lone
    /// surrogate.
    fn lone_surrogate<E: de::Error>(&self, text: &str) -> Result<(), E> {
        match self.marked {
            Some(marked) if text.contains(MARK) => Err(self.refuse(|path| {
                Failure::new(Code::LONE_SURROGATE, path)
                    .with("char", format!("U+{:04X}", marked.first))
            })),
            _ => Ok(()),
        }
    }

    /// Records a problem at the current path (and `key` under it) and stops the walk.
    fn refuse<E: de::Error>(&self, failure: impl FnOnce(Path) -> Failure) -> E {
        let path = self.path.borrow().clone();
        self.problem.set(Some(failure(path)));
        E::custom("refused")
    }

    fn too_large<E: de::Error>(&self, reason: &'static str, limit: usize) -> E {
        self.refuse(|path| {
            Failure::new(Code::INPUT_TOO_LARGE, path)
                .with("reason", reason)
                .with("limit", limit)
        })
    }

    /// Why the walk stopped: a problem it recorded, else the text is not JSON.
    fn why(&self, text: &str, error: &serde_json::Error) -> Unreadable {
        match self.problem.take() {
            Some(failure) => Unreadable::Refused(failure),
            None => Unreadable::NotJson {
                offset: offset(text, error),
            },
        }
    }

    /// Runs `read` with `segment` appended to the path, then takes it off again.
    fn under<T>(&self, segment: Segment<'_>, read: impl FnOnce() -> T) -> T {
        let len = {
            let mut path = self.path.borrow_mut();
            let len = path.len();
            match segment {
                Segment::Key(key) => path.push_key(key),
                Segment::Index(index) => path.push_index(index),
            }
            len
        };
        let value = read();
        self.path.borrow_mut().truncate(len);
        value
    }
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// One value of the walk, `depth` arrays and objects down.
struct Node<'w, 'l> {
    walk: &'w Walk<'l>,
    depth: usize,
}

impl Node<'_, '_> {
    fn child(&self) -> Node<'_, '_> {
        Node {
            walk: self.walk,
            depth: self.depth + 1,
        }
    }

    fn enter<E: de::Error>(&self) -> Result<(), E> {
        if self.depth >= self.walk.limits.depth {
            return Err(self.walk.too_large("depth", self.walk.limits.depth));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        self.visit_string(s.to_owned())
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        let limit = self.walk.limits.string_bytes;
        if s.len() > limit {
            return Err(self.walk.too_large("length", limit));
        }
        self.walk.lone_surrogate(&s)?;
        Ok(Value::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.enter()?;
        let mut items = Vec::new();
        loop {
            let index = items.len();
            if index == self.walk.limits.items {
                // One more item than allowed: refused before it is read.
                if seq.next_element::<de::IgnoredAny>()?.is_none() {
                    break;
                }
                return Err(self.walk.too_large("items", self.walk.limits.items));
            }
            let child = self.child();
            match self
                .walk
                .under(Segment::Index(index), || seq.next_element_seed(child))?
            {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.enter()?;
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if members.len() == self.walk.limits.items {
                return Err(self.walk.too_large("items", self.walk.limits.items));
            }
            self.walk.lone_surrogate(&key)?;
            if members.contains_key(&key) {
                return Err(self
                    .walk
                    .refuse(|path| Failure::new(Code::DUPLICATE_KEY, path.key(&key))));
            }
            let child = self.child();
            let value = self
                .walk
                .under(Segment::Key(&key), || map.next_value_seed(child))?;
            members.insert(key, value);
        }
        Ok(Value::Object(members))
    }
}

/// The items of a roster, each read from its own text by [`parse`].
struct Items<'a, F> {
    limit: usize,
    item: &'a Limits,
    each: &'a mut F,
    problem: &'a Cell<Option<Failure>>,
}

impl<'de, F: FnMut(Result<Value, Failure>)> Visitor<'de> for Items<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut count = 0;
        // serde_json skips an item's text without recursion, however deep it is nested.
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            if count == self.limit {
                self.problem.set(Some(
                    Failure::new(Code::INPUT_TOO_LARGE, Path::root())
                        .with("reason", "items")
                        .with("limit", self.limit),
                ));
                return Err(de::Error::custom("refused"));
            }
            let item = parse(raw.get(), self.item).map_err(|why| {
                why.into_failure(|offset| {
                    // The roster's text parsed: an item's cannot fail to.
                    Failure::new(Code::INTERNAL, Path::root()).with("offset", offset)
                })
            });
            (self.each)(item);
            count += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SMALL: Limits = Limits {
        bytes: 200,
        depth: 3,
        items: 3,
        string_bytes: 8,
    };

    fn refused(text: &str) -> (Code, String, Option<String>) {
        match parse(text, &SMALL) {
            Err(Unreadable::Refused(f)) => (
                f.code,
                f.path.to_string(),
                f.param("reason").map(str::to_owned),
            ),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn reads_json_within_the_limits() {
        let value = parse(r#"{"a":[1,2.5,"x"],"b":{"c":null,"d":true}}"#, &SMALL).unwrap();
        assert_eq!(
            value,
            json!({"a": [1, 2.5, "x"], "b": {"c": null, "d": true}})
        );
        assert_eq!(parse("\u{feff}[1]", &SMALL).unwrap(), json!([1]));
    }

    #[test]
    fn refuses_each_limit_with_the_path_where_it_was_crossed() {
        let code = Code::INPUT_TOO_LARGE;
        let r = |path: &str, reason: &str| (code, path.to_owned(), Some(reason.to_owned()));
        assert_eq!(
            refused(&format!("[{}]", "1,".repeat(100) + "1")),
            r("", "bytes")
        );
        assert_eq!(refused(r#"{"a":[[[1]]]}"#), r("a.0.0", "depth"));
        assert_eq!(refused(r#"{"a":[1,2,3,4]}"#), r("a", "items"));
        assert_eq!(refused(r#"{"a":1,"b":2,"c":3,"d":4}"#), r("", "items"));
        assert_eq!(refused(r#"{"a":{"b":"123456789"}}"#), r("a.b", "length"));
        assert!(parse(r#"{"a":[1,2,3]}"#, &SMALL).is_ok());
        assert!(parse(r#"{"a":"12345678"}"#, &SMALL).is_ok());
    }

    #[test]
    fn refuses_a_member_named_twice() {
        assert_eq!(
            refused(r#"{"a":{"b":1,"b":2}}"#),
            (Code::DUPLICATE_KEY, "a.b".to_owned(), None)
        );
    }

    #[test]
    fn a_lone_surrogate_is_refused_where_it_is() {
        let refused = |text: &str| match parse(text, &Limits::DOCUMENT) {
            Err(Unreadable::Refused(f)) => (
                f.code.as_str(),
                f.path.to_string(),
                f.param("char").map(str::to_owned),
            ),
            other => panic!("{text}: {other:?}"),
        };
        let at = |path: &str, c: &str| ("loneSurrogate", path.to_owned(), Some(c.to_owned()));
        assert_eq!(
            refused(r#"{"members":[{"name":"张\ud800三"}]}"#),
            at("members.0.name", "U+D800")
        );
        assert_eq!(
            refused(r#"{"a":"\\ud800","b":["x\udc00"]}"#),
            at("b.0", "U+DC00")
        );
        assert_eq!(refused(r#"{"k\udbff":1}"#), at("", "U+DBFF"));
        // A pair is one character; text that is not JSON for another reason stays so.
        assert_eq!(
            parse(r#""\ud83d\ude00""#, &Limits::DOCUMENT),
            Ok(json!("😀"))
        );
        assert!(matches!(
            parse(r#"[1,,"\ud800"]"#, &Limits::DOCUMENT),
            Err(Unreadable::NotJson { .. })
        ));
        // In a roster, the item gets the refusal (it was an internal failure).
        let mut seen = Vec::new();
        let roster = r#"[{"name":"\udfff"},{"a":1}]"#;
        for_each_item(roster, &Limits::DOCUMENT, &Limits::DOCUMENT, |item| {
            seen.push(item.map_err(|f| f.code));
        })
        .unwrap();
        assert_eq!(seen, [Err(Code::LONE_SURROGATE), Ok(json!({"a": 1}))]);
    }

    #[test]
    fn text_that_is_not_json_gives_the_offset() {
        assert_eq!(
            parse("[1,\n 2,]", &SMALL),
            Err(Unreadable::NotJson { offset: 7 })
        );
        assert!(matches!(parse("", &SMALL), Err(Unreadable::NotJson { .. })));
        assert!(matches!(
            parse("[1] x", &SMALL),
            Err(Unreadable::NotJson { .. })
        ));
    }

    #[test]
    fn a_roster_is_read_item_by_item_past_a_bad_item() {
        let deep = "[".repeat(5000) + &"]".repeat(5000);
        let text = format!(r#"[{{"a":1}}, {deep}, {{"a":1,"a":2}}, 3]"#);
        let roster = Limits {
            items: 10,
            ..Limits::DOCUMENT
        };
        let mut seen = Vec::new();
        for_each_item(&text, &roster, &SMALL, |item| {
            seen.push(item.map_err(|f| f.code));
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                Ok(json!({"a": 1})),
                Err(Code::INPUT_TOO_LARGE),
                Err(Code::DUPLICATE_KEY),
                Ok(json!(3))
            ]
        );
    }

    #[test]
    fn a_roster_that_is_not_an_array_or_too_long_is_refused_whole() {
        let each = |_: Result<Value, Failure>| {};
        assert!(matches!(
            for_each_item("{}", &Limits::DOCUMENT, &SMALL, each),
            Err(Unreadable::NotJson { .. })
        ));
        assert!(matches!(
            for_each_item("[1,", &Limits::DOCUMENT, &SMALL, each),
            Err(Unreadable::NotJson { .. })
        ));
        let roster = Limits {
            items: 2,
            ..Limits::DOCUMENT
        };
        match for_each_item("[1,2,3]", &roster, &SMALL, each) {
            Err(Unreadable::Refused(f)) => assert_eq!(f.param("limit"), Some("2")),
            other => panic!("{other:?}"),
        }
        assert!(for_each_item("\u{feff} [] ", &roster, &SMALL, each).is_ok());
    }
}
