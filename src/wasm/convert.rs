//! Conversions between JavaScript values and the core's types, and failures as thrown `Error`s.

use crate::calendar::{parse_date, Mode};
use crate::failure::{Code, Failure};
use crate::global::Global;
use crate::json::Json;
use crate::messages::Locale;
use crate::prelude::*;
use chrono::NaiveDate;
use core::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The few JavaScript built-ins the binding calls, declared here rather than taken from js-sys:
/// js-sys exports a description of every binding it has, and the closure adapters those name stay
/// in the module's function table after wasm-bindgen has read them (wasm-opt cannot drop them).
#[wasm_bindgen]
extern "C" {
    /// An `Error`.
    #[wasm_bindgen(js_name = Error)]
    pub type Error;
    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new_error(message: &str) -> Error;

    /// A plain object.
    #[wasm_bindgen(js_name = Object)]
    pub type Object;
    #[wasm_bindgen(constructor, js_class = "Object")]
    fn new_object() -> Object;

    /// `Array.isArray`, which throws for a revoked Proxy.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn js_is_array(value: &JsValue) -> Result<bool, JsValue>;

    /// An array, read index by index; a getter or a Proxy trap may throw.
    type Array;
    #[wasm_bindgen(method, getter, catch)]
    fn length(this: &Array) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, indexing_getter, catch)]
    fn at(this: &Array, index: u32) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = set, catch)]
    fn reflect_set(target: &JsValue, key: &JsValue, value: &JsValue) -> Result<bool, JsValue>;

    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    /// `String(value)`: for a number, its shortest decimal form, as `toString(10)` gives it.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;
}

/// Whether a value is an array; a value that throws when asked (a revoked Proxy) is not.
pub fn is_array(value: &JsValue) -> bool {
    Array::js_is_array(value).unwrap_or(false)
}

/// The items of an array, read by catching getters: a getter or a Proxy trap that throws makes
/// `None`, as a value that is not an array does, instead of an exception through the module.
pub fn array_items(value: &JsValue) -> Option<Vec<JsValue>> {
    if !is_array(value) {
        return None;
    }
    let array: &Array = value.unchecked_ref();
    let mut items = Vec::new();
    for i in 0..array.length().ok()? {
        items.push(array.at(i).ok()?);
    }
    Some(items)
}

/// JSON text from the core as a plain JavaScript value (`null` if it were not JSON).
pub fn parse_json(text: &str) -> JsValue {
    json_parse(text).unwrap_or(JsValue::NULL)
}

/// A failure as a JavaScript `Error`: `message` in the requested language, plus `code`, `path`,
/// `params` and `messages` (both languages) for programs.
pub fn to_error(failure: &Failure, locale: Locale) -> JsValue {
    // Both languages are written once: the message is one of them.
    let zh = failure.message(Locale::ZhCn);
    let en = failure.message(Locale::En);
    let error = Error::new_error(if locale == Locale::En { &en } else { &zh });
    // Through `set` rather than `Error::set_name`: one JavaScript import fewer in the glue.
    set(&error, "name", &JsValue::from_str("JiuzhuError"));
    let params = Object::new_object();
    for (name, value) in &failure.params {
        set(&params, name, &JsValue::from_str(value));
    }
    let messages = Object::new_object();
    set(&messages, "zh-CN", &JsValue::from_str(&zh));
    set(&messages, "en", &JsValue::from_str(&en));
    set(&error, "code", &JsValue::from_str(failure.code.as_str()));
    set(&error, "path", &JsValue::from_str(&failure.path));
    set(&error, "params", &params);
    set(&error, "messages", &messages);
    error.into()
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property on an object we just created cannot fail.
    let _ = reflect_set(target, &JsValue::from_str(key), value);
}

/// A short, safe rendering of any value for messages (never calls user code).
pub fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        s
    } else if value.as_f64().is_some() {
        js_string(value)
    } else if let Some(b) = value.as_bool() {
        if b { "true" } else { "false" }.into()
    } else if value.is_null() {
        "null".into()
    } else if value.is_undefined() {
        "undefined".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// Option names as JavaScript strings, each made once: making a string from wasm memory costs
/// more than the property lookup, and options are read on every call.
static KEYS: Global<RefCell<Vec<(&'static str, JsValue)>>> =
    Global::new(|| RefCell::new(Vec::new()));

/// The options object of a call: `undefined`/`null` mean none; anything else must be an object.
pub struct Options(Option<Object>);

impl Options {
    pub fn read(value: &JsValue) -> Result<Options, Failure> {
        if value.is_undefined() || value.is_null() {
            Ok(Options(None))
        } else if value.is_object() && !is_array(value) {
            Ok(Options(Some(value.clone().unchecked_into())))
        } else {
            Err(Failure::new(Code::INVALID_ARGUMENT, "opts").with("expected", "object"))
        }
    }

    /// A property; `undefined` when absent. A throwing getter counts as absent.
    pub fn get(&self, key: &'static str) -> JsValue {
        let Some(object) = &self.0 else {
            return JsValue::UNDEFINED;
        };
        KEYS.with(|keys| {
            let mut keys = keys.borrow_mut();
            let at = match keys.iter().position(|(k, _)| core::ptr::eq(*k, key)) {
                Some(at) => at,
                None => {
                    keys.push((key, JsValue::from_str(key)));
                    keys.len() - 1
                }
            };
            reflect_get(object, &keys[at].1).unwrap_or(JsValue::UNDEFINED)
        })
    }

    /// Like [`Options::get`], with `null` as absent too.
    pub fn given(&self, key: &'static str) -> Option<JsValue> {
        Some(self.get(key)).filter(|v| !(v.is_undefined() || v.is_null()))
    }

    pub fn flag(&self, key: &'static str) -> Result<bool, Failure> {
        let value = self.get(key);
        if value.is_undefined() || value.is_null() {
            return Ok(false);
        }
        value.as_bool().ok_or_else(|| {
            Failure::new(Code::INVALID_ARGUMENT, cat!("opts.", key)).with("expected", "boolean")
        })
    }

    /// A string option; absent or not a string is `None`.
    pub fn string(&self, key: &'static str) -> Option<String> {
        self.get(key).as_string()
    }

    pub fn mode(&self) -> Result<Mode, Failure> {
        Ok(if self.flag("provisional")? {
            Mode::Provisional
        } else {
            Mode::Published
        })
    }

    /// The locale, zh-CN when absent. An unsupported one is reported in zh-CN.
    pub fn locale(&self) -> Result<Locale, Failure> {
        let value = self.get("locale");
        if value.is_undefined() || value.is_null() {
            return Ok(Locale::default());
        }
        value
            .as_string()
            .and_then(|tag| Locale::parse(&tag))
            .ok_or_else(|| {
                Failure::new(Code::INVALID_ARGUMENT, "opts.locale").with("expected", "locale")
            })
    }
}

/// Reads the options and their locale together: failures in either are reported in the best
/// locale known.
pub fn options(value: &JsValue) -> Result<(Options, Locale), JsValue> {
    let opts = Options::read(value).map_err(|f| to_error(&f, Locale::default()))?;
    let locale = opts.locale().map_err(|f| to_error(&f, Locale::default()))?;
    Ok((opts, locale))
}

pub fn date(value: &JsValue, path: &str) -> Result<NaiveDate, Failure> {
    match value.as_string() {
        Some(text) => parse_date(&text, path),
        None => Err(Failure::new(Code::INVALID_DATE, path).with("value", describe(value))),
    }
}

/// A whole number of days, within JavaScript's safe integers.
pub fn integer(value: &JsValue, path: &str) -> Result<i64, Failure> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    value
        .as_f64()
        .filter(|n| n.fract() == 0.0 && n.abs() <= SAFE)
        .map(|n| n as i64)
        .ok_or_else(|| Failure::new(Code::INVALID_ARGUMENT, path).with("expected", "integer"))
}

/// A result as a plain JavaScript value: one JSON string, one `JSON.parse`.
pub fn to_js(value: &Json) -> JsValue {
    parse_json(&value.to_json())
}

/// Any JavaScript value as JSON text for the core, through one `JSON.stringify` (cycles and
/// BigInts fail; `undefined` is absent). The core's parse borrows its strings from this text, so
/// an application is copied once on its way in.
pub struct JsonText(Option<String>);

impl JsonText {
    /// `invalid` is the failure to report when the value has no JSON form.
    pub fn read(value: &JsValue, invalid: &dyn Fn() -> Failure) -> Result<JsonText, Failure> {
        if value.is_undefined() {
            return Ok(JsonText(None));
        }
        let text = json_stringify(value).map_err(|_| invalid())?;
        text.as_string()
            .map(|t| JsonText(Some(t)))
            .ok_or_else(invalid)
    }

    /// The value; `null` when it was `undefined`.
    pub fn json(&self, invalid: &dyn Fn() -> Failure) -> Result<Json<'_>, Failure> {
        match &self.0 {
            None => Ok(Json::Null),
            Some(text) => Json::parse(text).map_err(|_| invalid()),
        }
    }
}

/// Any JavaScript value as an owned JSON value (for data kept after the call).
pub fn from_js(value: &JsValue, invalid: &dyn Fn() -> Failure) -> Result<Json<'static>, Failure> {
    JsonText::read(value, invalid)?
        .json(invalid)
        .map(Json::into_owned)
}
