//! The wording of the notices as data: `data/notices.json`, compiled in and checked by
//! [`NoticeWording::read`], which also reads a replacement loaded at run time
//! (`loadNoticeWording`). A new notice of the district, a different court, another sentence: the
//! data changes, not the code. Every sentence names the provision it rests on; every element a
//! notice must carry names one too, and the messages of a missing element quote it.

use super::{AddresseeRole, Element, NoticeKind, When};
use crate::data::{self, given, Entries, Object, Text};
use crate::decisions::fields::{count, Got};
use crate::decisions::words::{refused, required, Words};
use crate::decisions::PaymentMethod;
use crate::documents::Bilingual;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::sync::OnceLock;

impl Code {
    /// Notice wording of the wrong shape (param `expected`), or naming what does not exist: an
    /// unknown element, condition, addressee, payment method, provision or placeholder, a notice
    /// kind missing or listed twice (param `reason`, `value`).
    pub const INVALID_NOTICE_WORDING: Code = Code::new("invalidNoticeWording");
}

/// What a sentence may say, each name filled from the draft (or the procedure, for `windowDays`).
pub const PLACEHOLDERS: &[&str] = &[
    "issuer",
    "number",
    "addressee",
    "applicant",
    "issuedOn",
    "category",
    "amount",
    "startMonth",
    "payment",
    "facts",
    "reasons",
    "basis",
    "oldAmount",
    "newAmount",
    "fromMonth",
    "lastDay",
    "servedOn",
    "windowDays",
    "reconsiderationBody",
    "reconsiderationDays",
    "litigationBody",
    "litigationMonths",
    "defenceReasons",
    "receivedOn",
];

/// A provision a sentence or an element rests on: its name, and the words it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provision {
    pub key: String,
    pub name: Bilingual,
    pub quote: String,
}

/// A remedy as the law gives it: the body to apply to, and the period (days or months).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemedyRule {
    pub body: Bilingual,
    pub period: u32,
    pub provision: String,
    /// Whether the body is confirmed for Qingpu (the court is not, see the data's `_sources`).
    pub verified: bool,
}

/// An element a notice must (error) or should (warning) carry, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementRule {
    pub element: Element,
    pub provision: String,
    pub severity: Severity,
}

/// A sentence of the notice, printed when `when` holds (always without one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub element: Element,
    pub when: Option<When>,
    pub words: Bilingual,
    pub provision: String,
}

/// One kind of notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeRule {
    pub kind: NoticeKind,
    pub title: Bilingual,
    /// Who it may be addressed to (anyone when `None`).
    pub addressees: Option<Vec<AddresseeRole>>,
    pub elements: Vec<ElementRule>,
    pub sentences: Vec<Sentence>,
}

/// The wording in force: every notice kind, the remedies, the issuer's name, the payment methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeWording {
    pub provisions: Vec<Provision>,
    pub reconsideration: RemedyRule,
    pub litigation: RemedyRule,
    /// `青浦区{town}人民政府` for a town, `…办事处` for a sub-district.
    pub issuer_town: Bilingual,
    pub issuer_subdistrict: Bilingual,
    pub payment: Vec<(PaymentMethod, Bilingual)>,
    pub notices: Vec<NoticeRule>,
    /// The data as read (comments dropped), which `noticeWording()` returns.
    source: Value,
}

impl Serialize for NoticeWording {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.source.serialize(serializer)
    }
}

impl NoticeWording {
    /// The compiled-in wording (data/notices.json), read once with the checks of [`Self::read`].
    /// Its tests guarantee it loads; should it ever not, `None` rather than a trap.
    pub fn embedded() -> Option<NoticeWording> {
        static EMBEDDED: OnceLock<Option<NoticeWording>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let text = include_str!(concat!(env!("OUT_DIR"), "/notices.json"));
                crate::data::embedded(text).and_then(|data| NoticeWording::read(&data).ok())
            })
            .clone()
    }

    /// Reads and checks wording shaped like data/notices.json: all five notices, each once; every
    /// provision named exists; every placeholder is one of [`PLACEHOLDERS`]. Serde reads the
    /// shape; what it cannot say is checked after, in the order of the file, and the first fault
    /// is reported at its path.
    pub fn read(data: &Value) -> Result<NoticeWording, Failure> {
        let root = Path::root();
        let Object(table): Object<WordingData> = data::read(data, CODE, &root)?;
        let provisions = read_provisions(table.provisions, root.key("provisions"))?;
        let known = |key: &str| provisions.iter().any(|p| p.key == key);
        let path = root.key("remedies");
        let Object(remedies) = required(table.remedies, path.clone(), CODE, "object")?;
        let reconsideration = remedy(remedies.reconsideration, &path, "reconsideration", &known)?;
        let litigation = remedy(remedies.litigation, &path, "litigation", &known)?;
        let path = root.key("issuer");
        let Object(issuer) = required(table.issuer, path.clone(), CODE, "object")?;
        let issuer_town = words(issuer.town, &path.key("town"), &["town"])?;
        let issuer_subdistrict = words(issuer.subdistrict, &path.key("subdistrict"), &["town"])?;
        let path = root.key("payment");
        let payment = required(table.payment, path.clone(), CODE, "object")?;
        let mut methods = Vec::new();
        for method in PaymentMethod::ALL {
            let at = path.key(method.as_str());
            let given = payment.get(method.as_str());
            let given = given.map(|v| data::read(v, CODE, &at)).transpose()?;
            methods.push((*method, words(given, &at, &[])?));
        }
        let path = root.key("notices");
        let notices = required(table.notices, path.clone(), CODE, "object")?;
        let mut rules = Vec::new();
        for kind in NoticeKind::ALL {
            let at = path.key(kind.as_str());
            let given = notices.get(kind.as_str());
            let Object(item) = required(given, at.clone(), CODE, "object")
                .and_then(|v| data::read(v, CODE, &at))?;
            rules.push(notice(item, *kind, &at, &known)?);
        }
        Ok(NoticeWording {
            provisions,
            reconsideration,
            litigation,
            issuer_town,
            issuer_subdistrict,
            payment: methods,
            notices: rules,
            source: data.clone(),
        })
    }

    /// The rule of one kind (every kind has one: [`Self::read`] checked it).
    pub fn notice(&self, kind: NoticeKind) -> Option<&NoticeRule> {
        self.notices.iter().find(|n| n.kind == kind)
    }

    pub fn provision(&self, key: &str) -> Option<&Provision> {
        self.provisions.iter().find(|p| p.key == key)
    }

    pub fn payment_words(&self, method: PaymentMethod) -> Option<&Bilingual> {
        self.payment
            .iter()
            .find(|(m, _)| *m == method)
            .map(|(_, words)| words)
    }
}

const CODE: Code = Code::INVALID_NOTICE_WORDING;

/// data/notices.json as given. The notices and the payment methods are read by their keys, each at
/// its own path, so that other members are left alone as before.
#[derive(Deserialize)]
struct WordingData {
    #[serde(default, deserialize_with = "given")]
    provisions: Option<Entries<Object<ProvisionData>>>,
    #[serde(default, deserialize_with = "given")]
    remedies: Option<Object<RemediesData>>,
    #[serde(default, deserialize_with = "given")]
    issuer: Option<Object<IssuerData>>,
    #[serde(default, deserialize_with = "given")]
    payment: Option<Map<String, Value>>,
    #[serde(default, deserialize_with = "given")]
    notices: Option<Map<String, Value>>,
}

#[derive(Deserialize)]
struct ProvisionData {
    #[serde(default, deserialize_with = "given")]
    zh: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    en: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    quote: Option<Text>,
}

#[derive(Deserialize)]
struct RemediesData {
    #[serde(default, deserialize_with = "given")]
    reconsideration: Option<Object<RemedyData>>,
    #[serde(default, deserialize_with = "given")]
    litigation: Option<Object<RemedyData>>,
}

/// A remedy: its period is a whole number of `days` or `months`, checked after.
#[derive(Deserialize)]
struct RemedyData {
    #[serde(default, deserialize_with = "given")]
    body: Option<Object<Words>>,
    days: Option<Value>,
    months: Option<Value>,
    #[serde(default, deserialize_with = "given")]
    provision: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    verified: Option<bool>,
}

#[derive(Deserialize)]
struct IssuerData {
    #[serde(default, deserialize_with = "given")]
    town: Option<Object<Words>>,
    #[serde(default, deserialize_with = "given")]
    subdistrict: Option<Object<Words>>,
}

#[derive(Deserialize)]
struct NoticeData {
    #[serde(default, deserialize_with = "given")]
    title: Option<Object<Words>>,
    #[serde(default, deserialize_with = "given")]
    addressees: Option<Vec<String>>,
    #[serde(default, deserialize_with = "given")]
    elements: Option<Vec<Object<ElementData>>>,
    #[serde(default, deserialize_with = "given")]
    sentences: Option<Vec<Object<SentenceData>>>,
}

#[derive(Deserialize)]
struct ElementData {
    #[serde(default, deserialize_with = "given")]
    element: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    provision: Option<Text>,
    /// Anything but `"error"` or `"warning"` is refused as such, after.
    #[serde(default, deserialize_with = "given")]
    severity: Option<Value>,
}

#[derive(Deserialize)]
struct SentenceData {
    #[serde(default, deserialize_with = "given")]
    element: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    when: Option<String>,
    #[serde(default, deserialize_with = "given")]
    zh: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    en: Option<Text>,
    #[serde(default, deserialize_with = "given")]
    provision: Option<Text>,
}

/// The words at `path`, which the table requires.
fn words(
    given: Option<Object<Words>>,
    path: &Path,
    allowed: &[&str],
) -> Result<Bilingual, Failure> {
    let Object(words) = required(given, path.clone(), CODE, "object")?;
    words.read(allowed, path, CODE)
}

fn read_provisions(
    given: Option<Entries<Object<ProvisionData>>>,
    path: Path,
) -> Result<Vec<Provision>, Failure> {
    let Entries(items) = required(given, path.clone(), CODE, "object")?;
    if items.is_empty() {
        return Err(Failure::new(CODE, path).with("expected", "object"));
    }
    let mut provisions = Vec::new();
    for (key, Object(item)) in items {
        let at = path.key(&key);
        let name = Words {
            zh: item.zh,
            en: item.en,
        };
        provisions.push(Provision {
            name: name.read(&[], &at, CODE)?,
            quote: required(item.quote, at.key("quote"), CODE, "string")?.0,
            key,
        });
    }
    Ok(provisions)
}

/// The key of a provision that exists, at `path`.
fn provision(
    given: Option<Text>,
    path: Path,
    known: &dyn Fn(&str) -> bool,
) -> Result<String, Failure> {
    let Text(name) = required(given, path.clone(), CODE, "string")?;
    if !known(&name) {
        return Err(refused(CODE, path, "provision", &name));
    }
    Ok(name)
}

fn remedy(
    given: Option<Object<RemedyData>>,
    remedies: &Path,
    key: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<RemedyRule, Failure> {
    let path = remedies.key(key);
    let Object(item) = required(given, path.clone(), CODE, "object")?;
    let body = words(item.body, &path.key("body"), &[])?;
    let (unit, period) = match key {
        "reconsideration" => ("days", item.days),
        _ => ("months", item.months),
    };
    let period = match count(period.as_ref(), 1200) {
        Got::Given(n) if n > 0 => n,
        _ => return Err(Failure::new(CODE, path.key(unit)).with("expected", "integer")),
    };
    Ok(RemedyRule {
        body,
        period,
        provision: provision(item.provision, path.key("provision"), known)?,
        verified: item.verified.unwrap_or(true),
    })
}

/// A key of one of the enumerations, at `path`.
fn parse<T>(
    key: &str,
    path: Path,
    reason: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, Failure> {
    parse(key).ok_or_else(|| refused(CODE, path, reason, key))
}

fn notice(
    item: NoticeData,
    kind: NoticeKind,
    path: &Path,
    known: &dyn Fn(&str) -> bool,
) -> Result<NoticeRule, Failure> {
    let title = words(item.title, &path.key("title"), &[])?;
    let addressees = match item.addressees {
        None => None,
        Some(list) => {
            let mut roles = Vec::new();
            for (i, role) in list.iter().enumerate() {
                let at = path.key("addressees").index(i);
                roles.push(parse(role, at, "addressee", AddresseeRole::parse)?);
            }
            Some(roles)
        }
    };
    let list = required(item.elements, path.key("elements"), CODE, "array")?;
    let mut elements: Vec<ElementRule> = Vec::new();
    for (i, Object(entry)) in list.into_iter().enumerate() {
        let at = path.key("elements").index(i);
        let Text(key) = required(entry.element, at.key("element"), CODE, "string")?;
        let element = parse(&key, at.key("element"), "element", Element::parse)?;
        if elements.iter().any(|e| e.element == element) {
            return Err(refused(CODE, at.key("element"), "duplicate", &key));
        }
        let severity = match entry.severity {
            None => Severity::Error,
            Some(value) => value.as_str().and_then(Severity::parse).ok_or_else(|| {
                Failure::new(CODE, at.key("severity")).with("expected", "\"error\" | \"warning\"")
            })?,
        };
        elements.push(ElementRule {
            element,
            provision: provision(entry.provision, at.key("provision"), known)?,
            severity,
        });
    }
    let list = required(item.sentences, path.key("sentences"), CODE, "array")?;
    let mut sentences = Vec::new();
    for (i, Object(entry)) in list.into_iter().enumerate() {
        let at = path.key("sentences").index(i);
        let Text(key) = required(entry.element, at.key("element"), CODE, "string")?;
        let element = parse(&key, at.key("element"), "element", Element::parse)?;
        let when = match entry.when {
            None => None,
            Some(key) => Some(parse(&key, at.key("when"), "when", When::parse)?),
        };
        let words = Words {
            zh: entry.zh,
            en: entry.en,
        };
        sentences.push(Sentence {
            element,
            when,
            words: words.read(PLACEHOLDERS, &at, CODE)?,
            provision: provision(entry.provision, at.key("provision"), known)?,
        });
    }
    Ok(NoticeRule {
        kind,
        title,
        addressees,
        elements,
        sentences,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static SOURCE: &str = include_str!("../../../data/notices.json");

    fn base() -> Value {
        serde_json::from_str(SOURCE).unwrap()
    }

    #[test]
    fn the_embedded_wording_loads_and_round_trips() {
        let wording = NoticeWording::embedded().expect("data/notices.json loads");
        assert_eq!(wording.notices.len(), 5);
        assert_eq!(wording.reconsideration.period, 60);
        assert_eq!(wording.litigation.period, 6);
        assert!(!wording.litigation.verified);
        let written = serde_json::to_value(&wording).unwrap();
        assert_eq!(NoticeWording::read(&written).unwrap(), wording);
        // Every element a notice requires names a provision that says something.
        for rule in &wording.notices {
            for e in &rule.elements {
                assert!(wording.provision(&e.provision).is_some(), "{:?}", e);
            }
        }
    }

    #[test]
    fn bad_wording_names_its_path() {
        let edited = |edit: &dyn Fn(&mut Value)| {
            let mut data = base();
            edit(&mut data);
            NoticeWording::read(&data).unwrap_err()
        };
        let cases: Vec<(Failure, &str, (&str, &str))> = vec![
            (
                NoticeWording::read(&json!([])).unwrap_err(),
                "",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["remedies"]["reconsideration"]["days"] = json!(0)),
                "remedies.reconsideration.days",
                ("expected", "integer"),
            ),
            (
                edited(&|d| d["remedies"]["litigation"]["provision"] = json!("x")),
                "remedies.litigation.provision",
                ("reason", "provision"),
            ),
            (
                edited(&|d| {
                    d["notices"].as_object_mut().unwrap().remove("stop");
                }),
                "notices.stop",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["notices"]["refusal"]["elements"][4]["element"] = json!("why")),
                "notices.refusal.elements.4.element",
                ("reason", "element"),
            ),
            (
                edited(&|d| d["notices"]["refusal"]["elements"][5]["element"] = json!("reasons")),
                "notices.refusal.elements.5.element",
                ("reason", "duplicate"),
            ),
            (
                edited(&|d| d["notices"]["refusal"]["elements"][0]["severity"] = json!("fatal")),
                "notices.refusal.elements.0.severity",
                ("expected", "\"error\" | \"warning\""),
            ),
            (
                edited(&|d| d["notices"]["stop"]["sentences"][3]["when"] = json!("maybe")),
                "notices.stop.sentences.3.when",
                ("reason", "when"),
            ),
            (
                edited(&|d| d["notices"]["approval"]["sentences"][3]["zh"] = json!("{idNumber}")),
                "notices.approval.sentences.3.zh",
                ("reason", "placeholder"),
            ),
            (
                edited(&|d| d["notices"]["approval"]["sentences"][3]["en"] = json!("{amount")),
                "notices.approval.sentences.3.en",
                ("reason", "placeholder"),
            ),
            (
                edited(&|d| d["notices"]["approval"]["title"]["zh"] = json!("{category}")),
                "notices.approval.title.zh",
                ("reason", "placeholder"),
            ),
            (
                edited(&|d| d["notices"]["refusal"]["addressees"] = json!(["neighbour"])),
                "notices.refusal.addressees.0",
                ("reason", "addressee"),
            ),
            (
                edited(&|d| d["payment"]["proxy"] = json!({ "zh": "x" })),
                "payment.proxy.en",
                ("expected", "string"),
            ),
            (
                edited(&|d| d["provisions"] = json!({})),
                "provisions",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["issuer"]["town"]["zh"] = json!("{name}人民政府")),
                "issuer.town.zh",
                ("reason", "placeholder"),
            ),
            // Not read by position from an array, and null is not absence.
            (
                edited(&|d| d["notices"]["approval"]["title"] = json!(["批准", "approval"])),
                "notices.approval.title",
                ("expected", "object"),
            ),
            (
                edited(&|d| d["remedies"]["litigation"]["verified"] = json!(null)),
                "remedies.litigation.verified",
                ("expected", "boolean"),
            ),
        ];
        for (failure, path, (param, value)) in cases {
            assert_eq!(failure.code, Code::INVALID_NOTICE_WORDING);
            assert_eq!(failure.path, path);
            assert_eq!(failure.param(param), Some(value), "{path}");
        }
    }
}
