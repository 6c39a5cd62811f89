//! Texts of publicity notices: the notice's wording, field labels, category names, why a value was
//! withheld, and the failures of `publicityNotice`'s options.

use super::{lookup, Locale, Text};
use crate::publicity::{Category, Reason};
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
    Text {
        key: "withheld.notAllowed",
        zh: "不在公示允许公开的范围内，未予公开。",
        en: "Not among what a notice may show, so not published.",
    },
    Text {
        key: "withheld.identity",
        zh: "身份证件号码等身份信息依法保密，未予公开。",
        en: "ID numbers and other identity details are confidential, so not published.",
    },
    Text {
        key: "withheld.contact",
        zh: "电话、地址等联系方式未予公开。",
        en: "Phone numbers, addresses and other contact details are not published.",
    },
    Text {
        key: "withheld.financial",
        zh: "收入、财产、支出和银行账户信息未予公开。",
        en: "Income, property, expenses and bank accounts are not published.",
    },
    Text {
        key: "withheld.health",
        zh: "健康和残疾状况属于敏感个人信息，未予公开。",
        en: "Health and disability are sensitive personal information, so not published.",
    },
    Text {
        key: "withheld.agent",
        zh: "代为申请人的信息未予公开。",
        en: "Details of the person who applied on the household's behalf are not published.",
    },
    Text {
        key: "withheld.otherMember",
        zh: "申请人以外家庭成员的信息未予公开。",
        en: "Details of household members other than the applicant are not published.",
    },
    Text {
        key: "withheld.unexpectedShape",
        zh: "内容格式异常，为防止泄露未予公开。请核对申请中的这一项后重新生成公示。",
        en: "The value has an unexpected shape, so it was left off to be safe. Check this item of the application and generate the notice again.",
    },
    Text {
        key: "withheld.containsIdNumber",
        zh: "内容中含有身份证件号码，未予公开。请删除号码后重新生成公示。",
        en: "It contains an ID number, so it was left off. Remove the number and generate the notice again.",
    },
    Text {
        key: "withheld.containsPhone",
        zh: "内容中含有电话号码，未予公开。请删除号码后重新生成公示。",
        en: "It contains a phone number, so it was left off. Remove the number and generate the notice again.",
    },
    Text {
        key: "withheld.containsBankAccount",
        zh: "内容中含有银行账号或长串数字，未予公开。请删除后重新生成公示。",
        en: "It contains a bank account number or a long run of digits, so it was left off. Remove it and generate the notice again.",
    },
    Text {
        key: "withheld.containsApplicationData",
        zh: "内容中含有申请里的其他信息（如家庭成员姓名、电话号码），未予公开。请核对后重新生成公示。",
        en: "It contains other information from the application (such as a member's name or a phone number), so it was left off. Check it and generate the notice again.",
    },
];

/// Why a value was withheld, in words.
pub fn reason(reason: Reason, locale: Locale) -> &'static str {
    let key = format!("withheld.{}", reason.as_str());
    lookup(&[TEXTS], &key).map_or("", |t| t.get(locale))
}

fn pick(locale: Locale, zh: &'static str, en: &'static str) -> &'static str {
    if locale == Locale::ZhCn {
        zh
    } else {
        en
    }
}

static CATEGORIES: [(&str, &str); 5] = [
    ("最低生活保障", "Minimum living guarantee"),
    ("最低生活保障边缘家庭", "Low-income margin household"),
    ("刚性支出困难家庭", "Rigid-expenditure hardship household"),
    ("特困人员救助供养", "Extreme poverty support"),
    ("临时救助", "Temporary assistance"),
];

/// The category's name (上海市社会救助条例 as amended 2024-12-31).
pub fn category(category: Category, locale: Locale) -> &'static str {
    let (zh, en) = CATEGORIES
        .get(category as usize)
        .copied()
        .unwrap_or_default();
    pick(locale, zh, en)
}

/// The label of a published field.
pub fn label(key: &str, announcement: bool, locale: Locale) -> &'static str {
    let (zh, en) = match key {
        "category" => ("救助类别", "Assistance"),
        "town" => ("镇（街道）", "Town or sub-district"),
        "committee" => ("村（居）民委员会", "Village or residents' committee"),
        "name" => ("申请人", "Applicant"),
        "householdSize" => ("家庭人数", "Household size"),
        "monthlyAmount" if announcement => ("救助金额", "Amount granted"),
        "monthlyAmount" => ("拟救助金额", "Proposed amount"),
        "period" => ("公示期", "Publicity period"),
        "postedOn" => ("公布日期", "Published on"),
        "supervisionPhone" => ("监督电话", "Supervision phone"),
        "objection" if announcement => ("意见反映", "How to report"),
        _ => ("异议方式", "How to object"),
    };
    pick(locale, zh, en)
}

static MONTHS: [&str; 12] = [
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

/// 2025年9月30日 / 30 September 2025 (no run of digits a scan could take for a number).
pub fn date(d: NaiveDate, locale: Locale) -> String {
    if locale == Locale::ZhCn {
        format!("{}年{}月{}日", d.year(), d.month(), d.day())
    } else {
        let month = MONTHS.get(d.month0() as usize).copied().unwrap_or_default();
        format!("{} {month} {}", d.day(), d.year())
    }
}

pub fn period(start: NaiveDate, end: NaiveDate, locale: Locale) -> String {
    let (start, end) = (date(start, locale), date(end, locale));
    if locale == Locale::ZhCn {
        format!("{start}至{end}")
    } else {
        format!("{start} to {end}")
    }
}

pub fn people(n: usize, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{n}人"),
        Locale::En if n == 1 => "1 person".to_owned(),
        Locale::En => format!("{n} people"),
    }
}

/// An amount in fen as yuan: 每月1330元, 每月1330.50元 / 1330.50 yuan a month.
pub fn amount(fen: u64, locale: Locale) -> String {
    let yuan = if fen % 100 == 0 {
        (fen / 100).to_string()
    } else {
        format!("{}.{:02}", fen / 100, fen % 100)
    };
    if locale == Locale::ZhCn {
        format!("每月{yuan}元")
    } else {
        format!("{yuan} yuan a month")
    }
}

fn is_subdistrict(town: &str) -> bool {
    town.ends_with("街道")
}

/// Who posts the notice, for its foot: 青浦区赵巷镇人民政府 / 赵巷镇 Town Government, Qingpu District.
pub fn issuer(town: &str, locale: Locale) -> String {
    match (locale, is_subdistrict(town)) {
        (Locale::ZhCn, true) => format!("青浦区{town}办事处"),
        (Locale::ZhCn, false) => format!("青浦区{town}人民政府"),
        (Locale::En, true) => format!("{town} Sub-district Office, Qingpu District"),
        (Locale::En, false) => format!("{town} Town Government, Qingpu District"),
    }
}

pub fn title(category: Option<Category>, announcement: bool, locale: Locale) -> String {
    let name = category.map_or_else(
        || pick(locale, "社会救助", "Social assistance"),
        |c| self::category(c, locale),
    );
    match (locale, announcement) {
        (Locale::ZhCn, false) => format!("{name}拟救助对象公示"),
        (Locale::ZhCn, true) => format!("{name}救助对象公布"),
        (Locale::En, false) => format!("Public notice of proposed assistance: {name}"),
        (Locale::En, true) => format!("Announcement of assistance granted: {name}"),
    }
}

pub fn intro(category: Option<Category>, announcement: bool, locale: Locale) -> String {
    let name = category.map_or_else(
        || pick(locale, "社会救助", "Social assistance"),
        |c| self::category(c, locale),
    );
    match (locale, announcement) {
        (Locale::ZhCn, false) => format!("下列家庭申请{name}，经调查核实和初审，拟予救助，现予公示，接受群众监督。"),
        (Locale::ZhCn, true) => format!("下列家庭申请{name}，经审核确认，予以救助，现予公布，接受群众监督。"),
        (Locale::En, false) => format!("The household below applied for assistance ({name}). After investigation and a preliminary review it is proposed for assistance, and is made public for supervision by residents."),
        (Locale::En, true) => format!("The household below applied for assistance ({name}). After review and confirmation it was granted assistance, and this is made public for supervision by residents."),
    }
}

/// How to object (a notice) or report (an announcement), naming the town's office when known.
pub fn objection(town: Option<&str>, phone: bool, announcement: bool, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let office = match (town, zh) {
        (Some(t), true) if is_subdistrict(t) => format!("{t}办事处"),
        (Some(t), true) => format!("{t}人民政府"),
        (None, true) => "镇人民政府（街道办事处）".to_owned(),
        (Some(t), false) if is_subdistrict(t) => format!("the {t} sub-district office"),
        (Some(t), false) => format!("the {t} town government"),
        (None, false) => "the town government (sub-district office)".to_owned(),
    };
    let call = match (phone, zh) {
        (false, _) => "",
        (true, true) => "，也可拨打监督电话",
        (true, false) => ", or call the supervision phone",
    };
    match (zh, announcement) {
        (true, false) => format!("如有异议，请在公示期内向{office}或本村（居）民委员会反映{call}。"),
        (true, true) => format!("如发现不符合救助条件的情况，请向{office}或本村（居）民委员会反映{call}。"),
        (false, false) => format!("To object, tell {office} or the village or residents' committee before the publicity period ends{call}."),
        (false, true) => format!("If you know of anything that makes this household ineligible, tell {office} or the village or residents' committee{call}."),
    }
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
        for r in crate::publicity::REASONS {
            assert!(
                TEXTS.iter().any(|t| t.key == format!("withheld.{r}")),
                "{r}"
            );
        }
        assert!(!reason(Reason::Health, Locale::En).is_empty());
    }

    #[test]
    fn dates_and_amounts_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 9).unwrap();
        assert_eq!(date(d, Locale::ZhCn), "2025年10月9日");
        assert_eq!(date(d, Locale::En), "9 October 2025");
        assert_eq!(amount(133000, Locale::ZhCn), "每月1330元");
        assert_eq!(amount(133005, Locale::En), "1330.05 yuan a month");
        assert_eq!(issuer("夏阳街道", Locale::ZhCn), "青浦区夏阳街道办事处");
    }
}
