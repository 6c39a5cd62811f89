//! The texts attachForm shows around the core's own messages: the error summary's title and the
//! visually hidden prefixes that tell a screen reader whether a field's message is an error or a
//! note. Keyed by the names the JavaScript binding reads (`js/form.js`).

use super::Texts;

pub static TEXTS: Texts = texts![
    {
        key: "summaryTitle",
        zh: "提交前请先修改以下问题",
        en: "There is a problem",
    },
    {
        key: "errorPrefix",
        zh: "错误：",
        en: "Error: ",
    },
    {
        key: "warningPrefix",
        zh: "请注意：",
        en: "Note: ",
    },
];
