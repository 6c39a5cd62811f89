//! What the office decides about a notice (`opts` of `publicityNotice`): `{ postedOn, kind?,
//! nameStyle?, publicityUnit?, publicityDays?, provisional?, locale?, monthlyAmount?,
//! supervisionPhone? }`. Read with serde, then checked in that order: the first option that
//! cannot be used is reported, at its own path, wherever it is written.

use super::scan::digit;
use crate::application::whole_fen;
use crate::calendar::{parse_date, Mode};
use crate::data::{self, DateText};
use crate::deadlines::{Period, Unit};
use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use crate::Locale;
use chrono::NaiveDate;
use serde::de::{DeserializeOwned, Deserializer};
use serde::Deserialize;
use serde_json::Value;

keyed! {
    /// 公示 (before approval, with an objection period) or 公布 (after it).
    NoticeKind {
        Notice = "notice",
        Announcement = "announcement",
    }
}

keyed! {
    /// How the applicant's name is shown.
    NameStyle {
        /// First character kept, the rest `*` (see `mask.rs` for the rule and why).
        Masked = "masked",
        /// In full, where the district requires it.
        Full = "full",
    }
}

/// The options of a notice, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeOptions {
    pub kind: NoticeKind,
    /// The day the notice is posted: the start of the period (not counted, 民法典 第201条).
    pub posted_on: NaiveDate,
    /// The proposed (or granted) monthly amount, in fen.
    pub monthly_amount: Option<u64>,
    /// As the notice prints it: ASCII digits, with the spaces, dashes and brackets given.
    pub supervision_phone: Option<String>,
    pub name_style: NameStyle,
    /// The publicity period: 7 calendar days by default (Shanghai practice, docs/domain.md,
    /// "The procedure and its periods").
    pub period: Period,
    pub mode: Mode,
    /// The language the notice is written in, by `render::publicity`; nothing here reads it.
    pub locale: Locale,
}

/// The largest monthly amount, in fen: 99999.99 yuan.
const MAX_FEN: f64 = 9_999_999.0;

/// The longest publicity period, in days.
const MAX_DAYS: f64 = 60.0;

impl NoticeOptions {
    /// The defaults for a notice posted on `posted_on`.
    pub fn new(posted_on: NaiveDate) -> NoticeOptions {
        NoticeOptions {
            kind: NoticeKind::Notice,
            posted_on,
            monthly_amount: None,
            supervision_phone: None,
            name_style: NameStyle::Masked,
            period: Period {
                length: 7,
                unit: Unit::CalendarDays,
            },
            mode: Mode::Published,
            locale: Locale::ZhCn,
        }
    }

    /// Reads `opts`; a member that is absent or `null` takes its default, and `postedOn` has none.
    pub fn read(opts: &Value) -> Result<NoticeOptions, Failure> {
        let at = Path::root().key("opts");
        let data = match opts {
            Value::Null => OptionsData::default(),
            Value::Object(_) => data::read(opts, Code::INVALID_ARGUMENT, &at)?,
            _ => return Err(invalid(at, "object")),
        };
        let mut o = NoticeOptions::new(posted_on(data.posted_on, at.key("postedOn"))?);
        let wrong = |key: &str, expected: &'static str| {
            let path = at.key(key);
            move || invalid(path, expected)
        };
        o.kind = (data.kind)
            .read(wrong("kind", "\"notice\" | \"announcement\""))?
            .unwrap_or(o.kind);
        o.name_style = (data.name_style)
            .read(wrong("nameStyle", "\"masked\" | \"full\""))?
            .unwrap_or(o.name_style);
        o.period.unit = (data.publicity_unit)
            .read(wrong("publicityUnit", "\"calendarDays\" | \"workingDays\""))?
            .unwrap_or(o.period.unit);
        if let Some(days) = data
            .publicity_days
            .read(wrong("publicityDays", "integer"))?
        {
            o.period.length = whole_days(days).ok_or_else(wrong("publicityDays", "integer"))?;
        }
        if let Some(provisional) = data.provisional.read(wrong("provisional", "boolean"))? {
            o.mode = Mode::provisional(provisional);
        }
        o.locale = (data.locale)
            .read(wrong("locale", "locale"))?
            .unwrap_or(o.locale);
        let amount = || Failure::new(Code::INVALID_MONTHLY_AMOUNT, at.key("monthlyAmount"));
        if let Some(yuan) = data.monthly_amount.read(amount)? {
            o.monthly_amount = Some(fen(yuan).ok_or_else(amount)?);
        }
        let phone = || Failure::new(Code::INVALID_SUPERVISION_PHONE, at.key("supervisionPhone"));
        if let Some(raw) = data.supervision_phone.read(phone)? {
            o.supervision_phone = Some(supervision_phone(&raw).ok_or_else(phone)?);
        }
        Ok(o)
    }
}

/// `opts` as given.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct OptionsData {
    posted_on: Setting<DateText>,
    kind: Setting<NoticeKind>,
    name_style: Setting<NameStyle>,
    publicity_unit: Setting<Unit>,
    publicity_days: Setting<f64>,
    provisional: Setting<bool>,
    locale: Setting<Locale>,
    monthly_amount: Setting<f64>,
    supervision_phone: Setting<String>,
}

/// One member of `opts` as given: unset (absent or `null`), a `T`, or another value, kept so that
/// a failure can quote it. Reading one never fails, so each member is checked in its turn.
#[derive(Debug, Default)]
enum Setting<T> {
    #[default]
    Unset,
    Set(T),
    Wrong(Value),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Setting<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Setting<T>, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if value.is_null() {
            return Ok(Setting::Unset);
        }
        Ok(T::deserialize(&value).map_or(Setting::Wrong(value), Setting::Set))
    }
}

impl<T> Setting<T> {
    /// The value if set; the failure `wrong` makes when it is not a `T`.
    fn read(self, wrong: impl FnOnce() -> Failure) -> Result<Option<T>, Failure> {
        match self {
            Setting::Unset => Ok(None),
            Setting::Set(value) => Ok(Some(value)),
            Setting::Wrong(_) => Err(wrong()),
        }
    }
}

/// `postedOn`: a real date, which every notice needs. A value that is not a string is quoted as
/// JSON, an absent one as `undefined`.
fn posted_on(setting: Setting<DateText>, path: Path) -> Result<NaiveDate, Failure> {
    let quoted = match setting {
        Setting::Set(text) => return parse_date(text.as_str(), path),
        Setting::Wrong(value) => excerpt(&value.to_string()),
        Setting::Unset => "undefined".to_owned(),
    };
    Err(Failure::new(Code::INVALID_DATE, path).with("value", quoted))
}

fn invalid(path: Path, expected: &str) -> Failure {
    Failure::new(Code::INVALID_ARGUMENT, path).with("expected", expected)
}

/// A period of 1 to 60 whole days.
fn whole_days(days: f64) -> Option<u32> {
    // Whole and in range, so the conversion is exact.
    (days.fract() == 0.0 && (1.0..=MAX_DAYS).contains(&days)).then_some(days as u32)
}

/// An amount in yuan as fen: 0 to 99999.99 with at most two decimals, judged as an application's
/// amounts are (`1330.1` is not exactly representable).
fn fen(yuan: f64) -> Option<u64> {
    let fen = (yuan * 100.0).round();
    // Whole and in range, so the conversion is exact.
    (whole_fen(yuan) && (0.0..=MAX_FEN).contains(&fen)).then_some(fen as u64)
}

/// A phone as the notice prints it: full-width digits made ASCII, 5 to 11 digits with spaces,
/// dashes or brackets between them.
fn supervision_phone(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut digits = 0;
    for c in raw.trim().chars() {
        if let Some(d) = digit(c) {
            out.push(char::from(b'0' + d));
            digits += 1;
        } else if matches!(c, ' ' | '-' | '(' | ')' | '（' | '）' | '－') {
            out.push(if c == '－' { '-' } else { c });
        } else {
            return None;
        }
    }
    (5..=11).contains(&digits).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_every_option() {
        let o = NoticeOptions::read(&json!({
            "postedOn": "2025-09-30",
            "kind": "announcement",
            "nameStyle": "full",
            "publicityUnit": "workingDays",
            "publicityDays": 10.0,
            "provisional": true,
            "locale": "en-GB",
            "monthlyAmount": 1330.1,
            "supervisionPhone": "（021）5972－8888"
        }))
        .unwrap();
        assert_eq!(o.kind, NoticeKind::Announcement);
        assert_eq!(o.name_style, NameStyle::Full);
        assert_eq!(
            o.period,
            Period {
                length: 10,
                unit: Unit::WorkingDays
            }
        );
        assert_eq!(o.mode, Mode::Provisional);
        assert_eq!(o.locale, Locale::En);
        assert_eq!(o.monthly_amount, Some(133010));
        assert_eq!(o.supervision_phone.as_deref(), Some("（021）5972-8888"));
        let nulls = json!({ "postedOn": "2025-09-30", "kind": null, "monthlyAmount": null });
        let date = parse_date("2025-09-30", "").unwrap();
        assert_eq!(NoticeOptions::read(&nulls), Ok(NoticeOptions::new(date)));
    }

    #[test]
    fn the_first_unusable_option_in_order_is_reported() {
        let f = NoticeOptions::read(&json!({
            "supervisionPhone": "x",
            "locale": "fr",
            "postedOn": "2025-09-30"
        }))
        .unwrap_err();
        assert_eq!(f.path, "opts.locale");
        let f = NoticeOptions::read(&json!({ "postedOn": { "a": [1, "x"] } })).unwrap_err();
        assert_eq!(f.param("value"), Some(r#"{"a":[1,"x"]}"#));
        let f = NoticeOptions::read(&json!({ "postedOn": vec!["x"; 200] })).unwrap_err();
        assert!(f.param("value").unwrap().ends_with('…'));
        let f = NoticeOptions::read(&json!(null)).unwrap_err();
        assert_eq!(
            (f.code, f.path.as_str(), f.param("value")),
            (Code::INVALID_DATE, "opts.postedOn", Some("undefined"))
        );
    }

    #[test]
    fn amounts_in_fen() {
        assert_eq!(fen(1330.5), Some(133050));
        assert_eq!(fen(0.1 + 0.2), Some(30));
        assert_eq!(fen(99999.99), Some(9_999_999));
        for bad in [-0.01, 100000.0, 1330.005, f64::NAN, f64::INFINITY] {
            assert_eq!(fen(bad), None, "{bad}");
        }
    }

    #[test]
    fn supervision_phones() {
        assert_eq!(supervision_phone("１２３４５").as_deref(), Some("12345"));
        assert_eq!(
            supervision_phone(" 021-5972 8888 ").as_deref(),
            Some("021-5972 8888")
        );
        assert_eq!(
            supervision_phone("(021)59728888").as_deref(),
            Some("(021)59728888")
        );
        for bad in ["", "1234", "021-597288881", "call 12345", "12345 转 6"] {
            assert!(supervision_phone(bad).is_none(), "{bad}");
        }
    }
}
