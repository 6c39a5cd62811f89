//! The edge between JavaScript values and the core: every conversion of the binding is here.
//!
//! - Results leave through serde-wasm-bindgen's JSON-compatible serializer (plain objects and
//!   arrays, `null` for `None`).
//! - Failures leave as one thrown `JiuzhuError` ([`Thrown`], the one `From` at the edge).
//! - Data to check (applications, form definitions, tables) enters as the text of `JSON.stringify`
//!   (js-sys, which catches what it throws), read by the core within its limits. Not through
//!   serde-wasm-bindgen: it reads objects through property getters and proxy traps without
//!   catching what they throw, so a hostile value would unwind through the module, and it walks an
//!   `new Array(1e7)` element by element; `JSON.stringify` settles both before any wasm runs, and is
//!   also faster for whole applications (BENCHMARKS.md).
//! - Options are read key by key, known keys only, each a getter that may throw (then absent).

use chrono::NaiveDate;
use jiuzhu::calendar::{parse_date, Mode};
use jiuzhu::failure::excerpt;
use jiuzhu::input::{self, Limits, Unreadable};
use jiuzhu::{data, render, Code, Failure, Locale, Path};
use js_sys::{Array, Error, Object, Reflect, JSON};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::{JsCast, JsValue};

/// A failure on its way out, in the language of the call that raised it.
pub struct Thrown {
    pub failure: Failure,
    pub locale: Locale,
}

/// The `Error` JavaScript catches: `name` "JiuzhuError", `message` in the call's language, and
/// `code`, `path`, `params` and `messages` (both languages) for programs.
impl From<Thrown> for JsValue {
    fn from(thrown: Thrown) -> JsValue {
        let view = render::error(&thrown.failure, thrown.locale);
        let error = Error::new(&view.message);
        error.set_name("JiuzhuError");
        // The view has no number a JSON-compatible serializer could refuse.
        if let Ok(fields) = to_js(&view) {
            if let Some(fields) = fields.dyn_ref::<Object>() {
                Object::assign(&error, fields);
            }
        }
        error.into()
    }
}

/// Failures of the core, thrown in `locale`.
pub trait OrThrow<T> {
    fn or_throw(self, locale: Locale) -> Result<T, JsValue>;
}

impl<T> OrThrow<T> for Result<T, Failure> {
    fn or_throw(self, locale: Locale) -> Result<T, JsValue> {
        self.map_err(|failure| Thrown { failure, locale }.into())
    }
}

/// A result as a plain JavaScript value.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| {
            let failure = Failure::new(Code::INTERNAL, Path::root())
                .with("reason", excerpt(&error.to_string()));
            Thrown {
                failure,
                locale: Locale::default(),
            }
            .into()
        })
}

/// The text `JSON.stringify` makes of a value; `None` when it has none (a cycle, a BigInt, a
/// getter or proxy trap that throws, or `undefined`, a function, a symbol).
pub fn json_text(value: &JsValue) -> Option<String> {
    JSON::stringify(value).ok()?.as_string()
}

/// A value to check, as JSON within `limits`; `None` when it has no JSON form. Refusals (too
/// large, too deep, a key named twice) are failures of their own. What is too large is refused
/// before it is copied into the module: an array by its length, text by its length.
pub fn json(value: &JsValue, limits: &Limits) -> Result<Option<Value>, Failure> {
    if value.is_object() {
        let length = Reflect::get(value, &JsValue::from_str("length")).ok();
        if length
            .and_then(|n| n.as_f64())
            .is_some_and(|n| n > limits.items as f64)
        {
            return Err(too_large("items", limits.items));
        }
    }
    let Some(text) = JSON::stringify(value).ok().filter(|t| t.is_string()) else {
        return Ok(None);
    };
    // A UTF-16 unit is at least one byte of UTF-8.
    if text.length() as usize > limits.bytes {
        return Err(too_large("bytes", limits.bytes));
    }
    let Some(text) = text.as_string() else {
        return Ok(None);
    };
    match input::parse(&text, limits) {
        Ok(json) => Ok(Some(json)),
        // `JSON.stringify` writes JSON; should its text not parse, it has no JSON form here.
        Err(Unreadable::NotJson { .. }) => Ok(None),
        Err(Unreadable::Refused(failure)) => Err(failure),
    }
}

fn too_large(reason: &str, limit: usize) -> Failure {
    Failure::new(Code::INPUT_TOO_LARGE, Path::root())
        .with("reason", reason)
        .with("limit", limit)
}

/// An option's value as JSON. A value JSON has no form for (a function, a symbol, a BigInt) is its
/// `typeof`, and a number JSON would write as `null` (NaN, infinities) its digits: strings that no
/// option accepts, so each is refused by the option's own rule, not mistaken for absent.
fn option_value(value: &JsValue) -> Result<Value, Failure> {
    if value.as_f64().is_some_and(|n| !n.is_finite()) {
        return Ok(Value::String(describe(value)));
    }
    match json(value, &Limits::DOCUMENT)? {
        Some(json) => Ok(json),
        None => Ok(Value::String(
            value.js_typeof().as_string().unwrap_or_default(),
        )),
    }
}

/// The options object of a call. `undefined` and `null` are no options; anything else must be an
/// object. An object whose keys cannot be read (a revoked proxy) has none of them.
pub struct Opts {
    object: Option<JsValue>,
    pub locale: Locale,
}

impl Opts {
    /// Reads `opts` and its `locale` (first, so that every later failure speaks it).
    pub fn read(value: &JsValue) -> Result<Opts, JsValue> {
        let mut opts = Opts {
            object: None,
            locale: Locale::default(),
        };
        if value.is_undefined() || value.is_null() {
            return Ok(opts);
        }
        if !value.is_object() || value.is_instance_of::<Array>() {
            let failure = Failure::new(Code::INVALID_ARGUMENT, "opts").with("expected", "object");
            return Err(Thrown {
                failure,
                locale: opts.locale,
            }
            .into());
        }
        opts.object = Some(value.clone());
        if let Some(tag) = opts.get("locale") {
            let locale = tag.as_string().as_deref().and_then(Locale::parse);
            opts.locale = locale
                .ok_or_else(|| {
                    Failure::new(Code::INVALID_ARGUMENT, "opts.locale").with("expected", "locale")
                })
                .or_throw(opts.locale)?;
        }
        Ok(opts)
    }

    /// A property; `None` when absent, `undefined`, `null` or behind a getter that throws.
    pub fn get(&self, key: &str) -> Option<JsValue> {
        let value = Reflect::get(self.object.as_ref()?, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined() && !value.is_null()).then_some(value)
    }

    /// `opts.today`, the date ages and "in the future" are judged on. Absent, it is `default`: the
    /// JavaScript layer passes today's date in China Standard Time, so that checks are on unless a
    /// portal turns them off with `today: null` (then `None`). Not a real `YYYY-MM-DD` date: an
    /// `invalidDate`.
    pub fn today(&self, default: &JsValue) -> Result<Option<NaiveDate>, JsValue> {
        let given = match &self.object {
            Some(object) => Reflect::get(object, &JsValue::from_str("today")).ok(),
            None => None,
        };
        match given {
            Some(value) if value.is_null() => Ok(None),
            Some(value) if !value.is_undefined() => {
                date(&value, "opts.today").map(Some).or_throw(self.locale)
            }
            _ => match default.as_string() {
                Some(today) => parse_date(&today, "today").map(Some).or_throw(self.locale),
                None => Ok(None),
            },
        }
    }

    /// The options named `keys` as a JSON object (`null` when there are no options), for a reader
    /// of the core that checks them itself.
    pub fn members(&self, keys: &[&str]) -> Result<Value, JsValue> {
        if self.object.is_none() {
            return Ok(Value::Null);
        }
        let mut members = Map::new();
        for key in keys {
            if let Some(value) = self.get(key) {
                // A refusal names the option: `opts.fields`, `opts.fields.3`.
                let value = option_value(&value)
                    .map_err(|f| Failure {
                        path: Path::from(format!("opts.{key}")).join(&f.path),
                        ..f
                    })
                    .or_throw(self.locale)?;
                members.insert((*key).to_owned(), value);
            }
        }
        Ok(Value::Object(members))
    }

    /// The options named `keys`, read with serde into a `T`. A value of the wrong type is an
    /// `invalidArgument` at `opts.key` (an `invalidDate` where a date was expected).
    pub fn typed<T: DeserializeOwned + Default>(&self, keys: &[&str]) -> Result<T, JsValue> {
        let object = match self.members(keys)? {
            // No options: nothing to read (the calendar's hot calls have none).
            Value::Null => return Ok(T::default()),
            object => object,
        };
        data::read(&object, Code::INVALID_ARGUMENT, &Path::from("opts"))
            .map_err(|failure| date_failure(failure, &object))
            .or_throw(self.locale)
    }
}

/// `opts` of the calls whose only option is `provisional`, read by one serde model.
#[derive(Deserialize, Default)]
struct ModeOpts {
    provisional: Option<bool>,
}

impl Opts {
    /// `opts.provisional`: whether years without a published notice may be estimated.
    pub fn mode(&self) -> Result<Mode, JsValue> {
        let read: ModeOpts = self.typed(&["provisional"])?;
        Ok(Mode::provisional(read.provisional.unwrap_or(false)))
    }
}

/// A value that should have been a date is an `invalidDate`, as every date argument's.
fn date_failure(failure: Failure, options: &Value) -> Failure {
    if failure.param("expected") != Some("date") {
        return failure;
    }
    let key = failure
        .path
        .segments()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    let value = options.get(&key).map(Value::to_string).unwrap_or_default();
    Failure::new(Code::INVALID_DATE, failure.path).with("value", excerpt(&value))
}

/// A date argument: a string in `YYYY-MM-DD`.
pub fn date(value: &JsValue, path: &str) -> Result<NaiveDate, Failure> {
    match value.as_string() {
        Some(text) => parse_date(&text, path),
        None => Err(Failure::new(Code::INVALID_DATE, path).with("value", describe(value))),
    }
}

/// A whole number of days (or months, years), within JavaScript's safe integers.
pub fn integer(value: &JsValue, path: &str) -> Result<i64, Failure> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && n.abs() <= SAFE)
        .map(|n| n as i64)
        .ok_or_else(|| Failure::new(Code::INVALID_ARGUMENT, path).with("expected", "integer"))
}

/// The `expected` of an argument that must be one of `keys`: `"a" | "b"`.
pub fn one_of(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|key| format!("\"{key}\"")).collect();
    quoted.join(" | ")
}

/// A short, safe rendering of any value for messages: never calls the value's own code.
pub fn describe(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        excerpt(&text)
    } else if value.as_f64().is_some() {
        // JavaScript's own digits (`String(n)`), as the page would show the number.
        value
            .unchecked_ref::<js_sys::Number>()
            .to_string_with_radix(10)
            .ok()
            .and_then(|digits| digits.as_string())
            .unwrap_or_default()
    } else if let Some(b) = value.as_bool() {
        b.to_string()
    } else if value.is_null() {
        "null".to_owned()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}
