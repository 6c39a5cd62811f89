//! `validateIdNumber`, `labelFor`, and the packed reports behind `validateApplication` and
//! `validateApplications` (js/reports.js unpacks them). The data to check (any JavaScript value)
//! always gets a report; only unusable options throw a coded `Error`.

use super::convert::{array_items, date, options, to_error, to_js, JsonText, Options as JsOptions};
use crate::application::{validate, validate_each, Options, Report};
use crate::failure::{Code, Failure};
use crate::identity::{self, IdType, Severity};
use crate::json::Json;
use crate::messages::{field_label, field_message, Locale};
use crate::prelude::*;
use wasm_bindgen::prelude::*;

/// `locale`, `today` and `fields` of the options.
fn read_options(opts: &JsValue) -> Result<(Options, JsOptions), JsValue> {
    let (opts, locale) = options(opts)?;
    let throw = |f: Failure| to_error(&f, locale);
    let today = match opts.given("today") {
        None => None,
        Some(today) => Some(date(&today, "opts.today").map_err(throw)?),
    };
    let fields = match opts.given("fields") {
        None => None,
        Some(fields) => match strings(&fields) {
            Some(paths) => Some(paths),
            None => {
                return Err(throw(
                    Failure::new(Code::INVALID_ARGUMENT, "opts.fields").with("expected", "array"),
                ))
            }
        },
    };
    let options = Options {
        locale,
        today,
        fields,
    };
    Ok((options, opts))
}

/// An array of strings.
fn strings(value: &JsValue) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for item in array_items(value)? {
        out.push(item.as_string()?);
    }
    Some(out)
}

#[wasm_bindgen(js_name = validateIdNumber, skip_typescript)]
pub fn validate_id_number(value: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (options, opts) = read_options(&opts)?;
    let mut expected = None;
    if let Some(id_type) = opts.given("type") {
        expected = id_type.as_string().and_then(|t| IdType::parse(&t));
        if expected.is_none() {
            return Err(to_error(
                &Failure::new(Code::INVALID_ARGUMENT, "opts.type").with(
                    "expected",
                    "\"residentId\" | \"residentId15\" | \"hkMacaoResidencePermit\" | \"taiwanResidencePermit\" | \"foreignPermanentResident\"",
                ),
                options.locale,
            ));
        }
    }
    // Only strings are read; anything else is reported as not a number (null as missing).
    let value = match value.as_string() {
        Some(text) => Json::from(text),
        None if value.is_undefined() || value.is_null() => Json::Null,
        None => Json::Bool(false),
    };
    let check = identity::validate_id_number(&value, expected, options.today);
    Ok(to_js(&check.to_json(options.locale)))
}

/// The field a model path names, in words (`members.1.idNumber` → 第2位家庭成员的证件号码), as
/// validation messages name it: for portals that list findings or documents by field.
#[wasm_bindgen(js_name = labelFor, skip_typescript)]
pub fn label_for(path: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (_, locale) = options(&opts)?;
    match path.as_string() {
        Some(path) => Ok(JsValue::from_str(&field_label(&path, locale))),
        None => Err(to_error(
            &Failure::new(Code::INVALID_ARGUMENT, "path").with("expected", "string"),
            locale,
        )),
    }
}

#[wasm_bindgen(js_name = __validateApplicationPacked, skip_typescript)]
pub fn validate_application(app: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (options, _) = read_options(&opts)?;
    // A value JSON cannot hold (a BigInt, a cycle, a symbol) is not an application.
    let invalid = || Failure::new(Code::NOT_AN_APPLICATION, "");
    let text = JsonText::read(&app, &invalid).ok();
    let json = text
        .as_ref()
        .and_then(|t| t.json(&invalid).ok())
        .unwrap_or(Json::Null);
    let mut packed = Packed::default();
    packed.report(&validate(&json, &options), options.locale);
    Ok(Units::new(&packed.0).into())
}

#[wasm_bindgen(js_name = __validateApplicationsPacked, skip_typescript)]
pub fn validate_applications(json: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let (options, _) = read_options(&opts)?;
    let text = json.as_string().unwrap_or_default();
    let mut packed = Packed::default();
    let each = |report: &Report| packed.report(report, options.locale);
    if let Err(single) = validate_each(&text, &options, each) {
        packed.0.clear();
        packed.report(&single, options.locale);
    }
    Ok(Units::new(&packed.0).into())
}

/// Reports packed for js/reports.js as one array of UTF-16 code units, five to six times cheaper
/// to take apart there than JSON text through `TextDecoder` and `JSON.parse`: JavaScript decodes
/// the whole array into one string once, reads numbers from the array and slices the texts.
///
/// report: valid (0 or 1), findings count, finding*, normalized count, (path, value)*
/// finding: path, code, warning (0 or 1), message, params count, (name, value)*
/// number: two units, the low 16 bits first; text: its length in units (a number), the units
#[derive(Default)]
struct Packed(Vec<u16>);

#[wasm_bindgen]
extern "C" {
    /// A `Uint16Array`, made by copying the packed units out of the module's memory.
    #[wasm_bindgen(js_name = Uint16Array)]
    type Units;
    #[wasm_bindgen(constructor, js_class = "Uint16Array")]
    fn new(units: &[u16]) -> Units;
}

impl Packed {
    fn report(&mut self, report: &Report, locale: Locale) {
        self.number(report.valid() as usize);
        self.number(report.findings.len());
        for finding in &report.findings {
            let failure = &finding.failure;
            self.text(&failure.path);
            self.text(failure.code.as_str());
            self.number((finding.severity == Severity::Warning) as usize);
            self.text(&field_message(failure, locale));
            self.number(failure.params.len());
            for (name, value) in &failure.params {
                self.text(name);
                self.text(value);
            }
        }
        self.number(report.normalized.len());
        for (path, value) in &report.normalized {
            self.text(path);
            self.text(value);
        }
    }

    fn number(&mut self, n: usize) {
        self.0.extend([n as u16, (n >> 16) as u16]);
    }

    /// The length goes first: written as 0, then filled in once the units are (counting them
    /// first would be a second pass over the text).
    fn text(&mut self, s: &str) {
        let at = self.0.len();
        self.number(0);
        self.0.extend(s.encode_utf16());
        let length = self.0.len() - at - 2;
        if let Some(low) = self.0.get_mut(at) {
            *low = length as u16;
        }
        if let Some(high) = self.0.get_mut(at + 1) {
            *high = (length >> 16) as u16;
        }
    }
}
