//! The case timeline as an SVG picture: a date axis, rest days shaded, each step's period as a bar
//! ending in its due date, done dates, today, and each status in words beside its row (never colour
//! alone). Presentation attributes only, no `style`, so it passes a strict CSP; every text escaped;
//! integer coordinates only (no float formatting).

use super::rules::StepKind;
use super::timeline::{Status, Timeline};
use crate::calendar::{format_date, Calendar, DayKind, Mode};
use crate::messages::{deadlines::label, Locale};
use crate::prelude::*;
use chrono::{Datelike, Days, NaiveDate};

const WIDTH: i64 = 800;
const LEFT: i64 = 190;
const PLOT: i64 = 500;
const AXIS: i64 = 48;
const TOP: i64 = 84;
const ROW: i64 = 48;
/// The longest span whose days are shaded one by one.
const MAX_SHADED: i64 = 800;

use crate::markup::escape as esc;

fn colour(status: Status) -> &'static str {
    match status {
        Status::Done => "#00703c",
        Status::DoneLate | Status::Overdue => "#b10e1e",
        Status::DueToday => "#7a4d00",
        Status::Pending => "#1d4f91",
    }
}

fn mark(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Deadline => "deadlineMark",
        StepKind::Period => "periodMark",
        StepKind::NotBefore => "notBeforeMark",
    }
}

fn short(date: NaiveDate) -> String {
    cat!(date.month(), '/', date.day())
}

fn text(out: &mut String, x: i64, y: i64, size: u32, attrs: &str, content: &str) {
    push!(
        out,
        r#"<text x=""#,
        x,
        r#"" y=""#,
        y,
        r#"" font-size=""#,
        size,
        '"',
        attrs,
        '>',
        esc(content),
        "</text>"
    );
}

/// The picture of `timeline`, its rest days from `cal`.
pub fn timeline_svg(timeline: &Timeline, cal: &Calendar, mode: Mode, locale: Locale) -> String {
    let l = |key| label(key, locale);
    let mut dates: Vec<NaiveDate> = Vec::new();
    for s in &timeline.steps {
        dates.extend(s.from);
        dates.extend(s.due);
        dates.extend(s.done);
    }
    dates.extend(timeline.today);
    let rows = timeline.steps.len().max(1) as i64;
    let legend = TOP + rows * ROW;
    let height = legend + 30;
    let mut out = String::new();
    push!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#,
        WIDTH,
        ' ',
        height,
        r##"" width="100%" role="img" font-family="system-ui, sans-serif" fill="#1b1b1b"><title>"##,
        esc(l("timeline")),
        "</title><desc>"
    );
    for step in &timeline.steps {
        let mark = mark(step.rule.kind);
        let due = step.due.map_or_else(|| l("noDate").to_owned(), format_date);
        let (colon, comma, stop) = match locale {
            Locale::ZhCn => ("：", "，", "。"),
            Locale::En => (": ", ", ", ". "),
        };
        let done = step.done.map_or_else(String::new, |d| {
            cat!(comma, l("doneMark"), ' ', format_date(d))
        });
        let sentence = cat!(
            l(&step.rule.id),
            colon,
            l(mark),
            ' ',
            due,
            done,
            comma,
            l(step.status.as_str()),
            stop
        );
        out.push_str(&esc(&sentence));
    }
    out.push_str("</desc>");
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        text(&mut out, 8, TOP, 14, "", l("noDates"));
        out.push_str("</svg>");
        return out;
    };
    let start = first.pred_opt().unwrap_or(*first);
    let end = last.succ_opt().unwrap_or(*last);
    let span = (end - start).num_days() + 1;
    let index = |d: NaiveDate| (d - start).num_days();
    let left_of = |i: i64| LEFT + i * PLOT / span;
    let centre = |d: NaiveDate| LEFT + (2 * index(d) + 1) * PLOT / (2 * span);
    // Rest days and make-up working days.
    if span <= MAX_SHADED {
        for (i, day) in start.iter_days().take(span as usize).enumerate() {
            let i = i as i64;
            let fill = match cal.day_info(day, mode) {
                Ok(info) if info.kind == DayKind::MakeupWorkday => "#cfe8d8",
                Ok(info) if info.working => continue,
                Ok(info) if info.holidays.is_empty() => "#e3e3e3",
                Ok(_) => "#f6d9a8",
                Err(_) => continue,
            };
            let x = left_of(i);
            push!(
                out,
                r#"<rect x=""#,
                x,
                r#"" y=""#,
                AXIS,
                r#"" width=""#,
                (left_of(i + 1) - x).max(1),
                r#"" height=""#,
                legend - AXIS - 14,
                r#"" fill=""#,
                fill,
                r#""/>"#
            );
        }
    }
    // The axis and its dates.
    push!(
        out,
        r#"<line x1=""#,
        LEFT,
        r#"" y1=""#,
        AXIS,
        r#"" x2=""#,
        LEFT + PLOT,
        r#"" y2=""#,
        AXIS,
        r##"" stroke="#505a5f"/>"##
    );
    let every = (span + 9) / 10;
    let mut i = 0;
    while i < span {
        let Some(day) = start.checked_add_days(Days::new(i as u64)) else {
            break;
        };
        i += every;
        let x = centre(day);
        push!(
            out,
            r#"<line x1=""#,
            x,
            r#"" y1=""#,
            AXIS - 5,
            r#"" x2=""#,
            x,
            r#"" y2=""#,
            AXIS,
            r##"" stroke="#505a5f"/>"##
        );
        text(
            &mut out,
            x,
            AXIS - 9,
            11,
            r#" text-anchor="middle""#,
            &short(day),
        );
    }
    if let Some(today) = timeline.today {
        let x = centre(today);
        push!(
            out,
            r#"<line x1=""#,
            x,
            r#"" y1="22" x2=""#,
            x,
            r#"" y2=""#,
            legend - 14,
            r##"" stroke="#1b1b1b" stroke-dasharray="4 3"/>"##
        );
        let label = cat!(l("today"), ' ', short(today));
        text(&mut out, x, 16, 12, r#" text-anchor="middle""#, &label);
    }
    // One row per step.
    for (i, step) in timeline.steps.iter().enumerate() {
        let y = TOP + i as i64 * ROW;
        let c = colour(step.status);
        text(&mut out, 8, y + 5, 14, "", l(&step.rule.id));
        let mut status = l(step.status.as_str()).to_owned();
        if step.provisional {
            status = cat!(status, "（", l("estimate"), "）");
        }
        let weight = match step.status {
            Status::Overdue | Status::DoneLate => r#" font-weight="bold""#,
            _ => "",
        };
        let attrs = cat!(r#" fill=""#, c, '"', weight);
        text(&mut out, LEFT + PLOT + 10, y + 5, 13, &attrs, &status);
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
            push!(
                out,
                r#"<rect x=""#,
                x0.min(x),
                r#"" y=""#,
                y - 3,
                r#"" width=""#,
                (x - x0).abs(),
                r#"" height="6" fill=""#,
                c,
                r#"" fill-opacity="0.35"/><circle cx=""#,
                x0,
                r#"" cy=""#,
                y,
                r##"" r="4" fill="#fff" stroke=""##,
                c,
                r#"" stroke-width="2"/>"#
            );
        }
        push!(
            out,
            r#"<path d="M"#,
            x,
            ' ',
            y - 7,
            r#"l7 7-7 7-7-7z" fill=""#,
            c,
            r#""/>"#
        );
        let mark = mark(step.rule.kind);
        let due_text = cat!(l(mark), ' ', short(due));
        text(
            &mut out,
            x,
            y + 21,
            11,
            r#" text-anchor="middle""#,
            &due_text,
        );
        if let Some(done) = step.done {
            let xd = centre(done);
            push!(
                out,
                r#"<circle cx=""#,
                xd,
                r#"" cy=""#,
                y,
                r#"" r="5" fill=""#,
                c,
                r##"" stroke="#fff" stroke-width="1.5"/>"##
            );
            let done_text = cat!(l("doneMark"), ' ', short(done));
            text(
                &mut out,
                xd,
                y - 10,
                11,
                r#" text-anchor="middle""#,
                &done_text,
            );
        }
    }
    // The legend.
    let y = legend + 8;
    let mut x = 8;
    for (fill, key) in [
        ("#e3e3e3", "legendRest"),
        ("#f6d9a8", "legendHoliday"),
        ("#cfe8d8", "legendMakeup"),
    ] {
        push!(
            out,
            r#"<rect x=""#,
            x,
            r#"" y=""#,
            y - 11,
            r#"" width="14" height="14" fill=""#,
            fill,
            r#""/>"#
        );
        text(&mut out, x + 20, y, 12, "", l(key));
        x += 130;
    }
    push!(
        out,
        r#"<path d="M"#,
        x + 6,
        ' ',
        y - 11,
        r##"l6 6-6 6-6-6z" fill="#1d4f91"/>"##
    );
    text(&mut out, x + 18, y, 12, "", l("deadlineMark"));
    x += 110;
    push!(
        out,
        r#"<circle cx=""#,
        x + 6,
        r#"" cy=""#,
        y - 4,
        r##"" r="5" fill="#00703c"/>"##
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
