//! The options of a case timeline: `{ today?, provisional?, publicity?: { length?, unit? } }`.
//! "Today" comes from the caller, never from a clock.

use super::member::{Count, Member, Object};
use super::period::Unit;
use crate::calendar::{parse_date, Mode};
use crate::data::{self, DateText};
use crate::failure::{Code, Failure};
use crate::path::Path;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

/// The options of [`case_timeline`](super::case_timeline), as [`TimelineOptions::read`] checks
/// them from the serde model below.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimelineOptions {
    pub today: Option<NaiveDate>,
    pub mode: Mode,
    /// Overrides of the publicity period (`opts.publicity.length`, `.unit`).
    pub publicity_length: Option<u32>,
    pub publicity_unit: Option<Unit>,
}

/// `opts` as given. A member that is `null` is absent; others (the binding's `locale`) are not
/// read here.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OptionsData {
    today: Option<Member<DateText>>,
    provisional: Option<Member<bool>>,
    publicity: Option<Member<Object<PublicityData>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PublicityData {
    length: Option<Member<Count<366>>>,
    unit: Option<Member<Unit>>,
}

fn invalid(path: Path, expected: &str) -> Failure {
    Failure::new(Code::INVALID_ARGUMENT, path).with("expected", expected)
}

impl TimelineOptions {
    /// Reads `opts` (`null` for none), its members checked in the order above.
    pub fn read(opts: &Value) -> Result<TimelineOptions, Failure> {
        let mut out = TimelineOptions::default();
        if opts.is_null() {
            return Ok(out);
        }
        let at = Path::root().key("opts");
        let Object(data): Object<OptionsData> = data::read(opts, Code::INVALID_ARGUMENT, &at)?;
        if let Some(today) = data.today {
            let path = at.key("today");
            out.today = Some(match today.required() {
                Some(text) => parse_date(text.as_str(), path)?,
                None => return Err(Failure::new(Code::INVALID_DATE, path).with("value", "")),
            });
        }
        if let Some(flag) = data.provisional {
            let flag = flag.required();
            out.mode =
                Mode::provisional(flag.ok_or_else(|| invalid(at.key("provisional"), "boolean"))?);
        }
        if let Some(publicity) = data.publicity {
            let path = at.key("publicity");
            let Object(publicity) = publicity
                .required()
                .ok_or_else(|| invalid(path.clone(), "object"))?;
            if let Some(length) = publicity.length {
                let length = length.required().map(|Count(n)| n).filter(|n| *n >= 1);
                out.publicity_length =
                    Some(length.ok_or_else(|| invalid(path.key("length"), "integer"))?);
            }
            if let Some(unit) = publicity.unit {
                let unit = unit.required().ok_or_else(|| {
                    Failure::new(Code::INVALID_ARGUMENT, path.key("unit")).with("reason", "unit")
                })?;
                out.publicity_unit = Some(unit);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn refusal(opts: Value) -> (String, String, Vec<(String, String)>) {
        let f = TimelineOptions::read(&opts).unwrap_err();
        let params = f
            .params
            .iter()
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        (f.code.as_str().to_owned(), f.path.to_string(), params)
    }

    fn r(
        code: &str,
        path: &str,
        params: &[(&str, &str)],
    ) -> (String, String, Vec<(String, String)>) {
        let params = params
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        (code.to_owned(), path.to_owned(), params)
    }

    #[test]
    fn reads_every_option() {
        let opts = TimelineOptions::read(&json!({
            "today": "2026-03-09",
            "provisional": true,
            "publicity": { "length": 10.0, "unit": "workingDays" },
            "locale": "en"
        }))
        .unwrap();
        assert_eq!(
            opts.today.map(|d| d.to_string()).as_deref(),
            Some("2026-03-09")
        );
        assert_eq!(opts.mode, Mode::Provisional);
        assert_eq!(
            (opts.publicity_length, opts.publicity_unit),
            (Some(10), Some(Unit::WorkingDays))
        );
        let none = json!({ "today": null, "provisional": null, "publicity": null });
        assert_eq!(TimelineOptions::read(&none), Ok(TimelineOptions::default()));
        let unset = json!({ "provisional": false, "publicity": { "length": null, "unit": null } });
        assert_eq!(
            TimelineOptions::read(&unset),
            Ok(TimelineOptions::default())
        );
    }

    #[test]
    fn every_refusal_keeps_its_code_path_and_params() {
        let object = [("expected", "object")];
        for (opts, expected) in [
            (json!([]), r("invalidArgument", "opts", &object)),
            (json!(1), r("invalidArgument", "opts", &object)),
            (
                json!({ "today": 1 }),
                r("invalidDate", "opts.today", &[("value", "")]),
            ),
            (
                json!({ "today": "2026-13-01" }),
                r("invalidDate", "opts.today", &[("value", "2026-13-01")]),
            ),
            (
                json!({ "provisional": "yes" }),
                r(
                    "invalidArgument",
                    "opts.provisional",
                    &[("expected", "boolean")],
                ),
            ),
            (
                json!({ "publicity": [] }),
                r("invalidArgument", "opts.publicity", &object),
            ),
            (
                json!({ "publicity": { "length": 0 } }),
                r(
                    "invalidArgument",
                    "opts.publicity.length",
                    &[("expected", "integer")],
                ),
            ),
            (
                json!({ "publicity": { "length": 1.5 } }),
                r(
                    "invalidArgument",
                    "opts.publicity.length",
                    &[("expected", "integer")],
                ),
            ),
            (
                json!({ "publicity": { "length": 367 } }),
                r(
                    "invalidArgument",
                    "opts.publicity.length",
                    &[("expected", "integer")],
                ),
            ),
            (
                json!({ "publicity": { "unit": "days" } }),
                r(
                    "invalidArgument",
                    "opts.publicity.unit",
                    &[("reason", "unit")],
                ),
            ),
            (
                json!({ "publicity": { "unit": 3 } }),
                r(
                    "invalidArgument",
                    "opts.publicity.unit",
                    &[("reason", "unit")],
                ),
            ),
            // The first wrong member in the order above, wherever it is written.
            (
                json!({ "publicity": 1, "provisional": 1, "today": "x" }),
                r("invalidDate", "opts.today", &[("value", "x")]),
            ),
        ] {
            assert_eq!(refusal(opts.clone()), expected, "{opts}");
        }
    }
}
