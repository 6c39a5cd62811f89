//! Texts of the deadlines: findings, the names of events, steps, statuses and cut-offs, and the
//! lines that explain how a date was reached.

use super::{holiday_names, Locale, Text};
use crate::calendar::format_date;
use crate::deadlines::{Line, StepKind};
use crate::failure::Failure;
use chrono::{Datelike, NaiveDate, Weekday};

pub(super) static TEXTS: &[Text] = &[
    Text {
        key: "eventOutOfOrder",
        zh: "“{event}”（{date}）早于“{previous}”（{previousDate}），先后顺序不对：请核对这两个日期。",
        en: "“{event}” ({date}) is before “{previous}” ({previousDate}): the order is wrong, check both dates.",
    },
    Text {
        key: "actedTooEarly",
        zh: "“{event}”为 {date}，但“{step}”尚未届满：最早应在 {earliest} 办理。请核对日期。",
        en: "“{event}” is {date}, but “{step}” had not run out: it can be done on {earliest} at the earliest. Check the date.",
    },
    Text {
        key: "eventInFuture",
        zh: "“{event}”（{date}）晚于今天（{today}）：只填写已经发生的日期。",
        en: "“{event}” ({date}) is after today ({today}): enter only dates that have happened.",
    },
    Text {
        key: "missingEvent",
        zh: "缺少“{event}”的日期，无法核对“{step}”是否按时：请补填。",
        en: "The date of “{event}” is missing, so whether “{step}” was on time cannot be checked: add it.",
    },
    Text {
        key: "unknownEvent",
        zh: "不认识的事件“{path}”，已忽略：请检查拼写（如 events.acceptedOn）。",
        en: "Unknown event “{path}”, ignored: check the spelling (such as events.acceptedOn).",
    },
    Text {
        key: "stepOverdue",
        zh: "“{step}”已逾期：应在 {dueOn} 前办理，至今没有办理记录。",
        en: "“{step}” is overdue: it was due by {dueOn} and has not been done.",
    },
    Text {
        key: "stepLate",
        zh: "“{step}”逾期办理：应在 {dueOn} 前办理，实际为 {doneOn}。",
        en: "“{step}” was done late: due by {dueOn}, done on {doneOn}.",
    },
    Text {
        key: "provisionalDate",
        zh: "“{step}”的日期在{year}年，该年节假日安排尚未公布，按法定节日估算，仅供参考。",
        en: "“{step}” falls in {year}, whose holiday arrangement is not yet published: the date is an estimate from the statutory holidays.",
    },
    Text {
        key: "invalidProcedureData",
        zh: "时限规则数据“{path}”格式不正确：应为{expected}。",
        en: "Procedure rules at “{path}” have the wrong shape: expected {expected}.",
    },
    Text {
        key: "invalidArgument.month",
        zh: "月份应为 1 至 12 的整数。",
        en: "The month must be an integer from 1 to 12.",
    },
    Text {
        key: "invalidArgument.unit",
        zh: "公示期的单位应为 \"calendarDays\"（自然日）或 \"workingDays\"（工作日）。",
        en: "The publicity period's unit must be \"calendarDays\" or \"workingDays\".",
    },
];

/// Names of events, steps, statuses and cut-offs: (key, zh-CN, en).
static LABELS: &[(&str, &str, &str)] = &[
    ("acceptedOn", "受理申请", "Application accepted"),
    ("verificationEntrustedOn", "委托核对", "Check entrusted"),
    ("verificationCompletedOn", "核对完成", "Check completed"),
    ("publicityPostedOn", "张贴公示", "Publicity posted"),
    ("decidedOn", "审核确认", "Decision made"),
    (
        "stopNoticeServedOn",
        "送达停止救助事先告知",
        "Prior notice of stopping served",
    ),
    (
        "stopDecidedOn",
        "发放正式停止救助通知书",
        "Formal stop notice issued",
    ),
    (
        "verificationEntrusted",
        "委托经济状况核对",
        "Entrust the economic check",
    ),
    (
        "verificationCompleted",
        "完成经济状况核对",
        "Complete the economic check",
    ),
    ("publicityEnds", "公示期满", "Publicity ends"),
    ("decision", "作出审核确认", "Decision"),
    ("defenceWindowEnds", "陈述申辩期满", "Defence window ends"),
    (
        "formalStopEarliest",
        "最早发放正式停止通知",
        "Earliest formal stop",
    ),
    ("done", "已完成", "Done"),
    ("doneLate", "逾期完成", "Done late"),
    ("pending", "未到期", "Pending"),
    ("dueToday", "今日到期", "Due today"),
    ("overdue", "已逾期", "Overdue"),
    ("systemWorkDue", "系统录入与核查", "System work due"),
    (
        "reconciliationDays",
        "与区民政局核对月报表",
        "Reconciliation with the district",
    ),
    ("paymentDue", "内控平台发放到位", "Payment due"),
    (
        "correctionPaymentDue",
        "误差修正发放到位",
        "Correction payment due",
    ),
    ("timeline", "办理时限时间轴", "Case timeline"),
    ("noDates", "还没有可显示的日期。", "No dates to show yet."),
    ("noDate", "日期无法计算", "no date"),
    ("today", "今天", "today"),
    ("deadlineMark", "截止", "due"),
    ("periodMark", "期满", "ends"),
    ("notBeforeMark", "最早", "from"),
    ("doneMark", "办结", "done"),
    ("legendRest", "休息日", "rest day"),
    ("legendHoliday", "节假日", "holiday"),
    ("legendMakeup", "调休上班", "make-up workday"),
    ("estimate", "估算", "estimate"),
];

/// The name of an event, step, status or cut-off; the key itself when it has none (rules loaded
/// at run time may add steps).
pub fn label(key: &str, locale: Locale) -> &str {
    match LABELS.iter().find(|(k, _, _)| *k == key) {
        Some((_, zh, _)) if locale == Locale::ZhCn => zh,
        Some((_, _, en)) => en,
        None => key,
    }
}

/// A finding's message, with event and step names in words.
pub fn finding_message(failure: &Failure, locale: Locale) -> String {
    let mut named = failure.clone();
    for (name, value) in named.params.iter_mut() {
        if matches!(*name, "event" | "previous" | "step") {
            *value = label(value, locale).to_owned();
        }
    }
    named.message(locale)
}

static EXPLAIN: &[Text] = &[
    Text {
        key: "start",
        zh: "{after}：{date}，当日不计入，自次日起算（民法典第二百零一条）。",
        en: "{after}: {date}; that day is not counted, counting starts the next day (Civil Code art. 201).",
    },
    Text {
        key: "projected",
        zh: "“{event}”的日期未知，按其最迟应办日期 {date} 推算。",
        en: "The date of “{event}” is not known: counted from the latest day it was due, {date}.",
    },
    Text {
        key: "working",
        zh: "{range}：第{n}个工作日",
        en: "{range}: working day {n}",
    },
    Text {
        key: "workings",
        zh: "{range}：第{n}个工作日",
        en: "{range}: working days {n}",
    },
    Text {
        key: "makeup",
        zh: "{range}（{weekday}）：{what}调休上班，计为第{n}个工作日",
        en: "{range} ({weekday}): {what} make-up working day, counted as working day {n}",
    },
    Text {
        key: "rest",
        zh: "{range}：{what}，{then}",
        en: "{range}: {what}, {then}",
    },
    Text {
        key: "nominal",
        zh: "自次日起第{n}天为 {date}。",
        en: "Day {n} is {date}.",
    },
    Text {
        key: "extended",
        zh: "最后一日是休息日，依民法典第二百零三条顺延至休息日结束的次日：{date}。",
        en: "The last day is a rest day, so the period ends on the first working day after it (Civil Code art. 203): {date}.",
    },
    Text {
        key: "deadline",
        zh: "最迟应在 {date} 办理。",
        en: "Due by {date}.",
    },
    Text {
        key: "period",
        zh: "期满日：{date}。",
        en: "Ends on {date}.",
    },
    Text {
        key: "notBefore",
        zh: "最早可在 {date} 办理。",
        en: "Not before {date}.",
    },
    Text {
        key: "clamped",
        zh: "本月没有{n}日，以月末 {date} 为准。",
        en: "The month has no day {n}: its last day, {date}, counts.",
    },
    Text {
        key: "onDay",
        zh: "{date} 是工作日。",
        en: "{date} is a working day.",
    },
    Text {
        key: "earlier",
        zh: "遇休息日提前至此前最后一个工作日：{date}。",
        en: "Moved earlier to the last working day before it: {date}.",
    },
    Text {
        key: "before",
        zh: "{date}之前的{n}个工作日：",
        en: "The {n} working days before {date}:",
    },
];

fn fill(key: &str, locale: Locale, params: &[(&str, String)]) -> String {
    let template = EXPLAIN
        .iter()
        .find(|t| t.key == key)
        .map_or("", |t| t.get(locale));
    let mut out = template.to_owned();
    for (name, value) in params {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

const MONTHS: &str = "JanFebMarAprMayJunJulAugSepOctNovDec";

/// A day of the month in words: 10月1日 / Oct 1.
fn month_day(date: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}月{}日", date.month(), date.day()),
        Locale::En => {
            let i = date.month0() as usize * 3;
            format!("{} {}", MONTHS.get(i..i + 3).unwrap_or(""), date.day())
        }
    }
}

/// A stretch of days: 10月1日至7日 / Oct 1–7.
fn range(from: NaiveDate, to: NaiveDate, locale: Locale) -> String {
    let start = month_day(from, locale);
    if from == to {
        return start;
    }
    let zh = locale == Locale::ZhCn;
    let end = match (from.month() == to.month(), zh) {
        (true, true) => format!("{}日", to.day()),
        (true, false) => to.day().to_string(),
        (false, _) => month_day(to, locale),
    };
    let sep = match (zh, from.month() == to.month()) {
        (true, _) => "至",
        (false, true) => "–",
        (false, false) => " – ",
    };
    format!("{start}{sep}{end}")
}

/// One line of an explanation in words.
pub fn explain_line(line: &Line, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let d = |date: &NaiveDate| format_date(*date);
    match line {
        Line::Start { after, date } => fill(
            "start",
            locale,
            &[
                ("after", label(after, locale).to_owned()),
                ("date", d(date)),
            ],
        ),
        Line::Projected { event, date } => fill(
            "projected",
            locale,
            &[
                ("event", label(event, locale).to_owned()),
                ("date", d(date)),
            ],
        ),
        Line::Working {
            from,
            to,
            first,
            last,
        } => {
            let (key, n) = match (first == last, zh) {
                (true, _) => ("working", first.to_string()),
                (false, true) => ("workings", format!("{first}至{last}")),
                (false, false) => ("workings", format!("{first}–{last}")),
            };
            fill(
                key,
                locale,
                &[("range", range(*from, *to, locale)), ("n", n)],
            )
        }
        Line::Makeup {
            date,
            nth,
            holidays,
        } => {
            let weekend = date.weekday() == Weekday::Sat;
            let weekday = match (weekend, zh) {
                (true, true) => "周六",
                (false, true) => "周日",
                (true, false) => "Saturday",
                (false, false) => "Sunday",
            };
            fill(
                "makeup",
                locale,
                &[
                    ("range", range(*date, *date, locale)),
                    ("weekday", weekday.to_owned()),
                    ("what", holiday_names(holidays.iter(), locale)),
                    ("n", nth.to_string()),
                ],
            )
        }
        Line::Rest {
            from,
            to,
            holidays,
            forward,
        } => {
            let names = holiday_names(holidays.iter(), locale);
            let what = match (holidays.is_empty(), zh) {
                (true, true) => "周末".to_owned(),
                (true, false) => "weekend".to_owned(),
                (false, true) => format!("{names}放假"),
                (false, false) => format!("{names} holiday"),
            };
            let then = match (forward, zh) {
                (true, true) => "不计，顺延",
                (true, false) => "not counted",
                (false, true) => "不计",
                (false, false) => "not counted",
            };
            fill(
                "rest",
                locale,
                &[
                    ("range", range(*from, *to, locale)),
                    ("what", what),
                    ("then", then.to_owned()),
                ],
            )
        }
        Line::Nominal { days, date } => fill(
            "nominal",
            locale,
            &[("n", days.to_string()), ("date", d(date))],
        ),
        Line::Extended { date } => fill("extended", locale, &[("date", d(date))]),
        Line::Due { kind, date } => {
            let key = match kind {
                StepKind::Deadline => "deadline",
                StepKind::Period => "period",
                StepKind::NotBefore => "notBefore",
            };
            fill(key, locale, &[("date", d(date))])
        }
        Line::Clamped { day, date } => fill(
            "clamped",
            locale,
            &[("n", day.to_string()), ("date", d(date))],
        ),
        Line::OnDay { date } => fill("onDay", locale, &[("date", d(date))]),
        Line::Earlier { date } => fill("earlier", locale, &[("date", d(date))]),
        Line::Before { n, date } => {
            fill("before", locale, &[("n", n.to_string()), ("date", d(date))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{has_text, placeholders};
    use crate::Code;

    #[test]
    fn every_deadlines_code_has_a_message() {
        for code in [
            Code::EVENT_OUT_OF_ORDER,
            Code::ACTED_TOO_EARLY,
            Code::EVENT_IN_FUTURE,
            Code::MISSING_EVENT,
            Code::UNKNOWN_EVENT,
            Code::STEP_OVERDUE,
            Code::STEP_LATE,
            Code::PROVISIONAL_DATE,
            Code::INVALID_PROCEDURE_DATA,
        ] {
            assert!(has_text(code), "{code:?}");
        }
    }

    #[test]
    fn explain_texts_have_both_languages_with_the_same_placeholders() {
        for text in EXPLAIN {
            assert_eq!(placeholders(text.zh), placeholders(text.en), "{}", text.key);
        }
        for (key, zh, en) in LABELS {
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{key}");
        }
    }

    #[test]
    fn findings_name_steps_in_words() {
        let f = Failure::new(Code::STEP_OVERDUE, "steps.0")
            .with("step", "decision")
            .with("dueOn", "2026-03-04");
        assert!(finding_message(&f, Locale::ZhCn).contains("作出审核确认"));
        assert!(finding_message(&f, Locale::En).contains("Decision"));
        assert_eq!(f.param("step"), Some("decision"));
    }

    #[test]
    fn ranges_read_naturally() {
        let d = |s| crate::calendar::parse_date(s, "").unwrap();
        assert_eq!(
            range(d("2026-10-01"), d("2026-10-07"), Locale::ZhCn),
            "10月1日至7日"
        );
        assert_eq!(
            range(d("2026-09-30"), d("2026-10-02"), Locale::En),
            "Sep 30 – Oct 2"
        );
        let line = Line::Working {
            from: d("2026-10-08"),
            to: d("2026-10-09"),
            first: 1,
            last: 2,
        };
        assert_eq!(explain_line(&line, Locale::En), "Oct 8–9: working days 1–2");
        assert_eq!(
            explain_line(&line, Locale::ZhCn),
            "10月8日至9日：第1至2个工作日"
        );
    }
}
