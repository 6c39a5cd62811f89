//! The document catalogue: every kind of material an application may involve. Data, not code:
//! compiled in from `data/documents.json` and replaceable at run time through the same reader.

use super::kind::{Applies, Bilingual, DocumentKind};
use super::label::normalise_label;
use crate::application::Category;
use crate::data;
use crate::failure::{excerpt, Code, Failure};
use crate::path::Path;
use serde::Serialize;
use serde_json::{Map, Value};
use std::sync::OnceLock;

impl Code {
    /// Catalogue data of the wrong shape (param `expected`), or with a duplicate id or alias,
    /// an unknown condition, category or legal basis (param `reason`, `value`).
    pub const INVALID_DOCUMENT_CATALOG: Code = Code::new("invalidDocumentCatalog");
}

/// The catalogue in force, serialised as the array `documentCatalog` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Catalog {
    kinds: Vec<DocumentKind>,
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog::embedded()
    }
}

impl Catalog {
    /// The compiled-in catalogue (data/documents.json). Its tests guarantee it loads; should it
    /// ever not, the catalogue is empty rather than a trap.
    pub fn embedded() -> Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(Catalog::compiled_in).clone()
    }

    /// The compiled-in data read afresh, for a holder that keeps its own copy (the binding's
    /// tables read it once each): no second copy, no clone.
    pub fn compiled_in() -> Catalog {
        let text = include_str!(concat!(env!("OUT_DIR"), "/documents.json"));
        data::embedded(text)
            .and_then(|data| Catalog::read(&data).ok())
            .unwrap_or(Catalog { kinds: Vec::new() })
    }

    /// Reads and checks a catalogue: `{ legalBases?, kinds: [...] }` (the shape of
    /// data/documents.json) or the array `documentCatalog` returns. A legal basis is `{ zh, en }`
    /// or the key of one in `legalBases`. The first fault, in the order a kind is read, is the
    /// one reported; a kind is read whole before it is compared with the kinds before it.
    pub fn read(data: &Value) -> Result<Catalog, Failure> {
        let (items, bases, root) = match data {
            Value::Array(items) => (items, None, Path::root()),
            Value::Object(table) => {
                let root = Path::root().key("kinds");
                match table.get("kinds") {
                    Some(Value::Array(items)) => (items, table.get("legalBases"), root),
                    _ => return Err(shape(root, "array")),
                }
            }
            _ => return Err(shape(Path::root(), "object")),
        };
        if items.is_empty() {
            return Err(refused(root, "empty", ""));
        }
        let mut kinds: Vec<DocumentKind> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let kind = read_kind(item, root.index(i), bases)?;
            unique(&kind, &kinds, &root.index(i))?;
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
}

/// `path` is not of the `expected` shape.
fn shape(path: Path, expected: &'static str) -> Failure {
    Failure::new(Code::INVALID_DOCUMENT_CATALOG, path).with("expected", expected)
}

/// `path` is refused for `reason` (`empty`, `duplicate`, `appliesTo`, `category`, `legalBasis`).
fn refused(path: Path, reason: &'static str, value: &str) -> Failure {
    Failure::new(Code::INVALID_DOCUMENT_CATALOG, path)
        .with("reason", reason)
        .with("value", excerpt(value))
}

/// The members of one object of the data, each read with serde at its own path when the checks
/// ask for it, so that faults are found in the order of the checks (not of the keys). An absent
/// member reads as null.
struct Members<'v> {
    map: &'v Map<String, Value>,
    path: Path,
}

impl<'v> Members<'v> {
    fn of(value: &'v Value, path: Path) -> Result<Members<'v>, Failure> {
        match value {
            Value::Object(map) => Ok(Members { map, path }),
            _ => Err(shape(path, "object")),
        }
    }

    fn at(&self, key: &str) -> Path {
        self.path.key(key)
    }

    /// The member `key` as given (null when absent).
    fn get(&self, key: &str) -> &'v Value {
        self.map.get(key).unwrap_or(&Value::Null)
    }

    /// A string that is not empty.
    fn text(&self, key: &str) -> Result<String, Failure> {
        match self.get(key) {
            Value::String(text) if !text.is_empty() => Ok(text.clone()),
            _ => Err(shape(self.at(key), "string")),
        }
    }

    /// An optional array: absent or null is empty.
    fn list(&self, key: &str) -> Result<&'v [Value], Failure> {
        match self.get(key) {
            Value::Null => Ok(&[]),
            Value::Array(items) => Ok(items),
            _ => Err(shape(self.at(key), "array")),
        }
    }

    /// A flag; `default` when absent or null, unless `required`.
    fn flag(&self, key: &str, default: Option<bool>) -> Result<bool, Failure> {
        match (self.get(key), default) {
            (Value::Bool(flag), _) => Ok(*flag),
            (Value::Null, Some(default)) => Ok(default),
            _ => Err(shape(self.at(key), "boolean")),
        }
    }
}

/// `{ "zh": …, "en": … }` at `path`, both non-empty; other members are dropped.
fn bilingual(value: &Value, path: Path) -> Result<Bilingual, Failure> {
    let members = Members::of(value, path)?;
    Ok(Bilingual {
        zh: members.text("zh")?,
        en: members.text("en")?,
    })
}

/// One kind, on its own; `bases` is the `legalBases` table its citations may name.
fn read_kind(item: &Value, path: Path, bases: Option<&Value>) -> Result<DocumentKind, Failure> {
    let kind = Members::of(item, path)?;
    let id = kind.text("id")?;
    if !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(shape(kind.at("id"), "string"));
    }
    let name = bilingual(kind.get("name"), kind.at("name"))?;
    let (aliases, keys) = aliases(&kind, &name)?;
    let obtainable_by_sharing = kind.flag("obtainableBySharing", None)?;
    // Required when shared; checked whenever given.
    let holder = match kind.get("holder") {
        Value::Null if !obtainable_by_sharing => None,
        value => Some(bilingual(value, kind.at("holder"))?),
    };
    let legal_basis = legal_basis(&kind, bases)?;
    if obtainable_by_sharing && legal_basis.is_empty() {
        return Err(shape(kind.at("legalBasis"), "array"));
    }
    let applies = kind.text("appliesTo")?;
    let applies_to = Applies::parse(&applies)
        .ok_or_else(|| refused(kind.at("appliesTo"), "appliesTo", &applies))?;
    let categories = categories(&kind)?;
    Ok(DocumentKind {
        id,
        name,
        aliases,
        obtainable_by_sharing,
        holder,
        legal_basis,
        authorization_required: kind.flag("authorizationRequired", Some(false))?,
        applies_to,
        categories,
        verified: kind.flag("verified", Some(true))?,
        keys,
    })
}

/// The aliases as given, and the keys labels are matched with: the name's and each alias's
/// normalised form, each once.
fn aliases(kind: &Members, name: &Bilingual) -> Result<(Vec<String>, Vec<String>), Failure> {
    let mut aliases = Vec::new();
    let mut keys = vec![normalise_label(&name.zh)];
    for (i, alias) in kind.list("aliases")?.iter().enumerate() {
        let alias = alias.as_str().unwrap_or_default().to_owned();
        let key = normalise_label(&alias);
        if key.is_empty() {
            return Err(shape(kind.at("aliases").index(i), "string"));
        }
        if !keys.contains(&key) {
            keys.push(key);
        }
        aliases.push(alias);
    }
    Ok((aliases, keys))
}

/// The citations, each `{ zh, en }` or the key of one in `bases`.
fn legal_basis(kind: &Members, bases: Option<&Value>) -> Result<Vec<Bilingual>, Failure> {
    let mut citations = Vec::new();
    for (i, basis) in kind.list("legalBasis")?.iter().enumerate() {
        let at = kind.at("legalBasis").index(i);
        citations.push(match basis {
            Value::String(key) => match bases.and_then(|b| b.get(key)) {
                Some(found) => bilingual(found, Path::root().key("legalBases").key(key))?,
                None => return Err(refused(at, "legalBasis", key)),
            },
            other => bilingual(other, at)?,
        });
    }
    Ok(citations)
}

/// The assistance categories the kind is limited to, as `application::Category` names them.
fn categories(kind: &Members) -> Result<Vec<Category>, Failure> {
    let mut categories = Vec::new();
    for (i, category) in kind.list("categories")?.iter().enumerate() {
        let text = category.as_str().unwrap_or_default();
        let category = Category::parse(text)
            .ok_or_else(|| refused(kind.at("categories").index(i), "category", text))?;
        categories.push(category);
    }
    Ok(categories)
}

/// Refuses a kind at `path` whose id, name or an alias is already taken by one of `before`
/// (`other` is reserved for form items that name no kind).
fn unique(kind: &DocumentKind, before: &[DocumentKind], path: &Path) -> Result<(), Failure> {
    if kind.id == "other" || before.iter().any(|k| k.id == kind.id) {
        return Err(refused(path.key("id"), "duplicate", &kind.id));
    }
    match kind
        .keys
        .iter()
        .find(|key| before.iter().any(|k| k.keys.contains(key)))
    {
        Some(key) => Err(refused(path.key("aliases"), "duplicate", key)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_embedded_catalogue_loads() {
        let data: Value =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/documents.json")))
                .unwrap();
        let catalog = Catalog::read(&data).unwrap();
        assert_eq!(catalog, Catalog::embedded());
        assert!(catalog.kinds().len() > 20);
    }

    #[test]
    fn categories_are_the_applications() {
        let data = json!([{ "id": "x", "name": { "zh": "某证", "en": "X" }, "obtainableBySharing": false,
                            "appliesTo": "always", "categories": ["temporary", "minimumLiving"] }]);
        let catalog = Catalog::read(&data).unwrap();
        let kind = &catalog.kinds()[0];
        assert_eq!(
            kind.categories,
            [Category::Temporary, Category::MinimumLiving]
        );
        assert!(kind.for_category(Some(Category::Temporary)));
        assert!(!kind.for_category(Some(Category::ExtremePoverty)));
        assert!(!kind.for_category(None));
    }

    #[test]
    fn a_wrong_type_is_named_at_its_own_member() {
        let data = json!({ "kinds": [{ "id": "x", "name": { "zh": 1, "en": 2 } }] });
        let failure = Catalog::read(&data).unwrap_err();
        assert_eq!(failure.path, "kinds.0.name.zh");
        assert_eq!(failure.param("expected"), Some("string"));
    }
}
