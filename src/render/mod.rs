//! Results as the JavaScript API returns them: the domain's values with their texts in the
//! requested language (messages, labels), as structures that serde writes. The shapes here are the
//! package's contract (js/types/*.d.ts); the rules that made the values are in the domain.

pub mod application;
pub mod calendar;
pub mod deadlines;
pub mod decisions;
pub mod documents;
pub mod publicity;

use crate::failure::Failure;
use crate::messages;
use crate::Locale;
use serde::Serialize;

/// A failure as a thrown `JiuzhuError` carries it: code, path, params, and the message in both
/// languages, `message` being the one asked for.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorView<'f> {
    pub code: &'static str,
    pub path: &'f str,
    pub params: &'f crate::failure::Params,
    pub message: String,
    pub messages: Messages,
}

#[derive(Debug, Clone, Serialize)]
pub struct Messages {
    #[serde(rename = "zh-CN")]
    pub zh: String,
    pub en: String,
}

pub fn error(failure: &Failure, locale: Locale) -> ErrorView<'_> {
    let zh = messages::message(failure, Locale::ZhCn);
    let en = messages::message(failure, Locale::En);
    ErrorView {
        code: failure.code.as_str(),
        path: failure.path.as_str(),
        params: &failure.params,
        message: locale.pick(&zh, &en).to_owned(),
        messages: Messages { zh, en },
    }
}
