//! The case timeline as an SVG picture: a date axis, rest days shaded, each step's period as a bar
//! ending in its due date, done dates, today, and each status in words beside its row (never colour
//! alone). Presentation attributes only, no `style`, so it passes a strict CSP; every text escaped;
//! integer coordinates only (no float formatting).

use super::push_number;
use super::timeline::{Status, Timeline};
use crate::calendar::{days_between, shift, Calendar, DayKind, Mode};
use crate::markup::escape_into;
use crate::messages::{deadlines::label, Locale};
use crate::prelude::*;
use chrono::{Datelike, NaiveDate};

const WIDTH: i64 = 800;
const LEFT: i64 = 190;
const PLOT: i64 = 500;
const AXIS: i64 = 48;
const TOP: i64 = 84;
const ROW: i64 = 48;
/// The longest span whose days are shaded one by one.
const MAX_SHADED: i64 = 800;

#[cfg(test)]
use crate::markup::escape as esc;

fn colour(status: Status) -> &'static str {
    match status {
        Status::Done => "#00703c",
        Status::DoneLate | Status::Overdue => "#b10e1e",
        Status::DueToday => "#7a4d00",
        Status::Pending => "#1d4f91",
    }
}

/// Appends `template` with each `{}` replaced by the next of `numbers` and each `{s}` by `text`
/// (trusted, unescaped: a colour or attributes): one small function for every element of the
/// picture, where `write!` compiled a formatting call for each. Numbers and the one text apart,
/// not a list of tagged values: a call stores each number and nothing else.
fn put(out: &mut String, template: &str, numbers: &[i64], text: &str) {
    let mut rest = template;
    let mut numbers = numbers.iter();
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        if let Some(after) = after.strip_prefix("s}") {
            out.push_str(text);
            rest = after;
            continue;
        }
        rest = after.strip_prefix('}').unwrap_or(after);
        if let Some(n) = numbers.next() {
            push_number(out, *n);
        }
    }
    out.push_str(rest);
}

/// Centred text `label month/day` (just `month/day` with no label), as the axis and the marks
/// write a date; straight into the picture, with no string for the text on the way.
fn dated_text(out: &mut String, x: i64, y: i64, size: i64, label: &str, date: NaiveDate) {
    put(
        out,
        r#"<text x="{}" y="{}" font-size="{}" text-anchor="middle">"#,
        &[x, y, size],
        "",
    );
    if !label.is_empty() {
        escape_into(out, label);
        out.push(' ');
    }
    push_number(out, i64::from(date.month()));
    out.push('/');
    push_number(out, i64::from(date.day()));
    out.push_str("</text>");
}

fn text(out: &mut String, x: i64, y: i64, size: i64, attrs: &str, content: &str) {
    put(
        out,
        r#"<text x="{}" y="{}" font-size="{}"{s}>"#,
        &[x, y, size],
        attrs,
    );
    escape_into(out, content);
    out.push_str("</text>");
}

/// Widens the first and last date shown to take in `date`.
fn widen(bounds: &mut Option<(NaiveDate, NaiveDate)>, date: Option<NaiveDate>) {
    if let Some(d) = date {
        *bounds = Some(match *bounds {
            Some((first, last)) => (first.min(d), last.max(d)),
            None => (d, d),
        });
    }
}

/// The picture of `timeline`, its rest days from `cal`.
pub fn timeline_svg(timeline: &Timeline, cal: &Calendar, mode: Mode, locale: Locale) -> String {
    let l = |key| label(key, locale);
    let mut bounds = None;
    for s in &timeline.steps {
        widen(&mut bounds, s.from);
        widen(&mut bounds, s.due);
        widen(&mut bounds, s.done);
    }
    widen(&mut bounds, timeline.today);
    let rows = timeline.steps.len().max(1) as i64;
    let legend = TOP + rows * ROW;
    let height = legend + 30;
    let mut out = String::new();
    put(
        &mut out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" font-family="system-ui, sans-serif" fill="#1b1b1b"><title>"##,
        &[WIDTH, height],
        "",
    );
    escape_into(&mut out, l("timeline"));
    out.push_str("</title><desc>");
    let (colon, comma, stop) = match locale {
        Locale::ZhCn => ("：", "，", "。"),
        Locale::En => (": ", ", ", ". "),
    };
    // One sentence per step: name: mark date, done date, status. The punctuation and spaces need
    // no escaping, nor do dates: written as they are.
    for step in &timeline.steps {
        escape_into(&mut out, l(&step.rule.id));
        out.push_str(colon);
        escape_into(&mut out, l(step.rule.kind.mark()));
        out.push(' ');
        match step.due {
            Some(due) => push!(out, due),
            None => escape_into(&mut out, l("noDate")),
        }
        if let Some(done) = step.done {
            out.push_str(comma);
            escape_into(&mut out, l("doneMark"));
            push!(out, ' ', done);
        }
        out.push_str(comma);
        escape_into(&mut out, l(step.status.as_str()));
        out.push_str(stop);
    }
    out.push_str("</desc>");
    let Some((first, last)) = bounds else {
        text(&mut out, 8, TOP, 14, "", l("noDates"));
        out.push_str("</svg>");
        return out;
    };
    let start = first.pred_opt().unwrap_or(first);
    let end = last.succ_opt().unwrap_or(last);
    let span = days_between(start, end) + 1;
    let index = |d: NaiveDate| days_between(start, d);
    let left_of = |i: i64| LEFT + i * PLOT / span;
    let centre = |d: NaiveDate| LEFT + (2 * index(d) + 1) * PLOT / (2 * span);
    // Rest days and make-up working days.
    if span <= MAX_SHADED {
        // A plain loop over the days: an iterator chain would compile its adapters for one use.
        let mut day = start;
        for i in 0..span {
            // Empty for a day left unshaded (working days, days beyond the calendar).
            let fill = match cal.day_info(day, mode) {
                Ok(info) if info.kind == DayKind::MakeupWorkday => "#cfe8d8",
                Ok(info) if info.working => "",
                Ok(info) if info.holidays.is_empty() => "#e3e3e3",
                Ok(_) => "#f6d9a8",
                Err(_) => "",
            };
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if fill.is_empty() {
                continue;
            }
            let x = left_of(i);
            put(
                &mut out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{s}"/>"#,
                &[x, AXIS, (left_of(i + 1) - x).max(1), legend - AXIS - 14],
                fill,
            );
        }
    }
    // The axis and its dates.
    put(
        &mut out,
        r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#505a5f"/>"##,
        &[LEFT, AXIS, LEFT + PLOT, AXIS],
        "",
    );
    let every = (span + 9) / 10;
    let mut i = 0;
    while i < span {
        let Some(day) = shift(start, i) else {
            break;
        };
        i += every;
        let x = centre(day);
        put(
            &mut out,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#505a5f"/>"##,
            &[x, AXIS - 5, x, AXIS],
            "",
        );
        dated_text(&mut out, x, AXIS - 9, 11, "", day);
    }
    if let Some(today) = timeline.today {
        let x = centre(today);
        put(
            &mut out,
            r##"<line x1="{}" y1="22" x2="{}" y2="{}" stroke="#1b1b1b" stroke-dasharray="4 3"/>"##,
            &[x, x, legend - 14],
            "",
        );
        dated_text(&mut out, x, 16, 12, l("today"), today);
    }
    // One row per step.
    for (i, step) in timeline.steps.iter().enumerate() {
        let y = TOP + i as i64 * ROW;
        let c = colour(step.status);
        text(&mut out, 8, y + 5, 14, "", l(&step.rule.id));
        // The status in words, straight into the picture: no string for it or its attributes.
        put(
            &mut out,
            r#"<text x="{}" y="{}" font-size="13" fill="{s}""#,
            &[LEFT + PLOT + 10, y + 5],
            c,
        );
        if matches!(step.status, Status::Overdue | Status::DoneLate) {
            out.push_str(r#" font-weight="bold""#);
        }
        out.push('>');
        escape_into(&mut out, l(step.status.as_str()));
        if step.provisional {
            out.push('（');
            escape_into(&mut out, l("estimate"));
            out.push('）');
        }
        out.push_str("</text>");
        let Some(due) = step.due else {
            text(
                &mut out,
                LEFT + 4,
                y + 5,
                12,
                r##" fill="#505a5f""##,
                l("noDate"),
            );
            continue;
        };
        let x = centre(due);
        if let Some(from) = step.from {
            let x0 = centre(from);
            put(
                &mut out,
                r##"<rect x="{}" y="{}" width="{}" height="6" fill="{s}" fill-opacity="0.35"/><circle cx="{}" cy="{}" r="4" fill="#fff" stroke="{s}" stroke-width="2"/>"##,
                &[x0.min(x), y - 3, (x - x0).abs(), x0, y],
                c,
            );
        }
        put(
            &mut out,
            r#"<path d="M{} {}l7 7-7 7-7-7z" fill="{s}"/>"#,
            &[x, y - 7],
            c,
        );
        dated_text(&mut out, x, y + 21, 11, l(step.rule.kind.mark()), due);
        if let Some(done) = step.done {
            let xd = centre(done);
            put(
                &mut out,
                r##"<circle cx="{}" cy="{}" r="5" fill="{s}" stroke="#fff" stroke-width="1.5"/>"##,
                &[xd, y],
                c,
            );
            dated_text(&mut out, xd, y - 10, 11, l("doneMark"), done);
        }
    }
    // The legend.
    let y = legend + 8;
    let mut x = 8;
    // The three shadings by index: a table of (colour, key) tuples iterated by value cost more.
    for i in 0..3 {
        let (fill, key) = match i {
            0 => ("#e3e3e3", "legendRest"),
            1 => ("#f6d9a8", "legendHoliday"),
            _ => ("#cfe8d8", "legendMakeup"),
        };
        put(
            &mut out,
            r#"<rect x="{}" y="{}" width="14" height="14" fill="{s}"/>"#,
            &[x, y - 11],
            fill,
        );
        text(&mut out, x + 20, y, 12, "", l(key));
        x += 130;
    }
    put(
        &mut out,
        r##"<path d="M{} {}l6 6-6 6-6-6z" fill="#1d4f91"/>"##,
        &[x + 6, y - 11],
        "",
    );
    text(&mut out, x + 18, y, 12, "", l("deadlineMark"));
    x += 110;
    put(
        &mut out,
        r##"<circle cx="{}" cy="{}" r="5" fill="#00703c"/>"##,
        &[x + 6, y - 4],
        "",
    );
    text(&mut out, x + 18, y, 12, "", l("doneMark"));
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
