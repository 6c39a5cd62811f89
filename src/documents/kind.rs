//! One kind of document in the catalogue: what it is called, whether the office obtains it by
//! information sharing (上海市社会救助条例 第46条), from whom and on what legal basis, and when an
//! application involves it.

use crate::application::Category;
use crate::Locale;
use serde::Serialize;

keyed!(
    /// When a kind of document concerns an application. Household conditions give one occasion;
    /// member conditions one per member they hold for.
    Applies {
        /// Every application.
        Always = "always",
        /// Each member aged 18 or over (or of unknown age).
        AdultMember = "adultMember",
        /// An agent applies on the applicant's behalf.
        Agent = "agent",
        /// Medical expenses are declared.
        MedicalExpense = "medicalExpense",
        /// A member declares income that no register holds.
        UnregisteredIncome = "unregisteredIncome",
        /// A member who is the applicant's spouse.
        Spouse = "spouse",
        /// A member with a disability.
        Disability = "disability",
        /// A member under 18.
        Minor = "minor",
        /// A member without Shanghai hukou.
        NonLocalHukou = "nonLocalHukou",
        /// A member who is a student.
        Student = "student",
        /// The residence address differs from the hukou address.
        ResidenceElsewhere = "residenceElsewhere",
        /// Never asked for by these rules; listed so that forms asking for it are linted.
        None = "none",
    }
);

/// A text of the catalogue's own data in both languages (`{ "zh": …, "en": … }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, locale: Locale) -> &str {
        locale.pick(&self.zh, &self.en)
    }
}

/// One kind of document, serialised as `documentCatalog` returns it and `loadDocumentCatalog`
/// accepts it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentKind {
    /// Stable identifier (`householdRegister`).
    pub id: String,
    pub name: Bilingual,
    /// Other names people write (户口本, 户口页…), as the data gives them.
    pub aliases: Vec<String>,
    /// The office obtains it by information sharing: it must not be requested (第46条).
    pub obtainable_by_sharing: bool,
    /// The department or system that holds it (required for shareable kinds).
    pub holder: Option<Bilingual>,
    /// One citation per entry.
    pub legal_basis: Vec<Bilingual>,
    /// Obtained only with the applicant's written authorisation (bank deposits and the like).
    pub authorization_required: bool,
    pub applies_to: Applies,
    /// The categories it is limited to; empty for all.
    pub categories: Vec<Category>,
    /// False where the fact is not verified (docs/domain.md): configuration with a default.
    pub verified: bool,
    /// The normalised name and aliases, each once, for matching labels.
    #[serde(skip)]
    pub(crate) keys: Vec<String>,
}

impl DocumentKind {
    pub fn name(&self, locale: Locale) -> &str {
        self.name.get(locale)
    }

    pub fn holder(&self, locale: Locale) -> Option<&str> {
        self.holder.as_ref().map(|h| h.get(locale))
    }

    pub fn legal_basis(&self, locale: Locale) -> Vec<&str> {
        self.legal_basis.iter().map(|b| b.get(locale)).collect()
    }

    /// Whether it applies to an application of `category` (`None`: unknown, which only kinds for
    /// every category apply to).
    pub fn for_category(&self, category: Option<Category>) -> bool {
        self.categories.is_empty() || category.is_some_and(|c| self.categories.contains(&c))
    }
}
