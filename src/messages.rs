//! Every text a person reads, in zh-CN (the default) and English, looked up by code. Messages say
//! what is wrong and how to fix it, in the words of the person reading them.

use crate::calendar::Holiday;
use crate::failure::{Code, Failure};

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
        if lower == "zh" || lower.starts_with("zh-") || lower.starts_with("zh_") {
            Some(Locale::ZhCn)
        } else if lower == "en" || lower.starts_with("en-") || lower.starts_with("en_") {
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

/// The name of a statutory holiday.
pub fn holiday_name(holiday: Holiday, locale: Locale) -> &'static str {
    use Holiday::*;
    match (holiday, locale) {
        (NewYear, Locale::ZhCn) => "元旦",
        (NewYear, Locale::En) => "New Year's Day",
        (SpringFestival, Locale::ZhCn) => "春节",
        (SpringFestival, Locale::En) => "Spring Festival",
        (Qingming, Locale::ZhCn) => "清明节",
        (Qingming, Locale::En) => "Qingming Festival",
        (LabourDay, Locale::ZhCn) => "劳动节",
        (LabourDay, Locale::En) => "Labour Day",
        (DragonBoat, Locale::ZhCn) => "端午节",
        (DragonBoat, Locale::En) => "Dragon Boat Festival",
        (MidAutumn, Locale::ZhCn) => "中秋节",
        (MidAutumn, Locale::En) => "Mid-Autumn Festival",
        (NationalDay, Locale::ZhCn) => "国庆节",
        (NationalDay, Locale::En) => "National Day",
    }
}

/// Joins holiday names the way each language lists them: 中秋节、国庆节 / Mid-Autumn Festival and National Day.
pub fn holiday_names(holidays: impl IntoIterator<Item = Holiday>, locale: Locale) -> String {
    let names: Vec<&str> = holidays.into_iter().map(|h| holiday_name(h, locale)).collect();
    match locale {
        Locale::ZhCn => names.join("、"),
        Locale::En => names.join(" and "),
    }
}

fn template(failure: &Failure, locale: Locale) -> &'static str {
    use Code::*;
    let zh = locale == Locale::ZhCn;
    match failure.code {
        InvalidDate if zh => "日期“{value}”无效：请按“年-月-日”填写真实存在的日期，例如 2026-03-09。",
        InvalidDate => "“{value}” is not a valid date: write a real date as YYYY-MM-DD, for example 2026-03-09.",
        InvalidArgument if zh => "参数“{path}”无效：应为{expected}。",
        InvalidArgument => "The argument “{path}” is not valid: expected {expected}.",
        OutsideCalendar if failure.param("reason") == Some("unpublished") => {
            if zh {
                "{year}年节假日安排尚未公布（已公布至{to}），暂时无法准确计算该年的工作日。国务院办公厅通知发布后即可更新；也可按法定节日估算（结果仅供参考）。"
            } else {
                "The {year} public-holiday arrangement has not been published yet (published up to {to}), so working days in {year} cannot be computed exactly. Load the notice once it is out, or ask for an estimate from the statutory holidays."
            }
        }
        OutsideCalendar if zh => "{year}年不在已加载的节假日日历内（{from}至{to}），请先加载该年的节假日安排。",
        OutsideCalendar => "{year} is outside the loaded holiday calendar ({from} to {to}): load that year's holiday arrangement first.",
        InvalidHolidayCalendar if zh => "节假日数据“{path}”格式不正确：应为{expected}。",
        InvalidHolidayCalendar => "Holiday data at “{path}” has the wrong shape: expected {expected}.",
        HolidayDateOutsideYear if zh => "节假日数据“{path}”的日期 {date} 不属于{year}年的安排。",
        HolidayDateOutsideYear => "Holiday data at “{path}”: {date} does not belong to the {year} arrangement.",
        HolidayConflict if zh => "节假日数据“{path}”：{date} 既被列为放假又被列为上班。",
        HolidayConflict => "Holiday data at “{path}”: {date} is listed both as a rest day and as a working day.",
        MakeupDayNotWeekend if zh => "节假日数据“{path}”：调休上班日 {date} 不是周六或周日。",
        MakeupDayNotWeekend => "Holiday data at “{path}”: the make-up working day {date} is not a Saturday or Sunday.",
        UnknownHoliday if zh => "节假日数据“{path}”：“{value}”不是法定节日（可用：newYear、springFestival、qingming、labourDay、dragonBoat、midAutumn、nationalDay）。",
        UnknownHoliday => "Holiday data at “{path}”: “{value}” is not a statutory holiday (use newYear, springFestival, qingming, labourDay, dragonBoat, midAutumn or nationalDay).",
        StatutoryHolidayMissing if zh => "节假日数据“{path}”：{date} 是法定节日（{holiday}），但安排中没有作为该节日放假。",
        StatutoryHolidayMissing => "Holiday data at “{path}”: {date} is a statutory holiday ({holidayEn}) but the arrangement does not give it as a rest day of that holiday.",
        CalendarGap if zh => "不能单独加载{year}年：日历需连续，目前为{from}至{to}，请先加载相邻年份。",
        CalendarGap => "Cannot load {year} alone: the calendar must stay continuous ({from} to {to}); load the years in between first.",
    }
}

/// What an argument or a piece of data should have been, named by the `expected` parameter.
fn expectation(key: &str, locale: Locale) -> &str {
    let zh = locale == Locale::ZhCn;
    match key {
        "date" if zh => "“年-月-日”格式的日期字符串",
        "date" => "a date string YYYY-MM-DD",
        "integer" if zh => "整数",
        "integer" => "an integer",
        "boolean" if zh => "true 或 false",
        "boolean" => "true or false",
        "object" if zh => "对象",
        "object" => "an object",
        "array" if zh => "数组",
        "array" => "an array",
        "string" if zh => "字符串",
        "string" => "a string",
        "locale" if zh => "\"zh-CN\" 或 \"en\"",
        "locale" => "\"zh-CN\" or \"en\"",
        "year" if zh => "四位年份，如 \"2027\"",
        "year" => "a four-digit year such as \"2027\"",
        "dateRange" if zh => "不早于起始日期、不超过31天的放假区间",
        "dateRange" => "a rest period that ends on or after its start and lasts at most 31 days",
        "json" if zh => "可转换为 JSON 的数据",
        "json" => "data that can be converted to JSON",
        other => other,
    }
}

/// The message of a failure in `locale`, with its parameters filled in.
pub fn failure_message(failure: &Failure, locale: Locale) -> String {
    fill(template(failure, locale), failure, locale)
}

fn fill(template: &str, failure: &Failure, locale: Locale) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match name {
                    "path" => out.push_str(&failure.path),
                    "expected" => out.push_str(expectation(failure.param(name).unwrap_or(""), locale)),
                    _ => out.push_str(failure.param(name).unwrap_or("")),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_parameters_and_path() {
        let f = Failure::new(Code::MakeupDayNotWeekend, "2027.holidays.0.work.1").with("date", "2027-02-03");
        let zh = f.message(Locale::ZhCn);
        assert!(zh.contains("2027.holidays.0.work.1") && zh.contains("2027-02-03"), "{zh}");
        assert!(!zh.contains('{'));
    }

    #[test]
    fn unpublished_year_says_so() {
        let f = Failure::new(Code::OutsideCalendar, "date")
            .with("year", 2027)
            .with("reason", "unpublished")
            .with("to", "2026-12-31");
        assert!(f.message(Locale::ZhCn).starts_with("2027年节假日安排尚未公布"));
    }

    #[test]
    fn every_code_has_text_in_both_languages() {
        use Code::*;
        for code in [
            InvalidDate,
            InvalidArgument,
            OutsideCalendar,
            InvalidHolidayCalendar,
            HolidayDateOutsideYear,
            HolidayConflict,
            MakeupDayNotWeekend,
            UnknownHoliday,
            StatutoryHolidayMissing,
            CalendarGap,
        ] {
            let f = Failure::new(code, "x");
            assert!(!f.message(Locale::ZhCn).is_empty() && !f.message(Locale::En).is_empty());
            assert_ne!(f.message(Locale::ZhCn), f.message(Locale::En));
        }
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::parse("zh-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("zh-Hans"), Some(Locale::ZhCn));
        assert_eq!(Locale::parse("en-GB"), Some(Locale::En));
        assert_eq!(Locale::parse("fr"), None);
    }
}
