//! The document catalogue: every kind of material an application may involve, whether the office
//! obtains it by information sharing (上海市社会救助条例 第46条) and when it applies. Data, not code:
//! compiled in from `data/documents.json` and replaceable at run time through the same loader.

use super::label::normalise_label;
use crate::failure::{Code, Failure};
use crate::json::{object, push_index, Json};
use crate::messages::Locale;
use crate::prelude::*;

/// data/documents.json as build.rs writes it: without whitespace or the members the loader never reads.
static EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/documents.json"));

/// The assistance categories of 上海市社会救助条例 (DESIGN.md's `category`).
pub const CATEGORIES: [&str; 5] = [
    "minimumLiving",
    "lowIncomeMargin",
    "rigidExpenditure",
    "extremePoverty",
    "temporary",
];

/// The key of a language in the catalogue's `{ zh, en }` texts.
fn lang(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "zh",
        Locale::En => "en",
    }
}

/// When a kind of document concerns an application. Household conditions give one entry; member
/// conditions one per member they hold for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Every application.
    Always,
    /// Each member aged 18 or over (or of unknown age).
    AdultMember,
    /// An agent applies on the applicant's behalf.
    Agent,
    /// Medical expenses are declared.
    MedicalExpense,
    /// A member declares income that no register holds.
    UnregisteredIncome,
    /// A member who is the applicant's spouse.
    Spouse,
    /// A member with a disability.
    Disability,
    /// A member under 18.
    Minor,
    /// A member without Shanghai hukou.
    NonLocalHukou,
    /// A member who is a student.
    Student,
    /// The residence address differs from the hukou address.
    ResidenceElsewhere,
    /// Never asked for by these rules; listed so that forms asking for it are linted.
    None,
}

const APPLIES: [(&str, Applies); 12] = [
    ("always", Applies::Always),
    ("adultMember", Applies::AdultMember),
    ("agent", Applies::Agent),
    ("medicalExpense", Applies::MedicalExpense),
    ("unregisteredIncome", Applies::UnregisteredIncome),
    ("spouse", Applies::Spouse),
    ("disability", Applies::Disability),
    ("minor", Applies::Minor),
    ("nonLocalHukou", Applies::NonLocalHukou),
    ("student", Applies::Student),
    ("residenceElsewhere", Applies::ResidenceElsewhere),
    ("none", Applies::None),
];

impl Applies {
    pub fn key(self) -> &'static str {
        let mut key = "none";
        for &(k, a) in &APPLIES {
            if a == self {
                key = k;
            }
        }
        key
    }

    pub fn from_key(key: &str) -> Option<Applies> {
        APPLIES.iter().find(|(k, _)| *k == key).map(|(_, a)| *a)
    }

    /// Whether the condition is checked per household member.
    pub fn per_member(self) -> bool {
        !matches!(
            self,
            Applies::Always
                | Applies::Agent
                | Applies::MedicalExpense
                | Applies::ResidenceElsewhere
                | Applies::None
        )
    }
}

/// One kind of document. The checked data is kept as JSON (what `documentCatalog` returns); the
/// fields the rules branch on are read out.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentKind {
    /// Stable identifier (`householdRegister`).
    pub id: String,
    /// The office obtains it by information sharing: it must not be requested (第46条).
    pub obtainable_by_sharing: bool,
    /// Obtained only with the applicant's written authorisation (bank deposits and the like).
    pub authorization_required: bool,
    /// False where the fact is not verified (DOMAIN.md §5): configuration with a default.
    pub verified: bool,
    pub applies_to: Applies,
    json: Json<'static>,
    /// The normalised name and aliases, for matching labels.
    pub(crate) keys: Vec<String>,
}

fn text_in<'a>(value: Option<&'a Json<'a>>, locale: Locale) -> Option<&'a str> {
    value?.get(lang(locale))?.as_str()
}

impl DocumentKind {
    /// The kind as `documentCatalog` returns it (and `loadDocumentCatalog` accepts it back):
    /// `{ id, name, aliases, obtainableBySharing, holder, legalBasis, authorizationRequired,
    /// appliesTo, categories, verified }`.
    pub fn to_json(&self) -> &Json<'static> {
        &self.json
    }

    pub fn name(&self, locale: Locale) -> &str {
        text_in(self.json.get("name"), locale).unwrap_or_default()
    }

    /// The department or system that holds it (shareable kinds).
    pub fn holder(&self, locale: Locale) -> Option<&str> {
        text_in(self.json.get("holder"), locale)
    }

    /// The legal basis, one citation per entry.
    pub fn legal_basis(&self, locale: Locale) -> Vec<&str> {
        let items = self.json.get("legalBasis").and_then(Json::as_array);
        let mut out = Vec::new();
        for item in items.unwrap_or_default() {
            if let Some(text) = text_in(Some(item), locale) {
                out.push(text);
            }
        }
        out
    }

    /// The legal basis as a JSON array of citations (built here once for every answer that
    /// carries it: no `Vec<&str>` conversion instance).
    pub fn legal_basis_json(&self, locale: Locale) -> Json<'_> {
        let mut out = Vec::new();
        for citation in self.legal_basis(locale) {
            out.push(Json::from(citation));
        }
        Json::Array(out)
    }

    /// Whether it applies to an application of `category` (`None`: unknown).
    pub fn for_category(&self, category: Option<&str>) -> bool {
        let limited = self.json.get("categories").and_then(Json::as_array);
        let limited = limited.unwrap_or_default();
        limited.is_empty() || limited.iter().any(|c| c.as_str() == category)
    }
}

/// Appends texts to `out` with a separator between them.
pub(crate) fn push_joined(out: &mut String, items: &[&str], separator: &str) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
}

/// The catalogue in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    kinds: Vec<DocumentKind>,
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog::embedded()
    }
}

impl Code {
    /// Catalogue data of the wrong shape (param `expected`), or with a duplicate id or alias,
    /// an unknown condition, category or legal basis (param `reason`, `value`).
    pub const INVALID_DOCUMENT_CATALOG: Code = Code::new("invalidDocumentCatalog");
}

/// `path.key`; `key` at the top, `path` for no key.
pub(crate) fn join(path: &str, key: &str) -> String {
    let mut out = String::with_capacity(path.len() + key.len() + 1);
    out.push_str(path);
    if !path.is_empty() && !key.is_empty() {
        out.push('.');
    }
    out.push_str(key);
    out
}

/// `path.index`, written without the integer formatter.
pub(crate) fn index(path: &str, i: usize) -> String {
    let mut out = String::with_capacity(path.len() + 4);
    out.push_str(path);
    if !path.is_empty() {
        out.push('.');
    }
    push_index(&mut out, i);
    out
}

/// `path.key.i`.
fn nth(path: &str, key: &str, i: usize) -> String {
    index(&join(path, key), i)
}

fn shape(path: &str, key: &str, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_DOCUMENT_CATALOG, join(path, key)).with("expected", expected)
}

/// `path.key` (either may be empty) is refused for `reason`.
fn refused(path: &str, key: &str, reason: &'static str, value: &str) -> Failure {
    Failure::new(Code::INVALID_DOCUMENT_CATALOG, join(path, key))
        .with("reason", reason)
        .with("value", value)
}

/// The non-empty string at `value.key`.
fn text<'a>(value: &'a Json, path: &str, key: &str) -> Result<&'a str, Failure> {
    match value.get(key).and_then(Json::as_str) {
        Some(s) if !s.is_empty() => Ok(s),
        _ => Err(shape(path, key, "string")),
    }
}

/// `{ "zh": …, "en": … }`, rebuilt without anything else (borrowed: the kind owns its strings
/// only once all of it is read).
fn bilingual<'a>(value: Option<&'a Json>, path: &str, key: &str) -> Result<Json<'a>, Failure> {
    let value = value.filter(|v| v.as_object().is_some());
    let value = value.ok_or_else(|| shape(path, key, "object"))?;
    let path = join(path, key);
    let zh = text(value, &path, "zh")?;
    Ok(object()
        .field("zh", zh)
        .field("en", text(value, &path, "en")?)
        .build())
}

fn flag(item: &Json, path: &str, key: &str, default: bool) -> Result<bool, Failure> {
    match item.get(key) {
        None | Some(Json::Null) => Ok(default),
        Some(v) => v.as_bool().ok_or_else(|| shape(path, key, "boolean")),
    }
}

/// An optional array (absent or null: empty).
fn list<'a>(item: &'a Json<'a>, path: &str, key: &str) -> Result<&'a [Json<'a>], Failure> {
    match item.get(key) {
        None | Some(Json::Null) => Ok(&[]),
        Some(v) => v.as_array().ok_or_else(|| shape(path, key, "array")),
    }
}

impl Catalog {
    /// The compiled-in catalogue (data/documents.json). Its tests guarantee it loads; should it
    /// ever not, the catalogue is empty rather than a trap.
    pub fn embedded() -> Catalog {
        if let Ok(data) = Json::parse(EMBEDDED) {
            if let Ok(catalog) = Catalog::from_json(&data) {
                return catalog;
            }
        }
        Catalog { kinds: Vec::new() }
    }

    /// Reads and checks a catalogue: `{ legalBases?, kinds: [...] }` or the array `documentCatalog`
    /// returns. A legal basis is `{ zh, en }` or the key of one in `legalBases`.
    pub fn from_json(data: &Json) -> Result<Catalog, Failure> {
        let (items, bases, root) = match data {
            Json::Array(items) => (items.as_slice(), None, ""),
            Json::Object(_) => match data.get("kinds").and_then(Json::as_array) {
                Some(items) => (items, data.get("legalBases"), "kinds"),
                None => return Err(shape("", "kinds", "array")),
            },
            _ => return Err(shape("", "", "object")),
        };
        if items.is_empty() {
            return Err(refused(root, "", "empty", ""));
        }
        let mut kinds: Vec<DocumentKind> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = index(root, i);
            let kind = read_kind(item, &path, bases, &kinds)?;
            kinds.push(kind);
        }
        Ok(Catalog { kinds })
    }

    pub fn kinds(&self) -> &[DocumentKind] {
        &self.kinds
    }

    /// The kind with this id.
    pub fn get(&self, id: &str) -> Option<&DocumentKind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    /// The catalogue as `documentCatalog` returns it.
    pub fn to_json(&self) -> Json<'_> {
        let mut out = Vec::new();
        for kind in &self.kinds {
            out.push(kind.json.clone());
        }
        Json::Array(out)
    }
}

/// The kind at `path`, read whole, then compared with the kinds before it.
fn read_kind(
    item: &Json,
    path: &str,
    bases: Option<&Json>,
    before: &[DocumentKind],
) -> Result<DocumentKind, Failure> {
    if item.as_object().is_none() {
        return Err(shape(path, "", "object"));
    }
    let id = text(item, path, "id")?;
    if !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(shape(path, "id", "string"));
    }
    let name = bilingual(item.get("name"), path, "name")?;
    let mut keys = Vec::new();
    keys.push(normalise_label(
        text_in(Some(&name), Locale::ZhCn).unwrap_or_default(),
    ));
    let aliases = list(item, path, "aliases")?;
    for (i, alias) in aliases.iter().enumerate() {
        let key = normalise_label(alias.as_str().unwrap_or_default());
        if key.is_empty() {
            return Err(shape(&nth(path, "aliases", i), "", "string"));
        }
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let shared = item.get("obtainableBySharing").and_then(Json::as_bool);
    let shared = shared.ok_or_else(|| shape(path, "obtainableBySharing", "boolean"))?;
    let holder = match item.get("holder") {
        None | Some(Json::Null) if !shared => Json::Null,
        value => bilingual(value, path, "holder")?,
    };
    let mut legal_basis = Vec::new();
    for (i, basis) in list(item, path, "legalBasis")?.iter().enumerate() {
        legal_basis.push(match basis.as_str() {
            Some(key) => match bases.and_then(|b| b.get(key)) {
                Some(found) => bilingual(Some(found), "legalBases", key)?,
                None => return Err(refused(&nth(path, "legalBasis", i), "", "legalBasis", key)),
            },
            None => bilingual(Some(basis), &nth(path, "legalBasis", i), "")?,
        });
    }
    if shared && legal_basis.is_empty() {
        return Err(shape(path, "legalBasis", "array"));
    }
    let applies = text(item, path, "appliesTo")?;
    let applies_to = Applies::from_key(applies)
        .ok_or_else(|| refused(path, "appliesTo", "appliesTo", applies))?;
    let categories = list(item, path, "categories")?;
    for (i, category) in categories.iter().enumerate() {
        if !category.as_str().is_some_and(|c| CATEGORIES.contains(&c)) {
            let value = category.as_str().unwrap_or_default();
            return Err(refused(&nth(path, "categories", i), "", "category", value));
        }
    }
    let authorization_required = flag(item, path, "authorizationRequired", false)?;
    let verified = flag(item, path, "verified", true)?;
    if id == "other" || before.iter().any(|k| k.id == id) {
        return Err(refused(path, "id", "duplicate", id));
    }
    for key in &keys {
        if before.iter().any(|k| k.keys.contains(key)) {
            return Err(refused(path, "aliases", "duplicate", key));
        }
    }
    let json = object()
        .field("id", id)
        .field("name", name)
        .field("aliases", Json::Array(aliases.to_vec()))
        .field("obtainableBySharing", shared)
        .field("holder", holder)
        .field("legalBasis", Json::Array(legal_basis))
        .field("authorizationRequired", authorization_required)
        .field("appliesTo", applies)
        .field("categories", Json::Array(categories.to_vec()))
        .field("verified", verified)
        .build();
    Ok(DocumentKind {
        id: id.to_owned(),
        obtainable_by_sharing: shared,
        authorization_required,
        verified,
        applies_to,
        json: json.into_owned(),
        keys,
    })
}
