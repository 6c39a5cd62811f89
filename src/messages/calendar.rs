//! Texts of the working-day calendar: holiday names, day labels, calendar failures.

use super::Text;
use crate::calendar::{DayInfo, DayKind, Holiday, HolidaySet};
use crate::Locale;

pub(super) static TEXTS: &[Text] = &[
    Text {
        key: "outsideCalendar.unpublished",
        zh: "{year}年节假日安排尚未公布（已公布至{to}），暂时无法准确计算该年的工作日。国务院办公厅通知发布后即可更新；也可按法定节日估算（结果仅供参考）。",
        en: "The {year} public-holiday arrangement has not been published yet (published up to {to}), so working days in {year} cannot be computed exactly. Load the notice once it is out, or ask for an estimate from the statutory holidays.",
    },
    Text {
        key: "outsideCalendar",
        zh: "{year}年不在已加载的节假日日历内（{from}至{to}），请先加载该年的节假日安排。",
        en: "{year} is outside the loaded holiday calendar ({from} to {to}): load that year's holiday arrangement first.",
    },
    Text {
        key: "invalidHolidayCalendar",
        zh: "节假日数据“{path}”格式不正确：应为{expected}。",
        en: "Holiday data at “{path}” has the wrong shape: expected {expected}.",
    },
    Text {
        key: "invalidHolidayCalendar.year",
        zh: "节假日数据的键“{path}”应为四位年份（如 \"2027\"），且在可计算法定节日的年份范围内。",
        en: "The holiday data key “{path}” should be a four-digit year (such as \"2027\") within the years whose statutory holidays are known.",
    },
    Text {
        key: "holidayDateOutsideYear",
        zh: "节假日数据“{path}”的日期 {date} 不属于{year}年的安排。",
        en: "Holiday data at “{path}”: {date} does not belong to the {year} arrangement.",
    },
    Text {
        key: "holidayConflict",
        zh: "节假日数据“{path}”：{date} 既被列为放假又被列为上班。",
        en: "Holiday data at “{path}”: {date} is listed both as a rest day and as a working day.",
    },
    Text {
        key: "makeupDayNotWeekend",
        zh: "节假日数据“{path}”：调休上班日 {date} 不是周六或周日。",
        en: "Holiday data at “{path}”: the make-up working day {date} is not a Saturday or Sunday.",
    },
    Text {
        key: "unknownHoliday",
        zh: "节假日数据“{path}”：“{value}”不是法定节日（可用：newYear、springFestival、qingming、labourDay、dragonBoat、midAutumn、nationalDay）。",
        en: "Holiday data at “{path}”: “{value}” is not a statutory holiday (use newYear, springFestival, qingming, labourDay, dragonBoat, midAutumn or nationalDay).",
    },
    Text {
        key: "statutoryHolidayMissing",
        zh: "节假日数据“{path}”：{date} 是法定节日（{holiday}），但安排中没有作为该节日放假。",
        en: "Holiday data at “{path}”: {date} is a statutory holiday ({holiday}) but the arrangement does not give it as a rest day of that holiday.",
    },
    Text {
        key: "calendarGap",
        zh: "不能单独加载{year}年：日历需连续，目前为{from}至{to}，请先加载相邻年份。",
        en: "Cannot load {year} alone: the calendar must stay continuous ({from} to {to}); load the years in between first.",
    },
];

/// Packed like the failure texts (no key): one pointer each.
static HOLIDAY_NAMES: [Text; 7] = [
    Text {
        key: "",
        zh: "元旦",
        en: "New Year's Day",
    },
    Text {
        key: "",
        zh: "春节",
        en: "Spring Festival",
    },
    Text {
        key: "",
        zh: "清明节",
        en: "Qingming Festival",
    },
    Text {
        key: "",
        zh: "劳动节",
        en: "Labour Day",
    },
    Text {
        key: "",
        zh: "端午节",
        en: "Dragon Boat Festival",
    },
    Text {
        key: "",
        zh: "中秋节",
        en: "Mid-Autumn Festival",
    },
    Text {
        key: "",
        zh: "国庆节",
        en: "National Day",
    },
];

/// The name of a statutory holiday.
pub fn holiday_name(holiday: Holiday, locale: Locale) -> &'static str {
    // One name per holiday (the table's length is the enum's), so the index is in range.
    HOLIDAY_NAMES[holiday as usize].get(locale)
}

/// Joins holiday names the way each language lists them: 中秋节、国庆节 / Mid-Autumn Festival and National Day.
pub fn holiday_names(holidays: HolidaySet, locale: Locale) -> String {
    let names: Vec<&str> = holidays.iter().map(|h| holiday_name(h, locale)).collect();
    names.join(locale.pick("、", " and "))
}

/// What a day is, in words: 国庆节调休上班 / National Day: make-up working day.
pub fn day_label(info: &DayInfo, locale: Locale) -> String {
    let names = holiday_names(info.holidays, locale);
    let zh = locale == Locale::ZhCn;
    // The text before the holiday names and after them (no names where `before` says it all).
    let (before, after) = match (info.kind, info.holidays.is_empty(), zh) {
        (DayKind::Workday, _, true) => ("工作日", None),
        (DayKind::Workday, _, false) => ("Working day", None),
        (DayKind::Weekend, true, true) => ("周末", None),
        (DayKind::Weekend, true, false) => ("Weekend", None),
        (DayKind::Weekend, false, true) => ("周末（", Some("假期）")),
        (DayKind::Weekend, false, false) => ("Weekend (", Some(" holiday)")),
        (DayKind::StatutoryHoliday, _, true) => ("", Some("（法定节假日）")),
        (DayKind::StatutoryHoliday, _, false) => ("", Some(" (statutory holiday)")),
        (DayKind::RestDay, _, true) => ("", Some("调休放假")),
        (DayKind::RestDay, _, false) => ("", Some(": arranged rest day")),
        (DayKind::MakeupWorkday, _, true) => ("", Some("调休上班")),
        (DayKind::MakeupWorkday, _, false) => ("", Some(": make-up working day")),
    };
    let mut label = String::from(before);
    if let Some(after) = after {
        label.push_str(&names);
        label.push_str(after);
    }
    if info.provisional {
        label.push_str(if zh { "（估算）" } else { " (estimate)" });
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{parse_date, Calendar, Mode};
    use crate::messages::message;
    use crate::{Code, Failure};

    #[test]
    fn every_calendar_code_has_a_message() {
        for code in [
            Code::INVALID_DATE,
            Code::INVALID_ARGUMENT,
            Code::OUTSIDE_CALENDAR,
            Code::INVALID_HOLIDAY_CALENDAR,
            Code::HOLIDAY_DATE_OUTSIDE_YEAR,
            Code::HOLIDAY_CONFLICT,
            Code::MAKEUP_DAY_NOT_WEEKEND,
            Code::UNKNOWN_HOLIDAY,
            Code::STATUTORY_HOLIDAY_MISSING,
            Code::CALENDAR_GAP,
        ] {
            assert!(super::super::has_text(code), "{code:?}");
        }
    }

    #[test]
    fn an_unpublished_year_has_its_own_message() {
        let outside = Failure::new(Code::OUTSIDE_CALENDAR, "date")
            .with("year", 2027)
            .with("to", "2026-12-31");
        let unpublished = outside.clone().with("reason", "unpublished");
        for locale in [Locale::ZhCn, Locale::En] {
            let text = message(&unpublished, locale);
            assert_ne!(text, message(&outside, locale));
            assert!(
                text.contains("2027") && text.contains("2026-12-31"),
                "{text}"
            );
        }
    }

    #[test]
    fn holiday_parameters_are_named_in_each_language() {
        let f = Failure::new(Code::STATUTORY_HOLIDAY_MISSING, "2027.holidays")
            .with("holiday", "nationalDay");
        assert!(message(&f, Locale::ZhCn).contains("国庆节"));
        assert!(message(&f, Locale::En).contains("National Day"));
    }

    #[test]
    fn day_labels_name_the_holiday() {
        let cal = Calendar::embedded();
        let day = |s| {
            cal.day_info(parse_date(s, "").unwrap(), Mode::Published)
                .unwrap()
        };
        assert_eq!(
            day_label(&day("2026-10-10"), Locale::ZhCn),
            "国庆节调休上班"
        );
        assert_eq!(
            day_label(&day("2025-10-06"), Locale::ZhCn),
            "中秋节、国庆节（法定节假日）"
        );
        assert_eq!(
            day_label(&day("2026-10-05"), Locale::En),
            "National Day: arranged rest day"
        );
    }
}
