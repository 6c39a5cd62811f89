//! The language of what people read. Chinese is the default: the portals' residents read Chinese.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Locale {
    #[default]
    ZhCn,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::ZhCn, Locale::En];

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

    /// The text of the two that is in this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Locale::ZhCn => zh,
            Locale::En => en,
        }
    }
}

impl TryFrom<String> for Locale {
    type Error = String;

    fn try_from(tag: String) -> Result<Locale, String> {
        Locale::parse(&tag).ok_or(tag)
    }
}

impl From<Locale> for &'static str {
    fn from(locale: Locale) -> &'static str {
        locale.tag()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(Locale::parse("zh-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-Hans"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("en-GB"), Some(Locale::En));
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(Locale::parse("zhx"), None);
    }
}
