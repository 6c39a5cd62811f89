//! Texts of publicity notices: the notice's sentences, field labels, category names, why a value
//! was withheld, and the failures of `publicityNotice`'s options.

use super::{find, Text};
use crate::application::Category;
use crate::divisions::is_sub_district;
use crate::publicity::{FieldKey, NoticeKind, Reason};
use crate::Locale;
use chrono::{Datelike, NaiveDate};

pub(super) static TEXTS: &[Text] = &[
    Text {
        key: "invalidMonthlyAmount",
        zh: "拟救助金额“{path}”无效：请填写 0 至 99999.99 之间的每月金额（单位：元，最多两位小数）。",
        en: "The monthly amount “{path}” is not valid: give a monthly amount in yuan from 0 to 99999.99, with at most two decimals.",
    },
    Text {
        key: "invalidSupervisionPhone",
        zh: "监督电话“{path}”无效：请填写 5 至 11 位数字的电话号码，如 021-59728888 或 12345，可用空格、短横线或括号分隔。",
        en: "The supervision phone “{path}” is not valid: give a number of 5 to 11 digits, such as 021-59728888 or 12345, separated only by spaces, dashes or brackets.",
    },
];

/// Why a value was withheld, by [`Reason`]. The unexpected-shape and contains- reasons ask the
/// clerk to correct the application and generate the notice again.
static REASONS: &[Text] = &[
    Text {
        key: "notAllowed",
        zh: "不在公示范围内",
        en: "Not among what a notice may show",
    },
    Text {
        key: "identity",
        zh: "身份信息，依法保密",
        en: "Identity details are confidential",
    },
    Text {
        key: "contact",
        zh: "联系方式不予公开",
        en: "Contact details are not published",
    },
    Text {
        key: "financial",
        zh: "收入、财产、支出和账户不予公开",
        en: "Income, property, expenses and accounts are not published",
    },
    Text {
        key: "health",
        zh: "健康和残疾状况属敏感信息",
        en: "Health and disability are sensitive",
    },
    Text {
        key: "agent",
        zh: "代办人信息不予公开",
        en: "The agent is not published",
    },
    Text {
        key: "otherMember",
        zh: "其他家庭成员信息不予公开",
        en: "Other household members are not published",
    },
    Text {
        key: "unexpectedShape",
        zh: "格式异常，请核对后重新生成",
        en: "Unexpected shape: check it and generate again",
    },
    Text {
        key: "containsIdNumber",
        zh: "含身份证件号码，请删除后重新生成",
        en: "Holds an ID number: remove it and generate again",
    },
    Text {
        key: "containsPhone",
        zh: "含电话号码，请删除后重新生成",
        en: "Holds a phone number: remove it and generate again",
    },
    Text {
        key: "containsBankAccount",
        zh: "含银行账号或长串数字，请删除后重新生成",
        en: "Holds an account number: remove it and generate again",
    },
    Text {
        key: "containsApplicationData",
        zh: "含申请中的其他信息，请核对后重新生成",
        en: "Holds other data of the application: check it and generate again",
    },
    Text {
        key: "containsAddress",
        zh: "含门牌、楼号或房号等详细地址，请删除后重新生成",
        en: "Holds a street number, building or room: remove it and generate again",
    },
];

/// The categories' names (上海市社会救助条例 as amended 2024-12-31).
static CATEGORIES: &[Text] = &[
    Text {
        key: "minimumLiving",
        zh: "最低生活保障",
        en: "Minimum living guarantee",
    },
    Text {
        key: "lowIncomeMargin",
        zh: "最低生活保障边缘家庭",
        en: "Low-income margin household",
    },
    Text {
        key: "rigidExpenditure",
        zh: "刚性支出困难家庭",
        en: "Rigid-expenditure hardship household",
    },
    Text {
        key: "extremePoverty",
        zh: "特困人员救助供养",
        en: "Extreme poverty support",
    },
    Text {
        key: "temporary",
        zh: "临时救助",
        en: "Temporary assistance",
    },
];

/// The labels of a notice's fields; an announcement's own label is the field's `.announcement`.
static LABELS: &[Text] = &[
    Text {
        key: "category",
        zh: "救助类别",
        en: "Assistance",
    },
    Text {
        key: "town",
        zh: "镇（街道）",
        en: "Town or sub-district",
    },
    Text {
        key: "committee",
        zh: "村（居）民委员会",
        en: "Village or residents' committee",
    },
    Text {
        key: "name",
        zh: "申请人",
        en: "Applicant",
    },
    Text {
        key: "householdSize",
        zh: "家庭人数",
        en: "Household size",
    },
    Text {
        key: "monthlyAmount",
        zh: "拟救助金额",
        en: "Proposed amount",
    },
    Text {
        key: "monthlyAmount.announcement",
        zh: "救助金额",
        en: "Amount granted",
    },
    Text {
        key: "period",
        zh: "公示期",
        en: "Publicity period",
    },
    Text {
        key: "postedOn",
        zh: "公布日期",
        en: "Published on",
    },
    Text {
        key: "supervisionPhone",
        zh: "监督电话",
        en: "Supervision phone",
    },
    Text {
        key: "objection",
        zh: "异议方式",
        en: "How to object",
    },
    Text {
        key: "objection.announcement",
        zh: "意见反映",
        en: "How to report",
    },
];

/// The sentences and phrases of a notice, by key (`.notice` or `.announcement` where the two
/// differ); `{name}` is filled in.
static WORDS: &[Text] = &[
    Text {
        key: "title.notice",
        zh: "{category}拟救助对象公示",
        en: "Public notice of proposed assistance: {category}",
    },
    Text {
        key: "title.announcement",
        zh: "{category}救助对象公布",
        en: "Announcement of assistance granted: {category}",
    },
    Text {
        key: "intro.notice",
        zh: "下列家庭申请{category}，经调查核实和初审，拟予救助，现予公示，接受群众监督。",
        en: "The household below applied for assistance ({category}). After investigation and a preliminary review it is proposed for assistance, and is made public for supervision by residents.",
    },
    Text {
        key: "intro.announcement",
        zh: "下列家庭申请{category}，经审核确认，予以救助，现予公布，接受群众监督。",
        en: "The household below applied for assistance ({category}). After review and confirmation it was granted assistance, and this is made public for supervision by residents.",
    },
    Text {
        key: "socialAssistance",
        zh: "社会救助",
        en: "Social assistance",
    },
    Text {
        key: "objection.notice",
        zh: "如有异议，请在公示期内向{office}或本村（居）民委员会反映{phone}。",
        en: "To object, tell {office} or the village or residents' committee before the publicity period ends{phone}.",
    },
    Text {
        key: "objection.announcement",
        zh: "如发现不符合救助条件的情况，请向{office}或本村（居）民委员会反映{phone}。",
        en: "If you know of anything that makes this household ineligible, tell {office} or the village or residents' committee{phone}.",
    },
    Text {
        key: "orCall",
        zh: "，也可拨打监督电话",
        en: ", or call the supervision phone",
    },
    Text {
        key: "anyOffice",
        zh: "镇人民政府（街道办事处）",
        en: "the town government (sub-district office)",
    },
    Text {
        key: "office.town",
        zh: "{town}人民政府",
        en: "the {town} town government",
    },
    Text {
        key: "office.subDistrict",
        zh: "{town}办事处",
        en: "the {town} sub-district office",
    },
    Text {
        key: "issuer.town",
        zh: "青浦区{town}人民政府",
        en: "{town} Town Government, Qingpu District",
    },
    Text {
        key: "issuer.subDistrict",
        zh: "青浦区{town}办事处",
        en: "{town} Sub-district Office, Qingpu District",
    },
    Text {
        key: "line",
        zh: "{label}：{value}",
        en: "{label}: {value}",
    },
    Text {
        key: "period",
        zh: "{start}至{end}",
        en: "{start} to {end}",
    },
    Text {
        key: "people.one",
        zh: "{n}人",
        en: "{n} person",
    },
    Text {
        key: "people.other",
        zh: "{n}人",
        en: "{n} people",
    },
    Text {
        key: "amount",
        zh: "每月{yuan}元",
        en: "{yuan} yuan a month",
    },
    Text {
        key: "date",
        zh: "{year}年{month}月{day}日",
        en: "{day} {month} {year}",
    },
];

pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The text keyed `key` in `table`, in `locale`; "" for a key with none (checked by the tests).
fn text(table: &'static [Text], key: &str, locale: Locale) -> &'static str {
    find(table, key).map_or("", |t| t.get(locale))
}

/// The words keyed `key` with each `{name}` replaced by its value. Values are inserted as they
/// are, never read for placeholders themselves.
fn fill(key: &str, locale: Locale, values: &[(&str, &str)]) -> String {
    super::fill_values(text(WORDS, key, locale), values)
}

/// `key.notice` or `key.announcement`.
fn of_kind(key: &str, kind: NoticeKind) -> String {
    format!("{key}.{}", kind.as_str())
}

/// Why a value was withheld, in words.
pub fn reason(reason: Reason, locale: Locale) -> &'static str {
    text(REASONS, reason.as_str(), locale)
}

/// The category's name.
pub fn category(category: Category, locale: Locale) -> &'static str {
    text(CATEGORIES, category.as_str(), locale)
}

/// The label of a notice's field: its announcement label in an announcement where it has one.
pub fn label(key: FieldKey, kind: NoticeKind, locale: Locale) -> &'static str {
    let own = find(LABELS, &of_kind(key.as_str(), kind));
    own.or_else(|| find(LABELS, key.as_str()))
        .map_or("", |t| t.get(locale))
}

/// 2025年9月30日 / 30 September 2025: no run of digits a scan could take for a number.
pub fn date(d: NaiveDate, locale: Locale) -> String {
    let month = match locale {
        Locale::ZhCn => d.month().to_string(),
        Locale::En => MONTHS
            .get(d.month0() as usize)
            .map_or_else(String::new, |m| m.to_string()),
    };
    let (year, day) = (d.year().to_string(), d.day().to_string());
    fill(
        "date",
        locale,
        &[("year", &year), ("month", &month), ("day", &day)],
    )
}

/// A field as a line of the printed notice: 申请人：王* / Applicant: 王*.
pub fn line(label: &str, value: &str, locale: Locale) -> String {
    fill("line", locale, &[("label", label), ("value", value)])
}

/// 2025年9月30日至2025年10月9日 / 30 September 2025 to 9 October 2025.
pub fn period(start: NaiveDate, end: NaiveDate, locale: Locale) -> String {
    let (start, end) = (date(start, locale), date(end, locale));
    fill("period", locale, &[("start", &start), ("end", &end)])
}

/// 2人 / 2 people.
pub fn people(n: usize, locale: Locale) -> String {
    let key = if n == 1 { "people.one" } else { "people.other" };
    fill(key, locale, &[("n", &n.to_string())])
}

/// An amount in fen as yuan: 每月1330元, 每月1330.50元 / 1330.50 yuan a month.
pub fn amount(fen: u64, locale: Locale) -> String {
    let (yuan, cents) = (fen / 100, fen % 100);
    let yuan = if cents == 0 {
        yuan.to_string()
    } else {
        format!("{yuan}.{cents:02}")
    };
    fill("amount", locale, &[("yuan", &yuan)])
}

/// The key of the kind of office that posts for `town`.
fn office_kind(town: &str) -> &'static str {
    if is_sub_district(town) {
        "subDistrict"
    } else {
        "town"
    }
}

/// Who posts the notice, for its foot: 青浦区赵巷镇人民政府 / 赵巷镇 Town Government, Qingpu District.
pub fn issuer(town: &str, locale: Locale) -> String {
    let key = format!("issuer.{}", office_kind(town));
    fill(&key, locale, &[("town", town)])
}

/// The category's name, or "social assistance" when the category is not known.
fn category_or_any(category: Option<Category>, locale: Locale) -> &'static str {
    match category {
        Some(c) => self::category(c, locale),
        None => text(WORDS, "socialAssistance", locale),
    }
}

pub fn title(category: Option<Category>, kind: NoticeKind, locale: Locale) -> String {
    let name = category_or_any(category, locale);
    fill(&of_kind("title", kind), locale, &[("category", name)])
}

pub fn intro(category: Option<Category>, kind: NoticeKind, locale: Locale) -> String {
    let name = category_or_any(category, locale);
    fill(&of_kind("intro", kind), locale, &[("category", name)])
}

/// How to object (a notice) or report (an announcement), naming the town's office when known and
/// the supervision phone when the notice shows one.
pub fn objection(town: Option<&str>, phone: bool, kind: NoticeKind, locale: Locale) -> String {
    let office = match town {
        Some(town) => {
            let key = format!("office.{}", office_kind(town));
            fill(&key, locale, &[("town", town)])
        }
        None => text(WORDS, "anyOffice", locale).to_owned(),
    };
    let call = if phone {
        text(WORDS, "orCall", locale)
    } else {
        ""
    };
    let values = [("office", office.as_str()), ("phone", call)];
    fill(&of_kind("objection", kind), locale, &values)
}

#[cfg(test)]
mod tests {
    use super::super::{has_text, placeholders};
    use super::*;
    use crate::Code;

    #[test]
    fn every_code_reason_category_and_field_has_texts() {
        for code in [
            Code::INVALID_MONTHLY_AMOUNT,
            Code::INVALID_SUPERVISION_PHONE,
        ] {
            assert!(has_text(code), "{code:?}");
        }
        for r in Reason::ALL {
            assert!(find(REASONS, r.as_str()).is_some(), "{r:?}");
        }
        for c in Category::ALL {
            assert!(find(CATEGORIES, c.as_str()).is_some(), "{c:?}");
        }
        for k in FieldKey::ALL {
            assert!(find(LABELS, k.as_str()).is_some(), "{k:?}");
        }
        assert_eq!(REASONS.len(), Reason::ALL.len());
        assert_eq!(
            reason(Reason::Health, Locale::En),
            "Health and disability are sensitive"
        );
        assert_eq!(
            label(
                FieldKey::MonthlyAmount,
                NoticeKind::Announcement,
                Locale::ZhCn
            ),
            "救助金额"
        );
        assert_eq!(
            label(FieldKey::Town, NoticeKind::Announcement, Locale::En),
            "Town or sub-district"
        );
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        for table in [REASONS, CATEGORIES, LABELS, WORDS] {
            for t in table {
                assert!(!t.zh.is_empty() && !t.en.is_empty(), "{}", t.key);
                assert_eq!(placeholders(t.zh), placeholders(t.en), "{}", t.key);
            }
        }
    }

    #[test]
    fn dates_and_amounts_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 9).unwrap();
        assert_eq!(date(d, Locale::ZhCn), "2025年10月9日");
        assert_eq!(date(d, Locale::En), "9 October 2025");
        assert_eq!(amount(133000, Locale::ZhCn), "每月1330元");
        assert_eq!(amount(133005, Locale::En), "1330.05 yuan a month");
        assert_eq!(amount(133050, Locale::ZhCn), "每月1330.50元");
        assert_eq!(amount(5, Locale::ZhCn), "每月0.05元");
        assert_eq!(amount(9_999_999, Locale::ZhCn), "每月99999.99元");
        assert_eq!(people(1, Locale::En), "1 person");
        assert_eq!(people(2, Locale::En), "2 people");
        assert_eq!(people(1, Locale::ZhCn), "1人");
        assert_eq!(issuer("夏阳街道", Locale::ZhCn), "青浦区夏阳街道办事处");
        assert_eq!(
            objection(None, true, NoticeKind::Notice, Locale::ZhCn),
            "如有异议，请在公示期内向镇人民政府（街道办事处）或本村（居）民委员会反映，也可拨打监督电话。"
        );
        assert_eq!(
            title(None, NoticeKind::Announcement, Locale::En),
            "Announcement of assistance granted: Social assistance"
        );
    }

    #[test]
    fn filled_values_are_not_read_for_placeholders() {
        assert_eq!(issuer("{town}镇", Locale::ZhCn), "青浦区{town}镇人民政府");
    }
}
