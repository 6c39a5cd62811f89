//! The application as a typed model (docs/domain.md, "The application"), read leniently:
//! [`Application::read`] never fails; an absent, empty or wrong-typed field is `None`, an unknown choice is `None`, and a
//! member that is not an object is an empty [`Member`] (so member indexes stay those of the JSON).
//! Derived facts (birth date, gender and age from the ID number) are methods. Validation reads the
//! same model through [`super::read`], which also reports what it could not use.

use crate::divisions::Division;
use crate::identity::{age, Gender, IdCheck, IdType};
use chrono::NaiveDate;

keyed!(
    /// The assistance applied for (上海市社会救助条例, names since 2024-12-31).
    Category {
        MinimumLiving = "minimumLiving",
        LowIncomeMargin = "lowIncomeMargin",
        RigidExpenditure = "rigidExpenditure",
        ExtremePoverty = "extremePoverty",
        Temporary = "temporary",
    }
);

keyed!(
    /// A member's relationship to the applicant (`self`).
    Relationship {
        Applicant = "self",
        Spouse = "spouse",
        Child = "child",
        Parent = "parent",
        Grandchild = "grandchild",
        Grandparent = "grandparent",
        Sibling = "sibling",
        Other = "other",
    }
);

keyed!(
    /// Shanghai hukou (`local`) or any other.
    Hukou { Local = "local", Other = "other" }
);

keyed!(
    Employment {
        Employed = "employed",
        Unemployed = "unemployed",
        Retired = "retired",
        Student = "student",
        Preschool = "preschool",
        UnableToWork = "unableToWork",
    }
);

keyed!(
    DisabilityCategory {
        Physical = "physical",
        Visual = "visual",
        Hearing = "hearing",
        Speech = "speech",
        Intellectual = "intellectual",
        Mental = "mental",
        Multiple = "multiple",
    }
);

keyed!(
    /// Who applies on the applicant's behalf.
    AgentKind { Committee = "committee", Relative = "relative", Other = "other" }
);

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Application {
    pub category: Option<Category>,
    pub submitted_on: Option<NaiveDate>,
    /// The Qingpu division, given by code or name.
    pub town: Option<Division>,
    pub committee: Option<String>,
    pub contact: Contact,
    pub members: Vec<Member>,
    pub assets: Assets,
    pub expenses: Expenses,
    pub bank_account: Option<BankAccount>,
    pub agent: Option<Agent>,
    pub consents: Consents,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    /// Digits only, when it is a valid mobile or Shanghai landline number.
    pub phone: Option<String>,
    pub hukou_address: Option<String>,
    pub residence_address: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Member {
    pub name: Option<String>,
    /// As declared, or as recognised from the number when not declared.
    pub id_type: Option<IdType>,
    /// The check of the number as typed (`None` when absent); its `normalized` is what to store.
    pub id: Option<IdCheck>,
    /// Declared beside the ID (optional in the form).
    pub declared_birth_date: Option<NaiveDate>,
    pub declared_gender: Option<Gender>,
    pub relationship: Option<Relationship>,
    pub hukou: Option<Hukou>,
    /// `None` when not said; the household rules read that as living together.
    pub lives_together: Option<bool>,
    pub employment: Option<Employment>,
    pub disability: Option<Disability>,
    /// A serious illness, in words.
    pub health: Option<String>,
    pub monthly_income: Income,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Disability {
    pub category: Option<DisabilityCategory>,
    /// 1 (most severe) to 4.
    pub grade: Option<u8>,
}

/// Monthly income in yuan by source; `None` where not declared.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Income {
    pub wages: Option<f64>,
    pub business: Option<f64>,
    pub property: Option<f64>,
    pub transfer: Option<f64>,
    pub other: Option<f64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Assets {
    pub deposits: Option<f64>,
    pub securities: Option<f64>,
    pub vehicles: Option<f64>,
    pub non_residential_property: Option<f64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Expenses {
    pub medical: Option<f64>,
    pub education: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BankAccount {
    pub bank_name: Option<String>,
    /// Digits only, when 12 to 19 digits.
    pub account_number: Option<String>,
    pub holder_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Agent {
    pub name: Option<String>,
    pub id_type: Option<IdType>,
    pub id: Option<IdCheck>,
    pub phone: Option<String>,
    pub kind: Option<AgentKind>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Consents {
    pub verification_authorized: Option<bool>,
    pub declaration_truthful: Option<bool>,
}

impl Application {
    /// The applicant: the first member whose relationship is `self`.
    pub fn applicant(&self) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| m.relationship == Some(Relationship::Applicant))
    }

    /// The index of the applicant in `members`.
    pub fn applicant_index(&self) -> Option<usize> {
        self.members
            .iter()
            .position(|m| m.relationship == Some(Relationship::Applicant))
    }

    /// The date ages are counted at: the submission date, else `today`.
    pub fn reference_date(&self, today: Option<NaiveDate>) -> Option<NaiveDate> {
        self.submitted_on.or(today)
    }

    /// The members' total declared monthly income, in yuan.
    pub fn monthly_income(&self) -> f64 {
        self.members.iter().map(|m| m.monthly_income.total()).sum()
    }
}

impl Member {
    /// The number as it should be stored, when it is valid.
    pub fn id_number(&self) -> Option<&str> {
        self.id
            .as_ref()
            .filter(|c| c.valid())
            .map(|c| c.normalized.as_str())
    }

    /// From a valid ID number, else as declared.
    pub fn birth_date(&self) -> Option<NaiveDate> {
        self.id
            .as_ref()
            .and_then(|c| c.birth_date)
            .or(self.declared_birth_date)
    }

    /// From a valid ID number, else as declared.
    pub fn gender(&self) -> Option<Gender> {
        self.id
            .as_ref()
            .and_then(|c| c.gender)
            .or(self.declared_gender)
    }

    /// Whole years on `on`, when the birth date is known.
    pub fn age_on(&self, on: NaiveDate) -> Option<u32> {
        age(self.birth_date()?, on)
    }

    pub fn is_disabled(&self) -> bool {
        self.disability.is_some()
    }

    /// `true` for Shanghai hukou; `false` for other or unknown.
    pub fn is_local(&self) -> bool {
        self.hukou == Some(Hukou::Local)
    }
}

impl Income {
    /// The sum of the declared sources.
    pub fn total(&self) -> f64 {
        [
            self.wages,
            self.business,
            self.property,
            self.transfer,
            self.other,
        ]
        .iter()
        .flatten()
        .sum()
    }
}

impl Assets {
    pub fn total(&self) -> f64 {
        [
            self.deposits,
            self.securities,
            self.vehicles,
            self.non_residential_property,
        ]
        .iter()
        .flatten()
        .sum()
    }
}
