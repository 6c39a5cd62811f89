//! Every text a person reads, in zh-CN (the default) and English, looked up by code. Messages say
//! what is wrong and how to fix it, in the words of the person reading them.
//!
//! Each concept keeps its texts in its own file as a table of [`Text`]; a message is found by its
//! code, or by `code.variant` first when the failure has a `reason` parameter. Placeholders such as
//! `{year}` are filled from the failure's parameters; `{path}` is its path and `{expected}` a
//! description of the expected kind of value.

/// One message: `text! { key: "…", zh: "…", en: "…" }`, packed into one string (see [`Text`]).
/// Defined before the table modules so that they see it without an import.
macro_rules! text {
    { key: $key:literal, zh: $zh:literal, en: $en:literal $(,)? } => {
        $crate::messages::Text::packed(concat!($key, "\0", $zh, "\0", $en))
    };
}

/// A table of strings packed into one, each ended by U+0001, with the ends found at compile time
/// (see [`Texts`]): `packed!["…", …]`. Field labels use it directly, messages through `texts!`.
macro_rules! packed {
    [$($entry:expr),* $(,)?] => {{
        const PACKED: &str = concat!($($entry, "\u{1}"),*);
        const ENDS: &[u16] =
            &$crate::messages::text_ends::<{ $crate::messages::text_count(PACKED) }>(PACKED);
        $crate::messages::Texts { packed: PACKED, ends: ENDS }
    }};
}

/// A table of messages: `texts![{ key: "…", zh: "…", en: "…" }, …]`, each text `key\0zh\0en`.
macro_rules! texts {
    [$({ key: $key:literal, zh: $zh:literal, en: $en:literal $(,)? }),* $(,)?] => {
        packed![$(concat!($key, "\0", $zh, "\0", $en)),*]
    };
}

mod application;
mod calendar;
pub mod deadlines;
pub mod documents;
pub mod form;
pub(crate) mod publicity;

pub use application::{field_label, field_message, form_position, id_type_name};
pub use calendar::{day_label, holiday_name, holiday_names};

use crate::failure::Failure;
use crate::prelude::*;

/// The language of messages. Chinese is the default: the portals' residents read Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    ZhCn,
    En,
}

impl Locale {
    /// Reads a BCP 47 tag: any `zh…` is Chinese, any `en…` English; others are not supported.
    pub fn parse(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase();
        let is = |lang: &str| {
            lower.strip_prefix(lang).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with('-') || rest.starts_with('_')
            })
        };
        if is("zh") {
            Some(Locale::ZhCn)
        } else if is("en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}

/// One message in both languages: its key (the failure code, or `code.variant`), the zh-CN text and
/// the English one, in one string separated by NUL (made by `text!`). One string rather than three
/// halves the bytes of the tables: each `&str` is a pointer and a length in the wasm's data.
#[derive(Clone, Copy)]
pub struct Text(&'static str);

impl Text {
    /// `key\0zh\0en`; use `text!`.
    pub const fn packed(packed: &'static str) -> Text {
        Text(packed)
    }

    fn parts(self) -> (&'static str, &'static str, &'static str) {
        let (key, texts) = self.0.split_once('\0').unwrap_or((self.0, ""));
        let (zh, en) = texts.split_once('\0').unwrap_or((texts, ""));
        (key, zh, en)
    }

    /// The failure code, or `code.variant`.
    pub fn key(self) -> &'static str {
        self.parts().0
    }

    pub fn zh(self) -> &'static str {
        self.parts().1
    }

    pub fn en(self) -> &'static str {
        self.parts().2
    }

    pub fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::ZhCn => self.zh(),
            Locale::En => self.en(),
        }
    }
}

/// A table of texts as one string and the offset where each text ends (made by `texts!`): a table
/// of `&str` would put a pointer and a length (eight bytes) per text in the wasm's data, which
/// compress poorly; an end is two.
#[derive(Clone, Copy)]
pub struct Texts {
    pub packed: &'static str,
    pub ends: &'static [u16],
}

impl Texts {
    /// The text keyed `key`, or `key.variant` when `variant` is not empty: found without splitting
    /// the table or building the key (a message is looked up for every finding).
    pub fn find(self, key: &str, variant: &str) -> Option<Text> {
        let first = key.as_bytes().first();
        let mut start = 0;
        for &end in self.ends {
            let at = start;
            start = usize::from(end) + 1;
            // The first byte alone rules out nearly every text: `strip_prefix` calls `memcmp`.
            if self.packed.as_bytes().get(at) != first {
                continue;
            }
            let text = self.packed.get(at..usize::from(end)).unwrap_or_default();
            let rest = text.strip_prefix(key);
            let rest = if variant.is_empty() {
                rest
            } else {
                rest.and_then(|r| r.strip_prefix('.')?.strip_prefix(variant))
            };
            if rest.is_some_and(|r| r.as_bytes().first() == Some(&0)) {
                return Some(Text(text));
            }
        }
        None
    }

    /// The text at index `i`.
    pub fn nth(self, i: usize) -> Option<Text> {
        let start = match i.checked_sub(1) {
            Some(before) => usize::from(*self.ends.get(before)?) + 1,
            None => 0,
        };
        let end = usize::from(*self.ends.get(i)?);
        Some(Text(self.packed.get(start..end)?))
    }

    pub fn iter(self) -> impl Iterator<Item = Text> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let text = self.packed.get(start..usize::from(end)).unwrap_or_default();
            start = usize::from(end) + 1;
            Text(text)
        })
    }
}

/// How many texts a packed table holds (evaluated at compile time).
pub const fn text_count(packed: &str) -> usize {
    let (bytes, mut i, mut count) = (packed.as_bytes(), 0, 0);
    while i < bytes.len() {
        if bytes[i] == 1 {
            count += 1;
        }
        i += 1;
    }
    count
}

/// Where each text of a packed table ends (evaluated at compile time; a table over 64 KiB fails
/// the build).
pub const fn text_ends<const N: usize>(packed: &str) -> [u16; N] {
    let (bytes, mut ends, mut i, mut n) = (packed.as_bytes(), [0; N], 0, 0);
    assert!(bytes.len() <= u16::MAX as usize);
    while i < bytes.len() {
        if bytes[i] == 1 {
            ends[n] = i as u16;
            n += 1;
        }
        i += 1;
    }
    ends
}

/// Every table of failure messages.
static TABLES: &[Texts] = &[
    COMMON,
    calendar::TEXTS,
    application::TEXTS,
    deadlines::TEXTS,
    documents::TEXTS,
    publicity::TEXTS,
];

static COMMON: Texts = texts![
    {
        key: "invalidDate",
        zh: "日期“{value}”无效：请按“年-月-日”填写真实存在的日期，例如 2026-03-09。",
        en: "“{value}” is not a valid date: write a real date as YYYY-MM-DD, for example 2026-03-09.",
    },
    {
        key: "invalidArgument",
        zh: "参数“{path}”无效：应为{expected}。",
        en: "The argument “{path}” is not valid: expected {expected}.",
    },
];

/// Descriptions of expected values, named by the `expected` parameter.
static EXPECTATIONS: Texts = texts![
    {
        key: "date",
        zh: "“年-月-日”格式的日期字符串",
        en: "a date string YYYY-MM-DD",
    },
    {
        key: "integer",
        zh: "整数",
        en: "an integer",
    },
    {
        key: "number",
        zh: "数字",
        en: "a number",
    },
    {
        key: "boolean",
        zh: "true 或 false",
        en: "true or false",
    },
    {
        key: "object",
        zh: "对象",
        en: "an object",
    },
    {
        key: "array",
        zh: "数组",
        en: "an array",
    },
    {
        key: "string",
        zh: "字符串",
        en: "a string",
    },
    {
        key: "locale",
        zh: "\"zh-CN\" 或 \"en\"",
        en: "\"zh-CN\" or \"en\"",
    },
    {
        key: "form",
        zh: "HTML 表单元素（form）",
        en: "an HTML form element",
    },
    {
        key: "divisionCode",
        zh: "9位数字的街镇代码（如 310118105）",
        en: "a 9-digit division code (such as 310118105)",
    },
    {
        key: "unique",
        zh: "列表中未出现过的值",
        en: "a value not already in the list",
    },
    {
        key: "json",
        zh: "可转换为 JSON 的数据",
        en: "data that can be converted to JSON",
    },
];

/// The text keyed `code`, or `code.variant` when `variant` is not empty, found without building
/// the key and without splitting every packed text: a message is looked up for every finding.
fn lookup(tables: &[Texts], code: &str, variant: &str) -> Option<Text> {
    tables.iter().find_map(|t| t.find(code, variant))
}

/// The text for a failure: `code.reason` if there is one, else `code`.
fn text_for(failure: &Failure) -> Option<Text> {
    let code = failure.code.as_str();
    let reason = failure.param("reason").unwrap_or("");
    lookup(TABLES, code, reason).or_else(|| lookup(TABLES, code, ""))
}

/// Whether a code has a message (every code must; checked by each module's tests).
pub fn has_text(code: crate::Code) -> bool {
    lookup(TABLES, code.as_str(), "").is_some()
}

/// The message of a failure in `locale`, with its parameters filled in. A code without a text
/// (a defect) still yields its code rather than nothing.
pub fn failure_message(failure: &Failure, locale: Locale) -> String {
    match text_for(failure) {
        Some(text) => fill(text.get(locale), failure, locale),
        None => failure.code.as_str().to_owned(),
    }
}

fn fill(template: &str, failure: &Failure, locale: Locale) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // split_once, not indexing: an index that could panic would link the formatting of the panic
    // message (with Unicode tables) into the module.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, after)) = after.split_once('}') else {
            out.push('{');
            out.push_str(after);
            return out;
        };
        let value = failure.param(name).unwrap_or("");
        match name {
            "path" => out.push_str(&failure.path),
            "expected" => match lookup(&[EXPECTATIONS], value, "") {
                Some(text) => out.push_str(text.get(locale)),
                None => out.push_str(value),
            },
            "holiday" => match crate::calendar::Holiday::from_key(value) {
                Some(holiday) => out.push_str(holiday_name(holiday, locale)),
                None => out.push_str(value),
            },
            _ => out.push_str(value),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The placeholders of a template, for checking that both languages use the same ones.
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split('}').next())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    #[test]
    fn fills_parameters_path_and_expectations() {
        let f = Failure::new(Code::INVALID_ARGUMENT, "n").with("expected", "integer");
        assert_eq!(
            f.message(Locale::En),
            "The argument “n” is not valid: expected an integer."
        );
        assert!(!f.message(Locale::ZhCn).contains('{'));
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        let mut keys: Vec<&str> = Vec::new();
        for text in TABLES.iter().flat_map(|t| t.iter()) {
            assert_eq!(text.0.matches('\0').count(), 2, "{}", text.key());
            assert!(
                !text.zh().is_empty() && !text.en().is_empty() && text.zh() != text.en(),
                "{}",
                text.key()
            );
            assert_eq!(
                placeholders(text.zh()),
                placeholders(text.en()),
                "{}",
                text.key()
            );
            keys.push(text.key());
        }
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count, "message keys are unique");
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::parse("zh-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-Hans"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("en-GB"), Some(Locale::En));
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(Locale::parse("zhx"), None);
    }
}
