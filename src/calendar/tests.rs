use super::*;
use crate::failure::Params;
use serde_json::json;

fn j(value: &Value) -> Value {
    value.clone()
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn d(s: &str) -> NaiveDate {
    parse_date(s, "").unwrap()
}

/// The compiled-in notices are data/cn-holidays.json read by the loader of run-time data, so they
/// passed its checks; the file must load whole, every year with its notice's address.
#[test]
fn compiled_in_data_passes_the_checks_of_loaded_data() {
    let mut calendar = Calendar::empty();
    let data = parse(include_str!("../../data/cn-holidays.json"));
    assert_eq!(
        calendar.load(&data).unwrap(),
        (2020..=2026).collect::<Vec<_>>()
    );
    for year in 2020..=2026 {
        assert!(
            !calendar.notice(year).unwrap().sources.is_empty(),
            "{year} keeps its notice address"
        );
    }
    assert_eq!(
        Calendar::embedded().coverage().unwrap(),
        calendar.coverage().unwrap()
    );
}

#[test]
fn classifies_statutory_holidays_rest_days_and_make_up_days() {
    let cal = Calendar::embedded();
    let kind = |s| cal.day_info(d(s), Mode::Published).unwrap().kind;
    assert_eq!(kind("2026-10-01"), DayKind::StatutoryHoliday);
    assert_eq!(kind("2026-10-05"), DayKind::RestDay); // Monday, arranged
    assert_eq!(kind("2026-10-04"), DayKind::Weekend); // Sunday inside the block
    assert_eq!(kind("2026-10-10"), DayKind::MakeupWorkday);
    assert_eq!(kind("2026-10-12"), DayKind::Workday);
    assert_eq!(kind("2025-01-28"), DayKind::StatutoryHoliday); // 除夕, statutory since 2025
    assert_eq!(kind("2024-02-09"), DayKind::Workday); // 除夕 2024 was a working day
    let info = cal.day_info(d("2026-10-05"), Mode::Published).unwrap();
    assert_eq!(
        info.holidays.iter().collect::<Vec<_>>(),
        vec![Holiday::NationalDay]
    );
    assert!(!info.provisional);
}

#[test]
fn new_year_block_reaching_back_a_year() {
    let cal = Calendar::embedded();
    let info = cal.day_info(d("2022-12-31"), Mode::Published).unwrap();
    assert_eq!(info.kind, DayKind::Weekend);
    assert!(info.holidays.contains(Holiday::NewYear));
}

fn year_2027() -> serde_json::Value {
    serde_json::from_str(include_str!("../../tests/fixtures/notice-2027.json")).unwrap()
}

#[test]
fn loading_a_year_extends_coverage() {
    let mut cal = Calendar::embedded();
    assert_eq!(
        cal.is_working_day(d("2027-02-08"), Mode::Published)
            .unwrap_err()
            .code,
        Code::OUTSIDE_CALENDAR
    );
    assert_eq!(cal.load(&j(&year_2027())).unwrap(), vec![2027]);
    assert_eq!(cal.coverage().unwrap().to, d("2027-12-31"));
    assert!(!cal
        .is_working_day(d("2027-02-08"), Mode::Published)
        .unwrap());
    assert!(cal
        .is_working_day(d("2027-02-14"), Mode::Published)
        .unwrap());
}

#[test]
fn bad_data_leaves_the_calendar_as_it_was() {
    let mut cal = Calendar::embedded();
    let mut data = year_2027();
    // Drop National Day: its statutory days are then missing.
    data["2027"]["holidays"].as_array_mut().unwrap().pop();
    let failure = cal.load(&j(&data)).unwrap_err();
    assert_eq!(
        (failure.code, failure.path.as_str()),
        (Code::STATUTORY_HOLIDAY_MISSING, "2027.holidays")
    );
    assert_eq!(cal.coverage().unwrap().to, d("2026-12-31"));

    let shapeless = json!({ "2027": { "holidays": "none" } });
    let failure = cal.load(&j(&shapeless)).unwrap_err();
    assert_eq!(
        (failure.code, failure.path.as_str()),
        (Code::INVALID_HOLIDAY_CALENDAR, "2027.holidays")
    );
    assert_eq!(cal.coverage().unwrap().to, d("2026-12-31"));
}

#[test]
fn gaps_are_refused() {
    let mut cal = Calendar::embedded();
    let text = year_2027().to_string().replace("2027", "2028");
    let failure = cal.load(&parse(&text)).unwrap_err();
    assert_eq!(
        (failure.code, failure.path.as_str()),
        (Code::CALENDAR_GAP, "2028")
    );
    assert_eq!(failure.param("year"), Some("2028"));
}

#[test]
fn conflicts_between_neighbouring_notices() {
    let mut cal = Calendar::embedded();
    let mut data = year_2027();
    // A make-up day in the previous December (as 2018-12-29 was for New Year 2019) is allowed...
    data["2027"]["holidays"][0]["work"] = json!(["2026-12-27"]);
    cal.load(&j(&data)).unwrap();
    assert!(cal
        .is_working_day(d("2026-12-27"), Mode::Published)
        .unwrap());
    // ...but not on a day the 2026 notice gives as a rest day.
    let mut cal = Calendar::embedded();
    data["2026"] = year_2026_with_rest_on(&cal, "2026-12-27");
    let failure = cal.load(&j(&data)).unwrap_err();
    assert_eq!(failure.code, Code::HOLIDAY_CONFLICT);
}

#[test]
fn estimates_only_when_asked() {
    let cal = Calendar::embedded();
    let failure = cal.day_info(d("2027-10-01"), Mode::Published).unwrap_err();
    assert_eq!(failure.code, Code::OUTSIDE_CALENDAR);
    assert_eq!(failure.param("year"), Some("2027"));
    assert_eq!(failure.param("reason"), Some("unpublished"));
    let info = cal.day_info(d("2027-10-01"), Mode::Provisional).unwrap();
    assert_eq!(
        (info.kind, info.provisional),
        (DayKind::StatutoryHoliday, true)
    );
    // Before the calendar there is no estimate.
    let before = cal
        .day_info(d("2019-10-01"), Mode::Provisional)
        .unwrap_err();
    assert_eq!(before.param("reason"), Some("beforeCoverage"));
}

/// The embedded 2026 notice as loadable JSON, with one more rest block on `date`.
fn year_2026_with_rest_on(cal: &Calendar, date: &str) -> serde_json::Value {
    let notice = cal.notice(2026).unwrap();
    let mut holidays: Vec<serde_json::Value> = notice
        .blocks
        .iter()
        .map(|b| {
            json!({ "holiday": b.holidays.iter().map(Holiday::key).collect::<Vec<_>>(), "from": b.from,
                    "to": b.to, "work": b.makeup_workdays })
        })
        .collect();
    holidays.push(json!({ "holiday": "newYear", "from": date, "to": date }));
    json!({ "sources": notice.sources, "holidays": holidays })
}

/// Every rejection of `Calendar::load`, with its code, path and params (the loader is written for
/// size: this pins what it answers).
#[test]
fn every_rejection_keeps_its_code_path_and_params() {
    fn params(list: &[(&'static str, &str)]) -> Params {
        list.iter().fold(Params::default(), |mut params, (k, v)| {
            params.set(k, v.to_string());
            params
        })
    }
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut data = year_2027();
        edit(&mut data["2027"]);
        data
    };
    let block = |i: usize, key: &'static str, value: serde_json::Value| {
        edited(&move |y| y["holidays"][i][key] = value.clone())
    };
    let object = ("expected", "object");
    let string = ("expected", "string");
    let date = ("expected", "date");
    let array = ("expected", "array");
    let cases: Vec<(serde_json::Value, Code, &str, Params)> = vec![
        (
            json!([]),
            Code::INVALID_HOLIDAY_CALENDAR,
            "",
            params(&[object]),
        ),
        (
            json!("2027"),
            Code::INVALID_HOLIDAY_CALENDAR,
            "",
            params(&[object]),
        ),
        (
            json!({ "27": {} }),
            Code::INVALID_HOLIDAY_CALENDAR,
            "27",
            params(&[("reason", "year")]),
        ),
        (
            json!({ "1900": {} }),
            Code::INVALID_HOLIDAY_CALENDAR,
            "1900",
            params(&[("reason", "year")]),
        ),
        (
            json!({ "abcd": {} }),
            Code::INVALID_HOLIDAY_CALENDAR,
            "abcd",
            params(&[("reason", "year")]),
        ),
        (
            json!({ "2027": [], "x": 1 }),
            Code::INVALID_HOLIDAY_CALENDAR,
            "x",
            params(&[("reason", "year")]),
        ),
        (
            json!({ "2029": [] }),
            Code::CALENDAR_GAP,
            "2029",
            params(&[
                ("year", "2029"),
                ("from", "2020-01-01"),
                ("to", "2026-12-31"),
            ]),
        ),
        (
            json!({ "2027": [] }),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027",
            params(&[object]),
        ),
        (
            edited(&|y| y["sources"] = json!("x")),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.sources",
            params(&[array]),
        ),
        (
            edited(&|y| y["sources"] = json!(["a", 1])),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.sources.1",
            params(&[string]),
        ),
        (
            edited(&|y| y["holidays"] = json!({})),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays",
            params(&[array]),
        ),
        (
            edited(&|y| y["holidays"][1] = json!(1)),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1",
            params(&[object]),
        ),
        (
            block(1, "holiday", json!(null)),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.holiday",
            params(&[string]),
        ),
        (
            block(1, "holiday", json!(7)),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.holiday",
            params(&[string]),
        ),
        (
            block(1, "holiday", json!([])),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.holiday",
            params(&[string]),
        ),
        (
            block(1, "holiday", json!(["newYear", 3])),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.holiday.1",
            params(&[string]),
        ),
        (
            block(1, "holiday", json!(["newYear", "x"])),
            Code::UNKNOWN_HOLIDAY,
            "2027.holidays.1.holiday.1",
            params(&[("value", "x")]),
        ),
        (
            block(1, "holiday", json!("x")),
            Code::UNKNOWN_HOLIDAY,
            "2027.holidays.1.holiday",
            params(&[("value", "x")]),
        ),
        (
            block(1, "from", json!(null)),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.from",
            params(&[date]),
        ),
        (
            block(1, "from", json!("2027-2-5")),
            Code::INVALID_DATE,
            "2027.holidays.1.from",
            params(&[("value", "2027-2-5")]),
        ),
        (
            block(1, "to", json!(20270213)),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.to",
            params(&[date]),
        ),
        (
            block(1, "to", json!("2027-02-04")),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.to",
            params(&[("expected", "dateRange")]),
        ),
        (
            block(1, "to", json!("2027-03-08")),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.to",
            params(&[("expected", "dateRange")]),
        ),
        (
            block(1, "work", json!("2027-02-14")),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.work",
            params(&[array]),
        ),
        (
            block(1, "work", json!(["2027-02-14", 1])),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.1.work.1",
            params(&[date]),
        ),
        (
            block(1, "work", json!(["2027-02-14", "bad"])),
            Code::INVALID_DATE,
            "2027.holidays.1.work.1",
            params(&[("value", "bad")]),
        ),
        (
            block(1, "work", json!(["2027-02-14", "2027-02-17"])),
            Code::MAKEUP_DAY_NOT_WEEKEND,
            "2027.holidays.1.work.1",
            params(&[("date", "2027-02-17")]),
        ),
        (
            block(1, "work", json!(["2027-02-14", "2027-10-02"])),
            Code::HOLIDAY_CONFLICT,
            "2027.holidays.1.work.1",
            params(&[("date", "2027-10-02")]),
        ),
        (
            block(1, "work", json!(["2027-02-14", "2029-01-06"])),
            Code::HOLIDAY_DATE_OUTSIDE_YEAR,
            "2027.holidays.1.work.1",
            params(&[("date", "2029-01-06"), ("year", "2027")]),
        ),
        (
            edited(&|y| {
                y["holidays"][4]["from"] = json!("2026-11-30");
                y["holidays"][4]["to"] = json!("2026-12-01");
            }),
            Code::HOLIDAY_DATE_OUTSIDE_YEAR,
            "2027.holidays.4.from",
            params(&[("date", "2026-11-30"), ("year", "2027")]),
        ),
        (
            block(4, "to", json!("2028-02-01")),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.4.to",
            params(&[("expected", "dateRange")]),
        ),
        // Every block is read before any is checked: the shape of block 5 comes first.
        (
            edited(&|y| {
                y["holidays"][1]["work"] = json!(["2027-02-17"]);
                y["holidays"][5]["to"] = json!(null);
            }),
            Code::INVALID_HOLIDAY_CALENDAR,
            "2027.holidays.5.to",
            params(&[date]),
        ),
        (
            edited(&|y| y["holidays"][6]["from"] = json!("2027-10-02")),
            Code::STATUTORY_HOLIDAY_MISSING,
            "2027.holidays",
            params(&[("date", "2027-10-01"), ("holiday", "nationalDay")]),
        ),
        (
            edited(&|y| y["holidays"][2]["work"] = json!(["2027-01-02"])),
            Code::HOLIDAY_CONFLICT,
            "2027.holidays.2.work.0",
            params(&[("date", "2027-01-02")]),
        ),
    ];
    for (data, code, path, params) in cases {
        let mut cal = Calendar::embedded();
        let failure = cal.load(&j(&data)).unwrap_err();
        assert_eq!(
            (failure.code, failure.path.as_str(), &failure.params),
            (code, path, &params),
            "{data}"
        );
        assert_eq!(cal.coverage().unwrap().to, d("2026-12-31"));
    }
    // Absent or null optional members, and `_` keys, are accepted.
    let relaxed = edited(&|y| {
        y["sources"] = json!(null);
        y["holidays"][0]["work"] = json!(null);
    });
    let mut relaxed = relaxed;
    relaxed["_comment"] = json!(1);
    assert_eq!(Calendar::embedded().load(&j(&relaxed)).unwrap(), vec![2027]);
}

/// A conflict between neighbouring notices names the block of the notice that marks the day second.
#[test]
fn conflicts_between_notices_name_the_block() {
    let mut cal = Calendar::embedded();
    let mut data = year_2027();
    data["2027"]["holidays"][0]["work"] = json!(["2026-12-27"]);
    data["2026"] = year_2026_with_rest_on(&cal, "2026-12-27");
    let failure = cal.load(&j(&data)).unwrap_err();
    assert_eq!(
        (failure.code, failure.path.as_str(), failure.param("date")),
        (
            Code::HOLIDAY_CONFLICT,
            "2027.holidays.0.work.0",
            Some("2026-12-27")
        )
    );
    assert_eq!(failure.params.len(), 1);
}

/// `year_key` reads what `str::parse` did: a signed key could only name an unsupported year.
#[test]
fn year_keys_are_four_digits_of_a_supported_year() {
    assert!(*supported_years().start() >= 1000);
    for key in [
        "2027", "+202", "-202", "0202", "202", "20270", "2o27", " 202", "1999", "2101",
    ] {
        let parsed = key.parse::<i32>().ok();
        let expected = parsed.filter(|y| key.len() == 4 && supported_years().contains(y));
        assert_eq!(year_key(key), expected, "{key}");
    }
}

/// A loaded year replaces its notice in place, and a load that fails leaves every notice as it was.
/// (A year named twice cannot reach the calendar: JSON text that names a member twice is refused
/// when it is read, see `input`.)
#[test]
fn loading_a_year_again_replaces_it_in_place() {
    let mut cal = Calendar::embedded();
    let first = year_2027().to_string();
    let second = first.replace("example.invalid/2027", "example.invalid/again");
    cal.load(&parse(&first)).unwrap();
    cal.load(&parse(&second)).unwrap();
    assert_eq!(
        cal.notice(2027).unwrap().sources,
        ["https://example.invalid/again"]
    );
    let years = |cal: &Calendar| cal.coverage().unwrap().years;
    assert_eq!(years(&cal), (2020..=2027).collect::<Vec<_>>());
    let before: Vec<Notice> = (2020..=2027)
        .map(|y| cal.notice(y).unwrap().clone())
        .collect();
    // National Day not given as a rest day: refused when the year's table is made.
    let broken = second.replace("2027-10-01", "2027-10-02");
    let failure = cal.load(&parse(&broken)).unwrap_err();
    assert_eq!(failure.code, Code::STATUTORY_HOLIDAY_MISSING);
    let after: Vec<Notice> = (2020..=2027)
        .map(|y| cal.notice(y).unwrap().clone())
        .collect();
    assert_eq!(before, after);
}
