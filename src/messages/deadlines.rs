//! Texts of the deadlines: findings, the names of events, steps, statuses and cut-offs, and the
//! lines that explain how a date was reached.

use super::{holiday_names, Locale, Texts};
use crate::deadlines::{decimal, push_number, Line};
use crate::failure::{Code, Failure};
use crate::prelude::*;
use chrono::{Datelike, NaiveDate};

pub(super) static TEXTS: Texts = texts![
    {
        key: "eventOutOfOrder",
        zh: "“{event}”（{date}）早于“{previous}”（{previousDate}），先后顺序不对：请核对这两个日期。",
        en: "“{event}” ({date}) is before “{previous}” ({previousDate}): the order is wrong, check both dates.",
    },
    {
        key: "actedTooEarly",
        zh: "“{event}”为 {date}，但“{step}”尚未届满：最早应在 {earliest} 办理。请核对日期。",
        en: "“{event}” is {date}, but “{step}” had not run out: it can be done on {earliest} at the earliest. Check the date.",
    },
    {
        key: "eventInFuture",
        zh: "“{event}”（{date}）晚于今天（{today}）：只填写已经发生的日期。",
        en: "“{event}” ({date}) is after today ({today}): enter only dates that have happened.",
    },
    {
        key: "missingEvent",
        zh: "缺少“{event}”的日期，无法核对“{step}”是否按时：请补填。",
        en: "The date of “{event}” is missing, so whether “{step}” was on time cannot be checked: add it.",
    },
    {
        key: "unknownEvent",
        zh: "不认识的事件“{path}”，已忽略：请检查拼写（如 events.acceptedOn）。",
        en: "Unknown event “{path}”, ignored: check the spelling (such as events.acceptedOn).",
    },
    {
        key: "stepOverdue",
        zh: "“{step}”已逾期：应在 {dueOn} 前办理，至今没有办理记录。",
        en: "“{step}” is overdue: it was due by {dueOn} and has not been done.",
    },
    {
        key: "stepLate",
        zh: "“{step}”逾期办理：应在 {dueOn} 前办理，实际为 {doneOn}。",
        en: "“{step}” was done late: due by {dueOn}, done on {doneOn}.",
    },
    {
        key: "provisionalDate",
        zh: "“{step}”的日期在{year}年，该年节假日安排尚未公布，按法定节日估算，仅供参考。",
        en: "“{step}” falls in {year}, whose holiday arrangement is not yet published: the date is an estimate from the statutory holidays.",
    },
    {
        key: "invalidProcedureData",
        zh: "时限规则数据“{path}”格式不正确：应为{expected}。",
        en: "Procedure rules at “{path}” have the wrong shape: expected {expected}.",
    },
    {
        key: "invalidArgument.month",
        zh: "月份应为 1 至 12 的整数。",
        en: "The month must be an integer from 1 to 12.",
    },
    {
        key: "invalidArgument.unit",
        zh: "公示期的单位应为 \"calendarDays\"（自然日）或 \"workingDays\"（工作日）。",
        en: "The publicity period's unit must be \"calendarDays\" or \"workingDays\".",
    },
    {
        key: "dl.start",
        zh: "{what} {date}，当日不计，次日起算（民法典第二百零一条）",
        en: "{what} {date}: not counted, counting starts the next day (Civil Code art. 201)",
    },
    {
        key: "dl.projected",
        zh: "“{what}”日期未知，按最迟应办日期 {date} 推算",
        en: "“{what}” date unknown: counted from the latest it was due, {date}",
    },
    {
        key: "dl.working",
        zh: "{range}：第{n}个工作日",
        en: "{range}: working day {n}",
    },
    {
        key: "dl.makeup",
        zh: "{range}：{what}调休上班，第{n}个工作日",
        en: "{range}: {what} make-up working day, working day {n}",
    },
    {
        key: "dl.rest",
        zh: "{range}：{what}，{then}",
        en: "{range}: {what}, {then}",
    },
    {
        key: "dl.nominal",
        zh: "第{n}天为 {date}",
        en: "day {n} is {date}",
    },
    {
        key: "dl.extended",
        zh: "最后一天是休息日，顺延至 {date}（民法典第二百零三条）",
        en: "the last day is a rest day: extended to {date} (Civil Code art. 203)",
    },
    {
        key: "dl.due",
        zh: "{what}：{date}",
        en: "{what}: {date}",
    },
    {
        key: "dl.clamped",
        zh: "本月没有{n}日，以月末为准",
        en: "no day {n} this month: its last day counts",
    },
    {
        key: "dl.before",
        zh: "{date}前的{n}个工作日",
        en: "the {n} working days before {date}",
    },
];

/// Names of events, steps, statuses and cut-offs, packed like the failure texts (one pointer each).
static LABELS: Texts = texts![
    { key: "acceptedOn", zh: "受理申请", en: "Application accepted" },
    { key: "verificationEntrustedOn", zh: "委托核对", en: "Check entrusted" },
    { key: "verificationCompletedOn", zh: "核对完成", en: "Check completed" },
    { key: "publicityPostedOn", zh: "张贴公示", en: "Publicity posted" },
    { key: "decidedOn", zh: "审核确认", en: "Decision made" },
    { key: "stopNoticeServedOn", zh: "送达停止救助事先告知", en: "Prior notice of stopping served" },
    { key: "stopDecidedOn", zh: "发放正式停止救助通知书", en: "Formal stop notice issued" },
    { key: "verificationEntrusted", zh: "委托经济状况核对", en: "Entrust the economic check" },
    { key: "verificationCompleted", zh: "完成经济状况核对", en: "Complete the economic check" },
    { key: "publicityEnds", zh: "公示期满", en: "Publicity ends" },
    { key: "decision", zh: "作出审核确认", en: "Decision" },
    { key: "defenceWindowEnds", zh: "陈述申辩期满", en: "Defence window ends" },
    { key: "formalStopEarliest", zh: "最早发放正式停止通知", en: "Earliest formal stop" },
    { key: "done", zh: "已完成", en: "Done" },
    { key: "doneLate", zh: "逾期完成", en: "Done late" },
    { key: "pending", zh: "未到期", en: "Pending" },
    { key: "dueToday", zh: "今日到期", en: "Due today" },
    { key: "overdue", zh: "已逾期", en: "Overdue" },
    { key: "systemWorkDue", zh: "系统录入与核查", en: "System work due" },
    { key: "reconciliationDays", zh: "与区民政局核对月报表", en: "Reconciliation with the district" },
    { key: "paymentDue", zh: "内控平台发放到位", en: "Payment due" },
    { key: "correctionPaymentDue", zh: "误差修正发放到位", en: "Correction payment due" },
    { key: "timeline", zh: "办理时限时间轴", en: "Case timeline" },
    { key: "noDates", zh: "还没有可显示的日期。", en: "No dates to show yet." },
    { key: "noDate", zh: "尚无日期", en: "no date yet" },
    { key: "today", zh: "今天", en: "today" },
    { key: "deadlineMark", zh: "截止", en: "due" },
    { key: "periodMark", zh: "期满", en: "ends" },
    { key: "notBeforeMark", zh: "最早", en: "from" },
    { key: "doneMark", zh: "办结", en: "done" },
    { key: "legendRest", zh: "休息日", en: "rest day" },
    { key: "legendHoliday", zh: "节假日", en: "holiday" },
    { key: "legendMakeup", zh: "调休上班", en: "make-up workday" },
    { key: "estimate", zh: "估算", en: "estimate" },
    { key: "weekend", zh: "周末", en: "weekend" },
    { key: "holidayRest", zh: "放假", en: " holiday" },
];

/// The name of an event, step, status or cut-off; the key itself when it has none (rules loaded
/// at run time may add steps).
pub fn label(key: &str, locale: Locale) -> &str {
    for text in LABELS.iter() {
        if text.key() == key {
            return text.get(locale);
        }
    }
    key
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

/// An explanation line to be rendered by the failure-message filler: its template `key`, then
/// its parameters added with `with` (out of line, one call each) rather than a `vec!` of them.
fn line(key: &'static str) -> Failure {
    Failure::new(Code::new(key), "")
}

/// A day in words: 10月1日 / 1 Oct (without `format!`).
fn day(date: NaiveDate, locale: Locale) -> String {
    let mut out = String::new();
    push_day(&mut out, date, locale);
    out
}

/// Appends a day in words (so a range is written into one string).
fn push_day(out: &mut String, date: NaiveDate, locale: Locale) {
    let (m, d) = (i64::from(date.month()), i64::from(date.day()));
    match locale {
        Locale::ZhCn => {
            push_number(out, m);
            out.push('月');
            push_number(out, d);
            out.push('日');
        }
        Locale::En => {
            let i = date.month0() as usize * 3;
            push_number(out, d);
            out.push(' ');
            out.push_str(
                "JanFebMarAprMayJunJulAugSepOctNovDec"
                    .get(i..i + 3)
                    .unwrap_or(""),
            );
        }
    }
}

/// A stretch of days: 10月1日至10月7日 / 1 Oct – 7 Oct.
fn range(from: NaiveDate, to: NaiveDate, locale: Locale) -> String {
    let mut out = day(from, locale);
    if from != to {
        out.push_str(if locale == Locale::ZhCn {
            "至"
        } else {
            " – "
        });
        push_day(&mut out, to, locale);
    }
    out
}

/// One line of an explanation in words.
pub fn explain_line(l: &Line, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let line = match l {
        Line::Start { after, date } => line("dl.start")
            .with("what", label(after, locale))
            .with("date", *date),
        Line::Projected { event, date } => line("dl.projected")
            .with("what", label(event, locale))
            .with("date", *date),
        Line::Working {
            from,
            to,
            first,
            last,
        } => {
            let mut n = decimal((*first).into());
            if first != last {
                n.push('–');
                push_number(&mut n, (*last).into());
            }
            line("dl.working")
                .with("range", range(*from, *to, locale))
                .with("n", n)
        }
        Line::Makeup {
            date,
            nth,
            holidays,
        } => line("dl.makeup")
            .with("range", day(*date, locale))
            .with("what", holiday_names(*holidays, locale))
            .with("n", *nth),
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
            let then = match (forward, zh) {
                (true, true) => "不计，顺延",
                (false, true) => "提前",
                (true, false) => "not counted",
                (false, false) => "moved earlier",
            };
            line("dl.rest")
                .with("range", range(*from, *to, locale))
                .with("what", what)
                .with("then", then)
        }
        Line::Nominal { days, date } => line("dl.nominal").with("n", *days).with("date", *date),
        Line::Extended { date } => line("dl.extended").with("date", *date),
        Line::Due { kind, date } => line("dl.due")
            .with("what", label(kind.mark(), locale))
            .with("date", *date),
        Line::Clamped { day } => line("dl.clamped").with("n", *day),
        Line::Before { n, date } => line("dl.before").with("n", *n).with("date", *date),
    };
    line.message(locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::has_text;
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
    fn labels_have_both_languages() {
        for text in LABELS.iter() {
            let (key, zh, en) = (text.key(), text.zh(), text.en());
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
    fn lines_read_naturally() {
        let d = |s| crate::calendar::parse_date(s, "").unwrap();
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
            holidays: [crate::calendar::Holiday::NationalDay]
                .into_iter()
                .collect(),
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
}
