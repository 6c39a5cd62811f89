//! The wording of the notices as data: `data/notices.json`, compiled in and checked by
//! [`NoticeWording::read`], which also reads a replacement loaded at run time
//! (`loadNoticeWording`). A new notice of the district, a different court, another sentence: the
//! data changes, not the code. Every sentence names the provision it rests on; every element a
//! notice must carry names one too, and the messages of a missing element quote it.

use super::{AddresseeRole, Element, NoticeKind, When};
use crate::decisions::fields::{count, Got};
use crate::decisions::table::Obj;
use crate::decisions::PaymentMethod;
use crate::documents::Bilingual;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;
use serde::{Serialize, Serializer};
use serde_json::Value;
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
    /// provision named exists; every placeholder is one of [`PLACEHOLDERS`]. The first fault, in
    /// the order of the file, is reported at its path.
    pub fn read(data: &Value) -> Result<NoticeWording, Failure> {
        let root = Obj::of(data, Path::root(), CODE)?;
        let provisions = read_provisions(&root.obj("provisions")?)?;
        let known = |key: &str| provisions.iter().any(|p| p.key == key);
        let remedies = root.obj("remedies")?;
        let reconsideration = remedy(&remedies.obj("reconsideration")?, "days", &known)?;
        let litigation = remedy(&remedies.obj("litigation")?, "months", &known)?;
        let issuer = root.obj("issuer")?;
        let issuer_town = issuer.words("town", &["town"])?;
        let issuer_subdistrict = issuer.words("subdistrict", &["town"])?;
        let payment = root.obj("payment")?;
        let mut methods = Vec::new();
        for method in PaymentMethod::ALL {
            methods.push((*method, payment.words(method.as_str(), &[])?));
        }
        let notices = root.obj("notices")?;
        let mut rules = Vec::new();
        for kind in NoticeKind::ALL {
            rules.push(notice(&notices.obj(kind.as_str())?, *kind, &known)?);
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

fn read_provisions(table: &Obj) -> Result<Vec<Provision>, Failure> {
    let mut provisions = Vec::new();
    for key in table.map.keys() {
        let item = table.obj(key)?;
        provisions.push(Provision {
            key: key.clone(),
            name: item.own_words(&[])?,
            quote: item.text("quote")?.to_owned(),
        });
    }
    if provisions.is_empty() {
        return Err(Failure::new(CODE, table.path.clone()).with("expected", "object"));
    }
    Ok(provisions)
}

/// The key of a provision that exists, at `key`.
fn provision(item: &Obj, key: &str, known: &dyn Fn(&str) -> bool) -> Result<String, Failure> {
    let name = item.text(key)?;
    if !known(name) {
        return Err(item.refused(item.at(key), "provision", name));
    }
    Ok(name.to_owned())
}

fn remedy(item: &Obj, unit: &str, known: &dyn Fn(&str) -> bool) -> Result<RemedyRule, Failure> {
    let body = item.words("body", &[])?;
    let period = match count(item.get(unit), 1200) {
        Got::Given(n) if n > 0 => n,
        _ => return Err(item.shape(unit, "integer")),
    };
    let provision = provision(item, "provision", known)?;
    let verified = match item.get("verified") {
        None => true,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(item.shape("verified", "boolean")),
    };
    Ok(RemedyRule {
        body,
        period,
        provision,
        verified,
    })
}

/// A key of one of the enumerations, at `path`.
fn parse<T>(
    item: &Obj,
    path: Path,
    value: &Value,
    reason: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, Failure> {
    let key = value.as_str().unwrap_or_default();
    parse(key).ok_or_else(|| match value {
        Value::String(_) => item.refused(path, reason, key),
        _ => Failure::new(CODE, path).with("expected", "string"),
    })
}

fn notice(
    item: &Obj,
    kind: NoticeKind,
    known: &dyn Fn(&str) -> bool,
) -> Result<NoticeRule, Failure> {
    let title = item.words("title", &[])?;
    let addressees = match item.get("addressees") {
        None => None,
        Some(_) => {
            let mut roles = Vec::new();
            for (i, role) in item.list("addressees")?.iter().enumerate() {
                let path = item.at("addressees").index(i);
                roles.push(parse(item, path, role, "addressee", AddresseeRole::parse)?);
            }
            Some(roles)
        }
    };
    let mut elements: Vec<ElementRule> = Vec::new();
    for (i, entry) in item.list("elements")?.iter().enumerate() {
        let entry = item.child(entry, item.at("elements").index(i))?;
        let key = entry.text("element")?;
        let element = Element::parse(key)
            .ok_or_else(|| entry.refused(entry.at("element"), "element", key))?;
        if elements.iter().any(|e| e.element == element) {
            return Err(entry.refused(entry.at("element"), "duplicate", key));
        }
        let severity = match entry.get("severity") {
            None => Severity::Error,
            Some(value) => value
                .as_str()
                .and_then(Severity::parse)
                .ok_or_else(|| entry.shape("severity", "\"error\" | \"warning\""))?,
        };
        elements.push(ElementRule {
            element,
            provision: provision(&entry, "provision", known)?,
            severity,
        });
    }
    let mut sentences = Vec::new();
    for (i, entry) in item.list("sentences")?.iter().enumerate() {
        let entry = item.child(entry, item.at("sentences").index(i))?;
        let key = entry.text("element")?;
        let element = Element::parse(key)
            .ok_or_else(|| entry.refused(entry.at("element"), "element", key))?;
        let when = match entry.get("when") {
            None => None,
            Some(value) => Some(parse(&entry, entry.at("when"), value, "when", When::parse)?),
        };
        sentences.push(Sentence {
            element,
            when,
            words: entry.own_words(PLACEHOLDERS)?,
            provision: provision(&entry, "provision", known)?,
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
        ];
        for (failure, path, (param, value)) in cases {
            assert_eq!(failure.code, Code::INVALID_NOTICE_WORDING);
            assert_eq!(failure.path, path);
            assert_eq!(failure.param(param), Some(value), "{path}");
        }
    }
}
