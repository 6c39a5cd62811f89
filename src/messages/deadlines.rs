//! Texts of the deadlines: findings, the names of events, steps, statuses and cut-offs, and the
//! lines that explain how a date was reached.

use super::{holiday_names, message, Text};
use crate::deadlines::{Line, StepKind};
use crate::failure::Failure;
use crate::Locale;
use chrono::{Datelike, NaiveDate};

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

/// The lines of an explanation, by the kind of line. Placeholders as in messages: `{name}`.
static LINES: &[Text] = &[
    Text {
        key: "start",
        zh: "{what} {date}，当日不计，次日起算（民法典第二百零一条）",
        en: "{what} {date}: not counted, counting starts the next day (Civil Code art. 201)",
    },
    Text {
        key: "projected",
        zh: "“{what}”日期未知，按最迟应办日期 {date} 推算",
        en: "“{what}” date unknown: counted from the latest it was due, {date}",
    },
    Text {
        key: "working",
        zh: "{range}：第{n}个工作日",
        en: "{range}: working day {n}",
    },
    Text {
        key: "makeup",
        zh: "{range}：{what}调休上班，第{n}个工作日",
        en: "{range}: {what} make-up working day, working day {n}",
    },
    Text {
        key: "rest",
        zh: "{range}：{what}，{then}",
        en: "{range}: {what}, {then}",
    },
    Text {
        key: "nominal",
        zh: "第{n}天为 {date}",
        en: "day {n} is {date}",
    },
    Text {
        key: "extended",
        zh: "最后一天是休息日，顺延至 {date}（民法典第二百零三条）",
        en: "the last day is a rest day: extended to {date} (Civil Code art. 203)",
    },
    Text {
        key: "due",
        zh: "{what}：{date}",
        en: "{what}: {date}",
    },
    Text {
        key: "clamped",
        zh: "本月没有{n}日，以月末为准",
        en: "no day {n} this month: its last day counts",
    },
    Text {
        key: "before",
        zh: "{date}前的{n}个工作日",
        en: "the {n} working days before {date}",
    },
];

/// Names of events, steps, statuses and cut-offs, and the words of the timeline's picture.
#[rustfmt::skip]
static LABELS: &[Text] = &[
    Text { key: "acceptedOn", zh: "受理申请", en: "Application accepted" },
    Text { key: "verificationEntrustedOn", zh: "委托核对", en: "Check entrusted" },
    Text { key: "verificationCompletedOn", zh: "核对完成", en: "Check completed" },
    Text { key: "publicityPostedOn", zh: "张贴公示", en: "Publicity posted" },
    Text { key: "decidedOn", zh: "审核确认", en: "Decision made" },
    Text { key: "stopNoticeServedOn", zh: "送达停止救助事先告知", en: "Prior notice of stopping served" },
    Text { key: "stopDecidedOn", zh: "发放正式停止救助通知书", en: "Formal stop notice issued" },
    Text { key: "verificationEntrusted", zh: "委托经济状况核对", en: "Entrust the economic check" },
    Text { key: "verificationCompleted", zh: "完成经济状况核对", en: "Complete the economic check" },
    Text { key: "publicityEnds", zh: "公示期满", en: "Publicity ends" },
    Text { key: "decision", zh: "作出审核确认", en: "Decision" },
    Text { key: "defenceWindowEnds", zh: "陈述申辩期满", en: "Defence window ends" },
    Text { key: "formalStopEarliest", zh: "最早发放正式停止通知", en: "Earliest formal stop" },
    Text { key: "done", zh: "已完成", en: "Done" },
    Text { key: "doneLate", zh: "逾期完成", en: "Done late" },
    Text { key: "pending", zh: "未到期", en: "Pending" },
    Text { key: "dueToday", zh: "今日到期", en: "Due today" },
    Text { key: "overdue", zh: "已逾期", en: "Overdue" },
    Text { key: "systemWorkDue", zh: "系统录入与核查", en: "System work due" },
    Text { key: "reconciliationDays", zh: "与区民政局核对月报表", en: "Reconciliation with the district" },
    Text { key: "paymentDue", zh: "内控平台发放到位", en: "Payment due" },
    Text { key: "correctionPaymentDue", zh: "误差修正发放到位", en: "Correction payment due" },
    Text { key: "timeline", zh: "办理时限时间轴", en: "Case timeline" },
    Text { key: "noDates", zh: "还没有可显示的日期。", en: "No dates to show yet." },
    Text { key: "noDate", zh: "尚无日期", en: "no date yet" },
    Text { key: "today", zh: "今天", en: "today" },
    Text { key: "deadlineMark", zh: "截止", en: "due" },
    Text { key: "periodMark", zh: "期满", en: "ends" },
    Text { key: "notBeforeMark", zh: "最早", en: "from" },
    Text { key: "doneMark", zh: "办结", en: "done" },
    Text { key: "legendRest", zh: "休息日", en: "rest day" },
    Text { key: "legendHoliday", zh: "节假日", en: "holiday" },
    Text { key: "legendMakeup", zh: "调休上班", en: "make-up workday" },
    Text { key: "estimate", zh: "估算", en: "estimate" },
    Text { key: "weekend", zh: "周末", en: "weekend" },
    Text { key: "holidayRest", zh: "放假", en: " holiday" },
];

/// The name of an event, step, status or cut-off; the key itself when it has none (rules loaded
/// at run time may add steps).
pub fn label(key: &str, locale: Locale) -> &str {
    super::find(LABELS, key).map_or(key, |text| text.get(locale))
}

/// The word that marks the date of a step of this kind: 截止 / 期满 / 最早.
pub fn mark(kind: StepKind, locale: Locale) -> &'static str {
    let key = match kind {
        StepKind::Deadline => "deadlineMark",
        StepKind::Period => "periodMark",
        StepKind::NotBefore => "notBeforeMark",
    };
    label(key, locale)
}

/// A finding's message, with event and step names in words.
pub fn finding_message(failure: &Failure, locale: Locale) -> String {
    let mut named = failure.clone();
    for (name, value) in failure.params.iter() {
        if matches!(name, "event" | "previous" | "step") {
            named.params.set(name, label(value, locale).to_owned());
        }
    }
    message(&named, locale)
}

/// The line template `key` with each `{name}` replaced by its value in `params` (in one pass, so
/// that a value is never read as a template).
fn fill(key: &str, locale: Locale, params: &[(&str, &str)]) -> String {
    let template = super::find(LINES, key).map_or("", |text| text.get(locale));
    super::fill_values(template, params)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A day in words: 10月1日 / 1 Oct.
fn day(date: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}月{}日", date.month(), date.day()),
        Locale::En => {
            let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
            format!("{} {month}", date.day())
        }
    }
}

/// A stretch of days: 10月1日至10月7日 / 1 Oct – 7 Oct.
fn range(from: NaiveDate, to: NaiveDate, locale: Locale) -> String {
    if from == to {
        return day(from, locale);
    }
    let to_word = locale.pick("至", " – ");
    format!("{}{to_word}{}", day(from, locale), day(to, locale))
}

/// One line of an explanation in words.
pub fn explain_line(line: &Line, locale: Locale) -> String {
    match line {
        Line::Start { after, date } => fill(
            "start",
            locale,
            &[("what", label(after, locale)), ("date", &date.to_string())],
        ),
        Line::Projected { event, date } => fill(
            "projected",
            locale,
            &[("what", label(event, locale)), ("date", &date.to_string())],
        ),
        Line::Working {
            from,
            to,
            first,
            last,
        } => {
            let n = if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            };
            fill(
                "working",
                locale,
                &[("range", &range(*from, *to, locale)), ("n", &n)],
            )
        }
        Line::Makeup {
            date,
            nth,
            holidays,
        } => fill(
            "makeup",
            locale,
            &[
                ("range", &day(*date, locale)),
                ("what", &holiday_names(*holidays, locale)),
                ("n", &nth.to_string()),
            ],
        ),
        Line::Rest {
            from,
            to,
            holidays,
            forward,
        } => {
            let what = if holidays.is_empty() {
                label("weekend", locale).to_owned()
            } else {
                holiday_names(*holidays, locale) + label("holidayRest", locale)
            };
            let then = if *forward {
                locale.pick("不计，顺延", "not counted")
            } else {
                locale.pick("提前", "moved earlier")
            };
            fill(
                "rest",
                locale,
                &[
                    ("range", &range(*from, *to, locale)),
                    ("what", &what),
                    ("then", then),
                ],
            )
        }
        Line::Nominal { days, date } => fill(
            "nominal",
            locale,
            &[("n", &days.to_string()), ("date", &date.to_string())],
        ),
        Line::Extended { date } => fill("extended", locale, &[("date", &date.to_string())]),
        Line::Due { kind, date } => fill(
            "due",
            locale,
            &[("what", mark(*kind, locale)), ("date", &date.to_string())],
        ),
        Line::Clamped { day } => fill("clamped", locale, &[("n", &day.to_string())]),
        Line::Before { n, date } => fill(
            "before",
            locale,
            &[("n", &n.to_string()), ("date", &date.to_string())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{parse_date, Holiday};
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
    fn labels_and_lines_have_both_languages() {
        for text in LABELS.iter().chain(LINES) {
            let (key, zh, en) = (text.key, text.zh, text.en);
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{key}");
            assert_eq!(placeholders(zh), placeholders(en), "{key}");
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
    fn lines_read_naturally() {
        let d = |s| parse_date(s, "").unwrap();
        let working = Line::Working {
            from: d("2026-10-08"),
            to: d("2026-10-09"),
            first: 1,
            last: 2,
        };
        assert_eq!(
            explain_line(&working, Locale::ZhCn),
            "10月8日至10月9日：第1–2个工作日"
        );
        assert_eq!(
            explain_line(&working, Locale::En),
            "8 Oct – 9 Oct: working day 1–2"
        );
        let rest = Line::Rest {
            from: d("2026-10-01"),
            to: d("2026-10-07"),
            holidays: [Holiday::NationalDay].into_iter().collect(),
            forward: true,
        };
        assert_eq!(
            explain_line(&rest, Locale::ZhCn),
            "10月1日至10月7日：国庆节放假，不计，顺延"
        );
        assert_eq!(
            explain_line(&rest, Locale::En),
            "1 Oct – 7 Oct: National Day holiday, not counted"
        );
    }

    #[test]
    fn a_name_with_braces_stays_a_name() {
        let start = Line::Start {
            after: "{date}".into(),
            date: parse_date("2026-03-02", "").unwrap(),
        };
        assert!(explain_line(&start, Locale::En).starts_with("{date} 2026-03-02:"));
    }
}
