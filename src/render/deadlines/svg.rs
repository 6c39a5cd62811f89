//! The case timeline as an SVG picture (`timelineSvg`): a date axis, rest days shaded, each step's
//! period as a bar ending in its due date, done dates, today, and each status in words beside its
//! row (never colour alone). Presentation attributes only, no `style`, so it passes a strict CSP;
//! every text escaped; integer coordinates only.

use crate::calendar::{days_between, Calendar, DayKind, Mode};
use crate::deadlines::{Status, Step, Timeline};
use crate::markup::escape_into;
use crate::messages::deadlines::{label, mark};
use crate::Locale;
use chrono::{Datelike, NaiveDate};
use std::fmt::{self, Write};

const WIDTH: i64 = 800;
const LEFT: i64 = 190;
const PLOT: i64 = 500;
const AXIS: i64 = 48;
const TOP: i64 = 84;
const ROW: i64 = 48;
/// The longest span whose days are shaded one by one.
const MAX_SHADED: i64 = 800;

const INK: &str = "#1b1b1b";
const GREY: &str = "#505a5f";
const REST: &str = "#e3e3e3";
const HOLIDAY: &str = "#f6d9a8";
const MAKEUP: &str = "#cfe8d8";

fn colour(status: Status) -> &'static str {
    match status {
        Status::Done => "#00703c",
        Status::DoneLate | Status::Overdue => "#b10e1e",
        Status::DueToday => "#7a4d00",
        Status::Pending => "#1d4f91",
    }
}

/// The picture of `timeline`, its rest days from `cal` in `mode` (the mode it was counted in).
pub fn timeline_svg(timeline: &Timeline, cal: &Calendar, mode: Mode, locale: Locale) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = draw(&mut out, timeline, cal, mode, locale);
    out
}

/// The days the picture spans: one before the first date and one after the last.
struct Axis {
    start: NaiveDate,
    span: i64,
}

impl Axis {
    fn new(timeline: &Timeline) -> Option<Axis> {
        let dates = timeline
            .steps
            .iter()
            .flat_map(|s| [s.from, s.due, s.done])
            .chain([timeline.today])
            .flatten();
        let (first, last) = dates.fold(None, |bounds, d| match bounds {
            Some((first, last)) => Some((d.min(first), d.max(last))),
            None => Some((d, d)),
        })?;
        let start = first.pred_opt().unwrap_or(first);
        let end = last.succ_opt().unwrap_or(last);
        Some(Axis {
            start,
            span: days_between(start, end) + 1,
        })
    }

    fn index(&self, date: NaiveDate) -> i64 {
        days_between(self.start, date)
    }

    /// The left edge of day `i`.
    fn left_of(&self, i: i64) -> i64 {
        LEFT + i * PLOT / self.span
    }

    /// The middle of `date`'s day.
    fn centre(&self, date: NaiveDate) -> i64 {
        LEFT + (2 * self.index(date) + 1) * PLOT / (2 * self.span)
    }
}

fn draw(
    out: &mut String,
    timeline: &Timeline,
    cal: &Calendar,
    mode: Mode,
    locale: Locale,
) -> fmt::Result {
    let l = |key| label(key, locale);
    let rows = timeline.steps.len().max(1) as i64;
    let legend = TOP + rows * ROW;
    write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {}" width="100%" role="img" font-family="system-ui, sans-serif" fill="{INK}"><title>"#,
        legend + 30
    )?;
    escape_into(out, l("timeline"));
    out.push_str("</title><desc>");
    describe(out, timeline, locale);
    out.push_str("</desc>");
    let Some(axis) = Axis::new(timeline) else {
        text(out, (8, TOP, 14), "", l("noDates"))?;
        out.push_str("</svg>");
        return Ok(());
    };
    if axis.span <= MAX_SHADED {
        shade(out, &axis, cal, mode, legend)?;
    }
    dates(out, &axis, timeline.today, legend, locale)?;
    for (i, step) in timeline.steps.iter().enumerate() {
        row(out, &axis, step, TOP + i as i64 * ROW, locale)?;
    }
    key(out, legend + 8, locale)?;
    out.push_str("</svg>");
    Ok(())
}

/// The text alternative: one sentence per step, its name, date, done date and status.
fn describe(out: &mut String, timeline: &Timeline, locale: Locale) {
    let l = |key| label(key, locale);
    let (colon, comma, stop) = match locale {
        Locale::ZhCn => ("：", "，", "。"),
        Locale::En => (": ", ", ", ". "),
    };
    for step in &timeline.steps {
        escape_into(out, l(&step.rule.id));
        out.push_str(colon);
        escape_into(out, mark(step.rule.kind, locale));
        out.push(' ');
        match step.due {
            Some(due) => out.push_str(&due.to_string()),
            None => escape_into(out, l("noDate")),
        }
        if let Some(done) = step.done {
            out.push_str(comma);
            escape_into(out, l("doneMark"));
            out.push(' ');
            out.push_str(&done.to_string());
        }
        out.push_str(comma);
        escape_into(out, l(step.status.as_str()));
        out.push_str(stop);
    }
}

/// `<text>` at `(x, y, font size)` with `attrs` (trusted: written as they are) and `content`.
fn text(
    out: &mut String,
    (x, y, size): (i64, i64, i64),
    attrs: &str,
    content: &str,
) -> fmt::Result {
    write!(out, r#"<text x="{x}" y="{y}" font-size="{size}"{attrs}>"#)?;
    escape_into(out, content);
    out.push_str("</text>");
    Ok(())
}

/// Centred text `label month/day` (just `month/day` with no label), as the axis and the marks
/// write a date.
fn dated_text(
    out: &mut String,
    (x, y, size): (i64, i64, i64),
    label: &str,
    date: NaiveDate,
) -> fmt::Result {
    write!(
        out,
        r#"<text x="{x}" y="{y}" font-size="{size}" text-anchor="middle">"#
    )?;
    if !label.is_empty() {
        escape_into(out, label);
        out.push(' ');
    }
    write!(out, "{}/{}</text>", date.month(), date.day())
}

/// Rest days and make-up working days, one rectangle a day; days beyond the calendar unshaded.
fn shade(out: &mut String, axis: &Axis, cal: &Calendar, mode: Mode, legend: i64) -> fmt::Result {
    for (i, day) in (0..axis.span).zip(axis.start.iter_days()) {
        let fill = match cal.day_info(day, mode) {
            Ok(info) if info.kind == DayKind::MakeupWorkday => MAKEUP,
            Ok(info) if info.working => continue,
            Ok(info) if info.holidays.is_empty() => REST,
            Ok(_) => HOLIDAY,
            Err(_) => continue,
        };
        let x = axis.left_of(i);
        let width = (axis.left_of(i + 1) - x).max(1);
        let height = legend - AXIS - 14;
        write!(
            out,
            r#"<rect x="{x}" y="{AXIS}" width="{width}" height="{height}" fill="{fill}"/>"#
        )?;
    }
    Ok(())
}

/// The axis with about ten dates on it, and today's line.
fn dates(
    out: &mut String,
    axis: &Axis,
    today: Option<NaiveDate>,
    legend: i64,
    locale: Locale,
) -> fmt::Result {
    write!(
        out,
        r#"<line x1="{LEFT}" y1="{AXIS}" x2="{}" y2="{AXIS}" stroke="{GREY}"/>"#,
        LEFT + PLOT
    )?;
    let every = usize::try_from((axis.span + 9) / 10).unwrap_or(1).max(1);
    for day in axis
        .start
        .iter_days()
        .take(usize::try_from(axis.span).unwrap_or(0))
        .step_by(every)
    {
        let x = axis.centre(day);
        write!(
            out,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{AXIS}" stroke="{GREY}"/>"#,
            AXIS - 5
        )?;
        dated_text(out, (x, AXIS - 9, 11), "", day)?;
    }
    if let Some(today) = today {
        let x = axis.centre(today);
        write!(
            out,
            r#"<line x1="{x}" y1="22" x2="{x}" y2="{}" stroke="{INK}" stroke-dasharray="4 3"/>"#,
            legend - 14
        )?;
        dated_text(out, (x, 16, 12), label("today", locale), today)?;
    }
    Ok(())
}

/// One step: its name, its status in words, the bar from its start to its date, and when done.
fn row(out: &mut String, axis: &Axis, step: &Step, y: i64, locale: Locale) -> fmt::Result {
    let l = |key| label(key, locale);
    let c = colour(step.status);
    text(out, (8, y + 5, 14), "", l(&step.rule.id))?;
    write!(
        out,
        r#"<text x="{}" y="{}" font-size="13" fill="{c}""#,
        LEFT + PLOT + 10,
        y + 5
    )?;
    if matches!(step.status, Status::Overdue | Status::DoneLate) {
        out.push_str(r#" font-weight="bold""#);
    }
    out.push('>');
    escape_into(out, l(step.status.as_str()));
    if step.provisional {
        out.push('（');
        escape_into(out, l("estimate"));
        out.push('）');
    }
    out.push_str("</text>");
    let Some(due) = step.due else {
        let attrs = format!(r#" fill="{GREY}""#);
        return text(out, (LEFT + 4, y + 5, 12), &attrs, l("noDate"));
    };
    let x = axis.centre(due);
    if let Some(from) = step.from {
        let x0 = axis.centre(from);
        write!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="6" fill="{c}" fill-opacity="0.35"/><circle cx="{x0}" cy="{y}" r="4" fill="#fff" stroke="{c}" stroke-width="2"/>"##,
            x0.min(x),
            y - 3,
            (x - x0).abs()
        )?;
    }
    write!(out, r#"<path d="M{x} {}l7 7-7 7-7-7z" fill="{c}"/>"#, y - 7)?;
    dated_text(out, (x, y + 21, 11), mark(step.rule.kind, locale), due)?;
    if let Some(done) = step.done {
        let xd = axis.centre(done);
        write!(
            out,
            r##"<circle cx="{xd}" cy="{y}" r="5" fill="{c}" stroke="#fff" stroke-width="1.5"/>"##
        )?;
        dated_text(out, (xd, y - 10, 11), l("doneMark"), done)?;
    }
    Ok(())
}

/// The key: the three shadings, the date mark and the done mark.
fn key(out: &mut String, y: i64, locale: Locale) -> fmt::Result {
    let l = |key| label(key, locale);
    let mut x = 8;
    for (fill, key) in [
        (REST, "legendRest"),
        (HOLIDAY, "legendHoliday"),
        (MAKEUP, "legendMakeup"),
    ] {
        write!(
            out,
            r#"<rect x="{x}" y="{}" width="14" height="14" fill="{fill}"/>"#,
            y - 11
        )?;
        text(out, (x + 20, y, 12), "", l(key))?;
        x += 130;
    }
    write!(
        out,
        r##"<path d="M{} {}l6 6-6 6-6-6z" fill="#1d4f91"/>"##,
        x + 6,
        y - 11
    )?;
    text(out, (x + 18, y, 12), "", l("deadlineMark"))?;
    x += 110;
    write!(
        out,
        r##"<circle cx="{}" cy="{}" r="5" fill="#00703c"/>"##,
        x + 6,
        y - 4
    )?;
    text(out, (x + 18, y, 12), "", l("doneMark"))
}
