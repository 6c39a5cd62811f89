//! The texts attachForm shows around the core's own messages: the error summary's title and the
//! visually hidden prefixes that tell a screen reader whether a field's message is an error or a
//! note.

use super::Text;
use crate::Locale;

/// What attachForm writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormText {
    SummaryTitle,
    ErrorPrefix,
    WarningPrefix,
}

impl FormText {
    pub fn get(self, locale: Locale) -> &'static str {
        let text = match self {
            FormText::SummaryTitle => Text {
                key: "summaryTitle",
                zh: "提交前请先修改以下问题",
                en: "There is a problem",
            },
            FormText::ErrorPrefix => Text {
                key: "errorPrefix",
                zh: "错误：",
                en: "Error: ",
            },
            FormText::WarningPrefix => Text {
                key: "warningPrefix",
                zh: "请注意：",
                en: "Note: ",
            },
        };
        text.get(locale)
    }
}
