//! Texts of publicity notices: the notice's wording, field labels, category names, why a value was
//! withheld, and the failures of `publicityNotice`'s options. Templates fill `%` slots in order
//! (one small routine rather than a `format!` per sentence: this module is size-budgeted).

use super::{Locale, Text, Texts};
use crate::prelude::*;
use crate::publicity::{Category, Reason};
use chrono::{Datelike, NaiveDate};

/// `zh\0en`: the two texts of a table entry in one string, so one pointer and length each.
macro_rules! pair {
    ($zh:literal, $en:literal $(,)?) => {
        Text::packed(concat!("\0", $zh, "\0", $en))
    };
}

pub(super) static TEXTS: Texts = texts![
    {
        key: "invalidMonthlyAmount",
        zh: "拟救助金额“{path}”无效：请填写 0 至 99999.99 之间的每月金额（单位：元，最多两位小数）。",
        en: "The monthly amount “{path}” is not valid: give a monthly amount in yuan from 0 to 99999.99, with at most two decimals.",
    },
    {
        key: "invalidSupervisionPhone",
        zh: "监督电话“{path}”无效：请填写 5 至 11 位数字的电话号码，如 021-59728888 或 12345，可用空格、短横线或括号分隔。",
        en: "The supervision phone “{path}” is not valid: give a number of 5 to 11 digits, such as 021-59728888 or 12345, separated only by spaces, dashes or brackets.",
    },
];

/// Why a value was withheld, in the order of [`Reason`]. The unexpected-shape and contains-
/// reasons ask the clerk to correct the application and generate the notice again.
static REASONS: [Text; 12] = [
    pair!("不在公示范围内", "Not among what a notice may show"),
    pair!("身份信息，依法保密", "Identity details are confidential"),
    pair!("联系方式不予公开", "Contact details are not published"),
    pair!(
        "收入、财产、支出和账户不予公开",
        "Income, property, expenses and accounts are not published"
    ),
    pair!(
        "健康和残疾状况属敏感信息",
        "Health and disability are sensitive"
    ),
    pair!("代办人信息不予公开", "The agent is not published"),
    pair!(
        "其他家庭成员信息不予公开",
        "Other household members are not published"
    ),
    pair!(
        "格式异常，请核对后重新生成",
        "Unexpected shape: check it and generate again"
    ),
    pair!(
        "含身份证件号码，请删除后重新生成",
        "Holds an ID number: remove it and generate again"
    ),
    pair!(
        "含电话号码，请删除后重新生成",
        "Holds a phone number: remove it and generate again"
    ),
    pair!(
        "含银行账号或长串数字，请删除后重新生成",
        "Holds an account number: remove it and generate again"
    ),
    pair!(
        "含申请中的其他信息，请核对后重新生成",
        "Holds other data of the application: check it and generate again"
    ),
];

/// The zh-CN or English half of a `pair!`.
fn pick(pair: Text, locale: Locale) -> &'static str {
    pair.get(locale)
}

/// `template` with its first `%` replaced by `first` and its second by `second` (every template
/// here has one or two; a one-slot template is given ""): two arguments, not a slice built at each
/// call.
fn fill(template: &str, first: &str, second: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in template.chars() {
        if c == '%' && used < 2 {
            out.push_str(if used == 0 { first } else { second });
            used += 1;
        } else {
            out.push(c);
        }
    }
    out
}

/// A whole number in decimal, through `pieces` (no formatter).
pub(crate) fn number(n: u64) -> String {
    cat!(n)
}

/// Appends `n` in decimal.
fn push_number(out: &mut String, n: u64) {
    push!(out, n);
}

/// Why a value was withheld, in words.
pub fn reason(reason: Reason, locale: Locale) -> &'static str {
    pick(
        REASONS
            .get(reason as usize)
            .map_or(Text::packed(""), |t| *t),
        locale,
    )
}

static CATEGORIES: [Text; 5] = [
    pair!("最低生活保障", "Minimum living guarantee"),
    pair!("最低生活保障边缘家庭", "Low-income margin household"),
    pair!("刚性支出困难家庭", "Rigid-expenditure hardship household"),
    pair!("特困人员救助供养", "Extreme poverty support"),
    pair!("临时救助", "Temporary assistance"),
];

/// The category's name (上海市社会救助条例 as amended 2024-12-31).
pub fn category(category: Category, locale: Locale) -> &'static str {
    pick(
        CATEGORIES
            .get(category as usize)
            .map_or(Text::packed(""), |t| *t),
        locale,
    )
}

/// The labels of a notice's fields, packed (one pointer for the table, not one per entry); an
/// announcement's own label is the field's `announcement` variant.
static FIELDS: Texts = texts![
    { key: "category", zh: "救助类别", en: "Assistance" },
    { key: "town", zh: "镇（街道）", en: "Town or sub-district" },
    { key: "committee", zh: "村（居）民委员会", en: "Village or residents' committee" },
    { key: "name", zh: "申请人", en: "Applicant" },
    { key: "householdSize", zh: "家庭人数", en: "Household size" },
    { key: "monthlyAmount", zh: "拟救助金额", en: "Proposed amount" },
    { key: "monthlyAmount.announcement", zh: "救助金额", en: "Amount granted" },
    { key: "period", zh: "公示期", en: "Publicity period" },
    { key: "postedOn", zh: "公布日期", en: "Published on" },
    { key: "supervisionPhone", zh: "监督电话", en: "Supervision phone" },
    { key: "objection", zh: "异议方式", en: "How to object" },
    { key: "objection.announcement", zh: "意见反映", en: "How to report" },
];

/// The label of a notice's field: `key.announcement` in an announcement where it has one.
pub fn label(key: &str, announcement: bool, locale: Locale) -> &'static str {
    let own = FIELDS.find(key, "announcement").filter(|_| announcement);
    own.or_else(|| FIELDS.find(key, ""))
        .map_or("", |text| text.get(locale))
}

static MONTHS: &str =
    "January February March April May June July August September October November December";

/// 2025年9月30日 / 30 September 2025 (no run of digits a scan could take for a number), written
/// straight into one string.
pub fn date(d: NaiveDate, locale: Locale) -> String {
    let mut out = String::new();
    let year = u64::try_from(d.year()).unwrap_or_default();
    if locale == Locale::ZhCn {
        push_number(&mut out, year);
        out.push('年');
        push_number(&mut out, d.month().into());
        out.push('月');
        push_number(&mut out, d.day().into());
        out.push('日');
    } else {
        push_number(&mut out, d.day().into());
        out.push(' ');
        let mut month = d.month0();
        for name in MONTHS.split(' ') {
            if month == 0 {
                out.push_str(name);
                break;
            }
            month -= 1;
        }
        out.push(' ');
        push_number(&mut out, year);
    }
    out
}

pub fn period(start: NaiveDate, end: NaiveDate, locale: Locale) -> String {
    let template = pick(pair!("%至%", "% to %"), locale);
    fill(template, &date(start, locale), &date(end, locale))
}

pub fn people(n: usize, locale: Locale) -> String {
    let template = match (locale, n) {
        (Locale::ZhCn, _) => "%人",
        (Locale::En, 1) => "% person",
        (Locale::En, _) => "% people",
    };
    fill(template, &number(n as u64), "")
}

/// An amount in fen as yuan: 每月1330元, 每月1330.50元 / 1330.50 yuan a month.
pub fn amount(fen: u64, locale: Locale) -> String {
    let mut yuan = number(fen / 100);
    let cents = fen % 100;
    if cents != 0 {
        yuan.push('.');
        yuan.push(char::from(b'0' + (cents / 10) as u8));
        yuan.push(char::from(b'0' + (cents % 10) as u8));
    }
    fill(pick(pair!("每月%元", "% yuan a month"), locale), &yuan, "")
}

/// The office of a town or sub-district (办事处 of a 街道, 人民政府 of a 镇): 0 in a sentence, 1 at
/// the foot of the notice.
fn office(town: &str, locale: Locale, foot: bool) -> String {
    let sub = town.ends_with("街道");
    let template = match (locale, sub, foot) {
        (Locale::ZhCn, true, false) => "%办事处",
        (Locale::ZhCn, false, false) => "%人民政府",
        (Locale::ZhCn, true, true) => "青浦区%办事处",
        (Locale::ZhCn, false, true) => "青浦区%人民政府",
        (Locale::En, true, false) => "the % sub-district office",
        (Locale::En, false, false) => "the % town government",
        (Locale::En, true, true) => "% Sub-district Office, Qingpu District",
        (Locale::En, false, true) => "% Town Government, Qingpu District",
    };
    fill(template, town, "")
}

/// Who posts the notice, for its foot: 青浦区赵巷镇人民政府 / 赵巷镇 Town Government, Qingpu District.
pub fn issuer(town: &str, locale: Locale) -> String {
    office(town, locale, true)
}

/// Title and introduction: `[notice, announcement]`, each `(zh, en)`, `%` the category.
static TITLES: [Text; 2] = [
    pair!("%拟救助对象公示", "Public notice of proposed assistance: %"),
    pair!("%救助对象公布", "Announcement of assistance granted: %"),
];
static INTROS: [Text; 2] = [
    pair!("下列家庭申请%，经调查核实和初审，拟予救助，现予公示，接受群众监督。", "The household below applied for assistance (%). After investigation and a preliminary review it is proposed for assistance, and is made public for supervision by residents."),
    pair!("下列家庭申请%，经审核确认，予以救助，现予公布，接受群众监督。", "The household below applied for assistance (%). After review and confirmation it was granted assistance, and this is made public for supervision by residents."),
];
/// How to object (a notice) or report (an announcement); `%` the office, then the phone clause.
static OBJECTIONS: [Text; 2] = [
    pair!("如有异议，请在公示期内向%或本村（居）民委员会反映%。", "To object, tell % or the village or residents' committee before the publicity period ends%."),
    pair!("如发现不符合救助条件的情况，请向%或本村（居）民委员会反映%。", "If you know of anything that makes this household ineligible, tell % or the village or residents' committee%."),
];

fn category_or_default(category: Option<Category>, locale: Locale) -> &'static str {
    category.map_or_else(
        || pick(pair!("社会救助", "Social assistance"), locale),
        |c| self::category(c, locale),
    )
}

fn of(table: &[Text; 2], announcement: bool, locale: Locale) -> &'static str {
    pick(table[usize::from(announcement)], locale)
}

pub fn title(category: Option<Category>, announcement: bool, locale: Locale) -> String {
    let name = category_or_default(category, locale);
    fill(of(&TITLES, announcement, locale), name, "")
}

pub fn intro(category: Option<Category>, announcement: bool, locale: Locale) -> String {
    let name = category_or_default(category, locale);
    fill(of(&INTROS, announcement, locale), name, "")
}

/// How to object or report, naming the town's office when known.
pub fn objection(town: Option<&str>, phone: bool, announcement: bool, locale: Locale) -> String {
    let office = match town {
        Some(t) => office(t, locale, false),
        None => pick(
            pair!(
                "镇人民政府（街道办事处）",
                "the town government (sub-district office)"
            ),
            locale,
        )
        .to_owned(),
    };
    let call = if phone {
        pick(
            pair!("，也可拨打监督电话", ", or call the supervision phone"),
            locale,
        )
    } else {
        ""
    };
    fill(of(&OBJECTIONS, announcement, locale), &office, call)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publicity::Reason;
    use crate::Code;

    #[test]
    fn every_publicity_code_and_reason_has_a_message() {
        for code in [
            Code::INVALID_MONTHLY_AMOUNT,
            Code::INVALID_SUPERVISION_PHONE,
        ] {
            assert!(super::super::has_text(code), "{code:?}");
        }
        assert_eq!(REASONS.len(), crate::publicity::REASONS.len());
        for pair in REASONS {
            let (zh, en) = (pair.zh(), pair.en());
            assert!(!zh.is_empty() && !en.is_empty() && zh != en);
        }
        assert_eq!(
            reason(Reason::Health, Locale::En),
            pick(REASONS[4], Locale::En)
        );
    }

    #[test]
    fn dates_and_amounts_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 9).unwrap();
        assert_eq!(date(d, Locale::ZhCn), "2025年10月9日");
        assert_eq!(date(d, Locale::En), "9 October 2025");
        assert_eq!(amount(133000, Locale::ZhCn), "每月1330元");
        assert_eq!(amount(133005, Locale::En), "1330.05 yuan a month");
        assert_eq!(amount(5, Locale::ZhCn), "每月0.05元");
        assert_eq!(people(1, Locale::En), "1 person");
        assert_eq!(issuer("夏阳街道", Locale::ZhCn), "青浦区夏阳街道办事处");
        assert_eq!(
            objection(None, true, false, Locale::ZhCn),
            "如有异议，请在公示期内向镇人民政府（街道办事处）或本村（居）民委员会反映，也可拨打监督电话。"
        );
    }

    #[test]
    fn templates_have_as_many_slots_in_each_language() {
        for table in [&TITLES, &INTROS, &OBJECTIONS] {
            for pair in table.iter() {
                let (zh, en) = (pair.zh(), pair.en());
                assert_eq!(zh.matches('%').count(), en.matches('%').count(), "{zh}");
            }
        }
    }
}
