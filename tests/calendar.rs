//! Behaviour of the working-day calendar through the public Rust API: the published figures, the
//! worked vectors of docs/domain.md §2, and invariants over every day of the calendar.

use chrono::{Datelike, NaiveDate, Weekday};
use jiuzhu::calendar::{parse_date, Calendar, DayKind, Mode};
use jiuzhu::Code;

fn d(s: &str) -> NaiveDate {
    parse_date(s, "").unwrap()
}

fn all_days(cal: &Calendar) -> impl Iterator<Item = NaiveDate> {
    let coverage = cal.coverage().unwrap();
    coverage
        .from
        .iter_days()
        .take_while(move |day| *day <= coverage.to)
}

#[test]
fn working_days_per_year_match_the_notices() {
    let cal = Calendar::embedded();
    let expected = [
        (2020, 249),
        (2021, 250),
        (2022, 249),
        (2023, 249),
        (2024, 251),
        (2025, 248),
        (2026, 248),
    ];
    for (year, count) in expected {
        let days = all_days(&cal).filter(|day| day.year() == year);
        let working = days
            .filter(|day| cal.is_working_day(*day, Mode::Published).unwrap())
            .count();
        assert_eq!(working, count, "{year}");
    }
}

#[test]
fn make_up_days_are_weekends_and_rest_days_weekdays() {
    let cal = Calendar::embedded();
    for day in all_days(&cal) {
        let info = cal.day_info(day, Mode::Published).unwrap();
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        match info.kind {
            DayKind::MakeupWorkday => assert!(weekend, "{day}"),
            DayKind::RestDay => assert!(!weekend, "{day}"),
            DayKind::Workday => assert!(!weekend && info.holidays.is_empty(), "{day}"),
            DayKind::Weekend => assert!(weekend, "{day}"),
            DayKind::StatutoryHoliday => assert!(!info.holidays.is_empty(), "{day}"),
        }
    }
}

#[test]
fn worked_vectors_of_the_domain_brief() {
    let cal = Calendar::embedded();
    let add = |from: &str, n| cal.add_working_days(d(from), n, Mode::Published).unwrap();
    assert_eq!(add("2025-01-24", 2), d("2025-01-27"));
    assert_eq!(add("2026-02-13", 2), d("2026-02-24"));
    assert_eq!(add("2022-01-28", 2), d("2022-01-30")); // a Sunday make-up day
    assert_eq!(add("2025-09-26", 12), d("2025-10-20"));
    assert_eq!(add("2020-01-23", 12), d("2020-02-18"));
    assert_eq!(add("2026-09-30", 3), d("2026-10-10")); // a Saturday make-up day
}

#[test]
fn counting_back_and_between() {
    let cal = Calendar::embedded();
    assert_eq!(
        cal.add_working_days(d("2026-02-24"), -2, Mode::Published)
            .unwrap(),
        d("2026-02-13")
    );
    assert_eq!(
        cal.add_working_days(d("2026-02-24"), 0, Mode::Published)
            .unwrap(),
        d("2026-02-24")
    );
    assert_eq!(
        cal.working_days_between(d("2026-02-13"), d("2026-02-24"), Mode::Published)
            .unwrap(),
        2
    );
    assert_eq!(
        cal.working_days_between(d("2026-02-24"), d("2026-02-13"), Mode::Published)
            .unwrap(),
        -2
    );
    assert_eq!(
        cal.working_days_between(d("2026-03-02"), d("2026-03-02"), Mode::Published)
            .unwrap(),
        0
    );
}

#[test]
fn adding_and_counting_agree_everywhere() {
    let cal = Calendar::embedded();
    for start in all_days(&cal).filter(|day| day.year() < 2026 && *day >= d("2020-03-01")) {
        for n in [1, 2, 3, 12, 30] {
            let due = cal.add_working_days(start, n, Mode::Published).unwrap();
            assert!(due > start);
            assert!(cal.is_working_day(due, Mode::Published).unwrap());
            assert_eq!(
                cal.working_days_between(start, due, Mode::Published)
                    .unwrap(),
                n,
                "{start} + {n}"
            );
            let back = cal.add_working_days(due, -n, Mode::Published).unwrap();
            assert!(
                back <= start
                    && cal
                        .working_days_between(back, start, Mode::Published)
                        .unwrap()
                        == 0
            );
        }
    }
}

#[test]
fn beyond_the_calendar_is_an_error_unless_estimated() {
    let cal = Calendar::embedded();
    let failure = cal
        .add_working_days(d("2026-12-30"), 3, Mode::Published)
        .unwrap_err();
    assert_eq!(
        (failure.code, failure.param("year")),
        (Code::OUTSIDE_CALENDAR, Some("2027"))
    );
    // The estimate: 2026-12-31 (Thu), 2027-01-01 is New Year's Day, then Mon 01-04 and Tue 01-05.
    assert_eq!(
        cal.add_working_days(d("2026-12-30"), 3, Mode::Provisional)
            .unwrap(),
        d("2027-01-05")
    );
    let info = cal.day_info(d("2027-01-05"), Mode::Provisional).unwrap();
    assert!(info.provisional && info.working);
}

#[test]
fn loaded_year_replaces_the_estimate() {
    let mut cal = Calendar::embedded();
    let data = include_str!("fixtures/notice-2027.json");
    let estimated = cal.day_info(d("2027-02-12"), Mode::Provisional).unwrap();
    assert!(estimated.working && estimated.provisional);
    cal.load(&serde_json::from_str(data).unwrap()).unwrap();
    let published = cal.day_info(d("2027-02-12"), Mode::Provisional).unwrap();
    assert_eq!(
        (published.kind, published.provisional),
        (DayKind::RestDay, false)
    );
    assert_eq!(cal.coverage().unwrap().years.last(), Some(&2027));
}
