//! Reading what a person gave (a notice's draft, a payment arrangement, a case's record) without
//! ever failing on it: each value at a path is absent, usable, or wrong, and a wrong one becomes an
//! `elementInvalid` finding at its own path. The rules then judge only what could be read, and an
//! element already reported wrong is not reported missing as well.

use crate::calendar::parse_date;
use crate::deadlines::Finding;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeSet;

/// A month as the notices name one (`2026-03`): when an amount starts, changes or stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    /// Exactly `YYYY-MM`, a month that exists: the first day of it read by the calendar's own
    /// reader of dates (any other text makes no `YYYY-MM-DD`).
    pub fn parse(text: &str) -> Option<YearMonth> {
        let mut first = String::with_capacity(10);
        first.push_str(text);
        first.push_str("-01");
        let date = parse_date(&first, "").ok()?;
        Some(YearMonth {
            year: date.year(),
            month: date.month(),
        })
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{:04}-{:02}", self.year, self.month))
    }
}

/// One value as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Got<T> {
    /// Not there, `null`, or a blank string.
    Absent,
    Given(T),
    /// There, but not what the field holds.
    Wrong,
}

/// The value at a dotted path below `root` (objects only; a path through anything else is absent).
pub(crate) fn at<'j>(root: &'j Value, path: &str) -> Option<&'j Value> {
    let mut node = root;
    for key in path.split('.') {
        node = node.as_object()?.get(key)?;
    }
    Some(node)
}

/// Absent for nothing, `null` and blank strings; else what `read` makes of it.
fn given<'j, T>(value: Option<&'j Value>, read: impl FnOnce(&'j Value) -> Option<T>) -> Got<T> {
    match value {
        None | Some(Value::Null) => Got::Absent,
        Some(Value::String(s)) if s.trim().is_empty() => Got::Absent,
        Some(value) => read(value).map_or(Got::Wrong, Got::Given),
    }
}

/// A text, trimmed.
pub(crate) fn text(value: Option<&Value>) -> Got<&str> {
    given(value, |v| v.as_str().map(str::trim))
}

pub(crate) fn date(value: Option<&Value>) -> Got<NaiveDate> {
    given(value, |v| parse_date(v.as_str()?.trim(), "").ok())
}

pub(crate) fn month(value: Option<&Value>) -> Got<YearMonth> {
    given(value, |v| YearMonth::parse(v.as_str()?.trim()))
}

pub(crate) fn flag(value: Option<&Value>) -> Got<bool> {
    given(value, Value::as_bool)
}

/// An amount in yuan, 0 to 99999.99 with at most two decimals, as fen.
pub(crate) fn money(value: Option<&Value>) -> Got<u64> {
    given(value, |v| {
        let yuan = v.as_f64()?;
        let fen = (yuan * 100.0).round();
        let whole = (yuan * 100.0 - fen).abs() < 1e-6;
        // In range and whole, so the conversion is exact.
        (whole && (0.0..=9_999_999.0).contains(&fen)).then_some(fen as u64)
    })
}

/// A whole number from 0 to `max`.
pub(crate) fn count(value: Option<&Value>, max: u32) -> Got<u32> {
    given(value, |v| {
        let n = v.as_f64()?;
        (n.fract() == 0.0 && (0.0..=f64::from(max)).contains(&n)).then_some(n as u32)
    })
}

/// One of a field's choices, by its key.
pub(crate) fn choice<T>(value: Option<&Value>, parse: fn(&str) -> Option<T>) -> Got<T> {
    given(value, |v| parse(v.as_str()?.trim()))
}

/// The findings of one check, and the paths already reported wrong (a set: a record may hold
/// thousands of items).
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub list: Vec<Finding>,
    wrong: BTreeSet<Path>,
}

impl Findings {
    pub fn error(&mut self, failure: Failure) {
        self.list.push(Finding::error(failure));
    }

    pub fn warning(&mut self, failure: Failure) {
        self.list.push(Finding::warning(failure));
    }

    pub fn push(&mut self, failure: Failure, severity: Severity) {
        self.list.push(Finding { failure, severity });
    }

    /// `path` holds a value of the wrong kind (`expected`, as the messages name it).
    pub fn invalid(&mut self, path: Path, expected: &'static str) {
        self.wrong.insert(path.clone());
        self.error(Failure::new(Code::ELEMENT_INVALID, path).with("expected", expected));
    }

    /// Whether `path` was reported wrong.
    pub fn is_wrong(&self, path: &Path) -> bool {
        self.wrong.contains(path)
    }

    /// `path` is missing; `provision` names the provision that requires it.
    pub fn missing(&mut self, path: Path, severity: Severity, provision: Option<&str>) {
        if self.is_wrong(&path) {
            return;
        }
        let mut failure = Failure::new(Code::ELEMENT_MISSING, path.clone()).with("element", &path);
        if let Some(provision) = provision {
            failure = failure.with("provision", provision);
        }
        self.push(failure, severity);
    }

    /// The value read at `path` below `root` by `read`; a wrong one is reported (`expected`).
    pub fn read<'j, T>(
        &mut self,
        root: &'j Value,
        path: &str,
        read: impl FnOnce(Option<&'j Value>) -> Got<T>,
        expected: &'static str,
    ) -> Option<T> {
        self.read_at(at(root, path), Path::from(path), read, expected)
    }

    /// The text at `path` below `root`, trimmed; anything but a string is reported.
    pub fn text(&mut self, root: &Value, path: &str) -> Option<String> {
        self.read(root, path, text, "text").map(str::to_owned)
    }

    /// As [`Findings::read`], for a value already found, reported at `path`.
    pub fn read_at<'j, T>(
        &mut self,
        value: Option<&'j Value>,
        path: Path,
        read: impl FnOnce(Option<&'j Value>) -> Got<T>,
        expected: &'static str,
    ) -> Option<T> {
        match read(value) {
            Got::Given(value) => Some(value),
            Got::Absent => None,
            Got::Wrong => {
                self.invalid(path, expected);
                None
            }
        }
    }

    /// An object at `path` (absent: `None`; anything else is reported wrong).
    pub fn object<'j>(&mut self, root: &'j Value, path: &str) -> Option<&'j Value> {
        self.read(
            root,
            path,
            |v| given(v, |v| v.is_object().then_some(v)),
            "object",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_absent_given_or_wrong() {
        assert_eq!(text(Some(&json!("  x "))), Got::Given("x"));
        assert_eq!(text(Some(&json!("  "))), Got::Absent);
        assert_eq!(text(Some(&json!(null))), Got::Absent);
        assert_eq!(text(Some(&json!(1))), Got::Wrong);
        assert_eq!(date(Some(&json!("2026-02-30"))), Got::Wrong);
        assert_eq!(
            month(Some(&json!("2026-03"))),
            Got::Given(YearMonth {
                year: 2026,
                month: 3
            })
        );
        for wrong in [
            "2026-13",
            "2026-3",
            "26-03",
            "2026-03-01",
            "２０２６-03",
            "2026-00",
            "2026-3-",
        ] {
            assert_eq!(month(Some(&json!(wrong))), Got::Wrong, "{wrong}");
        }
        assert_eq!(money(Some(&json!(1330.5))), Got::Given(133050));
        assert_eq!(money(Some(&json!(0.1 + 0.2))), Got::Given(30));
        for wrong in [
            json!(-1),
            json!(1.005),
            json!(100000),
            json!("12"),
            json!(true),
        ] {
            assert_eq!(money(Some(&wrong)), Got::Wrong, "{wrong}");
        }
        assert_eq!(count(Some(&json!(60.0)), 366), Got::Given(60));
        assert_eq!(count(Some(&json!(1.5)), 366), Got::Wrong);
        assert_eq!(flag(Some(&json!("true"))), Got::Wrong);
    }

    #[test]
    fn months_are_written_as_read() {
        for text in ["2026-03", "0999-12", "0000-01"] {
            let m = YearMonth::parse(text).unwrap();
            assert_eq!(serde_json::to_value(m).unwrap(), json!(text));
        }
    }

    #[test]
    fn paths_walk_objects_only() {
        let v = json!({ "a": { "b": [1] } });
        assert_eq!(at(&v, "a.b"), Some(&json!([1])));
        assert_eq!(at(&v, "a.b.0"), None);
        assert_eq!(at(&json!([]), "a"), None);
    }

    #[test]
    fn a_wrong_element_is_not_also_missing() {
        let mut f = Findings::default();
        let v = json!({ "issuedOn": 3 });
        assert_eq!(f.read(&v, "issuedOn", date, "date"), None);
        f.missing(Path::from("issuedOn"), Severity::Error, None);
        f.missing(Path::from("reasons"), Severity::Warning, Some("qp23"));
        let codes: Vec<_> = f.list.iter().map(|x| x.failure.code.as_str()).collect();
        assert_eq!(codes, ["elementInvalid", "elementMissing"]);
        assert_eq!(f.list[1].failure.param("provision"), Some("qp23"));
    }
}
