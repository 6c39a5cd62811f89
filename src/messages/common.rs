//! Texts shared by every module: dates, arguments, input limits, and the words for the kind of
//! value an argument or a table entry should have (`{expected}`).

use super::Text;
use crate::Locale;

pub(super) static TEXTS: &[Text] = &[
    Text {
        key: "invalidDate",
        zh: "日期“{value}”无效：请按“年-月-日”填写真实存在的日期，例如 2026-03-09。",
        en: "“{value}” is not a valid date: write a real date as YYYY-MM-DD, for example 2026-03-09.",
    },
    Text {
        key: "invalidArgument",
        zh: "参数“{path}”无效：应为{expected}。",
        en: "The argument “{path}” is not valid: expected {expected}.",
    },
    Text {
        key: "inputTooLarge",
        zh: "“{path}”超出了可处理的大小（上限 {limit}）。请检查数据是否有误。",
        en: "“{path}” is larger than can be handled (limit {limit}): check the data.",
    },
    Text {
        key: "inputTooLarge.depth",
        zh: "数据“{path}”嵌套层数过多（上限 {limit} 层），请检查数据是否有误。",
        en: "The data at “{path}” is nested too deep (limit {limit} levels): check it.",
    },
    Text {
        key: "inputTooLarge.items",
        zh: "数据“{path}”的项目过多（上限 {limit} 项），请检查数据是否有误。",
        en: "The data at “{path}” has too many items (limit {limit}): check it.",
    },
    Text {
        key: "inputTooLarge.length",
        zh: "数据“{path}”的文字过长（上限 {limit} 字节），请检查数据是否有误。",
        en: "The text at “{path}” is too long (limit {limit} bytes): check it.",
    },
    Text {
        key: "inputTooLarge.members",
        zh: "家庭成员最多填写 {limit} 位，请核对是否重复添加。",
        en: "A household can list at most {limit} members: check for members added twice.",
    },
    Text {
        key: "inputTooLarge.bytes",
        zh: "数据过大（上限 {limit} 字节），请分批处理。",
        en: "The data is too large (limit {limit} bytes): process it in parts.",
    },
    Text {
        key: "loneSurrogate",
        zh: "数据“{path}”含有残缺的字符（{char}，不成对的代理项），无法读取，请重新输入这一项。",
        en: "The text at “{path}” has a broken character ({char}, half of a surrogate pair) that cannot be read: type it again.",
    },
    Text {
        key: "duplicateKey",
        zh: "数据中“{path}”出现了两次，不同系统会读出不同的值，请只保留一个。",
        en: "“{path}” appears twice in the data, and different systems would read different values: keep one.",
    },
    Text {
        key: "internal",
        zh: "程序内部出错，已恢复，请重试；如仍出错请联系门户管理员。",
        en: "An internal error occurred and was recovered from: try again, and tell the portal's administrators if it persists.",
    },
];

/// Descriptions of expected values, named by the `expected` parameter.
static EXPECTATIONS: &[Text] = &[
    Text {
        key: "date",
        zh: "“年-月-日”格式的日期字符串",
        en: "a date string YYYY-MM-DD",
    },
    Text {
        key: "integer",
        zh: "整数",
        en: "an integer",
    },
    Text {
        key: "number",
        zh: "数字",
        en: "a number",
    },
    Text {
        key: "boolean",
        zh: "true 或 false",
        en: "true or false",
    },
    Text {
        key: "object",
        zh: "对象",
        en: "an object",
    },
    Text {
        key: "array",
        zh: "数组",
        en: "an array",
    },
    Text {
        key: "string",
        zh: "字符串",
        en: "a string",
    },
    Text {
        key: "locale",
        zh: "\"zh-CN\" 或 \"en\"",
        en: "\"zh-CN\" or \"en\"",
    },
    Text {
        key: "form",
        zh: "HTML 表单元素（form）",
        en: "an HTML form element",
    },
    Text {
        key: "divisionCode",
        zh: "9位数字的街镇代码（如 310118105）",
        en: "a 9-digit division code (such as 310118105)",
    },
    Text {
        key: "unique",
        zh: "列表中未出现过的值",
        en: "a value not already in the list",
    },
    Text {
        key: "json",
        zh: "可转换为 JSON 的数据",
        en: "data that can be converted to JSON",
    },
];

/// What the `expected` parameter names, in words.
pub(super) fn expectation(key: &str, locale: Locale) -> Option<&'static str> {
    super::find(EXPECTATIONS, key).map(|t| t.get(locale))
}
