//! Every text a person reads, in zh-CN (the default) and English, looked up by code. Messages say
//! what is wrong and how to fix it, in the words of the person reading them.
//!
//! Each concept keeps its texts in its own file as a plain table of [`Text`]; a message is found by
//! its code, or by `code.reason` first when the failure has a `reason` parameter. Placeholders such
//! as `{year}` are filled from the failure's parameters; `{path}` is its path, `{expected}` a
//! description of the expected kind of value and `{holiday}` a holiday's name.
//!
//! The texts depend on the domain (its codes, its enumerations); nothing in the domain reads them.

mod application;
mod calendar;
mod common;
pub mod deadlines;
pub mod decisions;
mod documents;
pub mod form;
pub mod publicity;

pub use application::{field_label, field_message, id_type_name};
pub use calendar::{day_label, holiday_name, holiday_names};
pub use documents::{applies_reason, office_notice};

use crate::failure::Failure;
use crate::Locale;

/// One text in both languages, with its key: a failure code, `code.reason`, or a name.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, locale: Locale) -> &'static str {
        locale.pick(self.zh, self.en)
    }
}

/// The text keyed `key` in `table`.
pub fn find(table: &'static [Text], key: &str) -> Option<&'static Text> {
    table.iter().find(|t| t.key == key)
}

/// Every table of failure messages.
static TABLES: &[&[Text]] = &[
    common::TEXTS,
    calendar::TEXTS,
    application::TEXTS,
    deadlines::TEXTS,
    documents::TEXTS,
    publicity::TEXTS,
    decisions::TEXTS,
];

/// The text for a failure: `code.reason` if there is one, else `code`.
fn text_for(failure: &Failure) -> Option<&'static Text> {
    let code = failure.code.as_str();
    let texts = || TABLES.iter().flat_map(|table| table.iter());
    let is_variant = |t: &&Text, reason: &str| {
        t.key.strip_prefix(code).and_then(|r| r.strip_prefix('.')) == Some(reason)
    };
    let variant = failure
        .param("reason")
        .and_then(|reason| texts().find(|t| is_variant(t, reason)));
    variant.or_else(|| texts().find(|t| t.key == code))
}

/// Whether a code has a message (every code must; checked by each module's tests).
pub fn has_text(code: crate::Code) -> bool {
    TABLES
        .iter()
        .flat_map(|t| t.iter())
        .any(|t| t.key == code.as_str())
}

/// The message of a failure in `locale`, with its parameters filled in. A code without a text
/// (a defect) still yields its code rather than nothing.
pub fn message(failure: &Failure, locale: Locale) -> String {
    match text_for(failure) {
        Some(text) => fill(text.get(locale), failure, locale),
        None => failure.code.as_str().to_owned(),
    }
}

/// `text` as a sentence begins in `locale`: in English with a capital (labels and messages start
/// with an ASCII letter or a quotation mark, which stays as it is).
pub(crate) fn sentence_case(mut text: String, locale: Locale) -> String {
    if locale == Locale::En {
        if let Some(first) = text.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    text
}

/// `template` with each `{name}` replaced by what `value` writes for it, in one pass, so that a
/// value is never read as a template. A `{` with no `}` after it stays as it is.
pub(crate) fn fill_with(template: &str, mut value: impl FnMut(&str, &mut String)) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, after)) = after.split_once('}') else {
            out.push('{');
            out.push_str(after);
            return out;
        };
        value(name, &mut out);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `template` with each `{name}` replaced by its value in `values`; an unknown name is left empty.
pub(crate) fn fill_values(template: &str, values: &[(&str, &str)]) -> String {
    fill_with(template, |name, out| {
        if let Some((_, value)) = values.iter().find(|(n, _)| *n == name) {
            out.push_str(value);
        }
    })
}

/// `template` with each `{name}` replaced by the failure's parameter; an unknown name is left
/// empty.
fn fill(template: &str, failure: &Failure, locale: Locale) -> String {
    fill_with(template, |name, out| {
        let value = failure.param(name).unwrap_or("");
        match name {
            "path" => out.push_str(failure.path.as_str()),
            "expected" => out.push_str(common::expectation(value, locale).unwrap_or(value)),
            "holiday" => match crate::calendar::Holiday::from_key(value) {
                Some(holiday) => out.push_str(holiday_name(holiday, locale)),
                None => out.push_str(value),
            },
            _ => out.push_str(value),
        }
    })
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
    fn english_sentences_begin_with_a_capital() {
        let case = |text: &str, locale| sentence_case(text.to_owned(), locale);
        assert_eq!(
            case("reasons are missing", Locale::En),
            "Reasons are missing"
        );
        assert_eq!(case("“Reasons”", Locale::En), "“Reasons”");
        assert_eq!(case("", Locale::En), "");
        assert_eq!(case("缺少理由", Locale::ZhCn), "缺少理由");
    }

    #[test]
    fn fills_parameters_path_and_expectations() {
        let f = Failure::new(Code::INVALID_ARGUMENT, "opts.today").with("expected", "integer");
        for locale in [Locale::ZhCn, Locale::En] {
            let text = message(&f, locale);
            let expected = common::expectation("integer", locale).unwrap_or("?");
            assert!(text.contains("opts.today"), "{text}");
            assert!(text.contains(expected), "{text}");
            assert!(!text.contains('{'), "{text}");
        }
        // The key is named, not quoted.
        assert!(!message(&f, Locale::ZhCn).contains("integer"));
    }

    #[test]
    fn templates_are_filled_in_one_pass() {
        let values = [("a", "{b}"), ("b", "x")];
        assert_eq!(fill_values("{a}-{b}-{c}", &values), "{b}-x-");
        assert_eq!(fill_values("{b} {a", &values), "x {a");
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        let mut keys: Vec<&str> = Vec::new();
        for text in TABLES.iter().flat_map(|t| t.iter()) {
            assert!(
                !text.zh.is_empty() && !text.en.is_empty() && text.zh != text.en,
                "{}",
                text.key
            );
            assert_eq!(placeholders(text.zh), placeholders(text.en), "{}", text.key);
            keys.push(text.key);
        }
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count, "message keys are unique");
    }

    #[test]
    fn shared_codes_have_texts() {
        for code in [
            Code::INVALID_DATE,
            Code::INVALID_ARGUMENT,
            Code::INPUT_TOO_LARGE,
            Code::DUPLICATE_KEY,
            Code::LONE_SURROGATE,
            Code::INTERNAL,
        ] {
            assert!(has_text(code), "{code:?}");
        }
    }
}
