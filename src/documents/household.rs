//! The facts of an application that the catalogue's conditions ([`Applies`]) test, read through the
//! application model, so that a field means here what it means to validation: the same category,
//! relationships and hukou, and identity numbers cleaned and read by the identity module
//! (full-width digits, spaces, hyphens, 15-digit numbers).

use super::kind::Applies;
use super::label::normalise_label;
use crate::application::{Application, Category, Employment, Hukou, Member, Relationship};
use crate::divisions::Divisions;
use crate::identity;
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

/// One occasion on which a condition holds: whom it concerns (`members.1`, `agent`,
/// `expenses.medical`; `None` for the household) and how the reason names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Occasion {
    pub path: Option<Path>,
    /// The member's or agent's name, else the path (empty for the household).
    pub who: String,
}

impl Occasion {
    fn new(path: Option<Path>, name: Option<&str>) -> Occasion {
        let who = match (name, &path) {
            (Some(name), _) => name.to_owned(),
            (None, Some(path)) => path.to_string(),
            (None, None) => String::new(),
        };
        Occasion { path, who }
    }
}

/// One member as the conditions see them.
struct MemberFacts {
    /// Under 18 on the day ages are counted on; `None` when that cannot be told.
    minor: Option<bool>,
    /// Income no register holds: `monthlyIncome.other`, or `unregisteredIncome`, above zero.
    unregistered_income: bool,
}

pub(super) struct Household {
    app: Application,
    members: Vec<MemberFacts>,
}

impl Household {
    /// Reads `json` leniently (anything unreadable counts as absent). Ages are counted on
    /// `today`, else on the application's `submittedOn`.
    pub fn read(json: &Value, divisions: &Divisions, today: Option<NaiveDate>) -> Household {
        let app = Application::read(json, divisions);
        let on = today.or(app.submitted_on);
        let members = app
            .members
            .iter()
            .enumerate()
            .map(|(i, member)| MemberFacts {
                minor: birth_date(member)
                    .zip(on)
                    .map(|(born, on)| is_minor(born, on)),
                unregistered_income: member.monthly_income.other.is_some_and(|n| n > 0.0)
                    || declared_unregistered_income(json, i),
            })
            .collect();
        Household { app, members }
    }

    pub fn category(&self) -> Option<Category> {
        self.app.category
    }

    /// Each occasion on which `applies` holds: once for the household, or once per member it
    /// holds for. A member whose age cannot be told is taken as an adult: asking one more person
    /// to sign is better than missing a signature.
    pub fn occasions(&self, applies: Applies) -> Vec<Occasion> {
        let app = &self.app;
        match applies {
            Applies::Always => vec![Occasion::new(None, None)],
            Applies::Agent => app
                .agent
                .iter()
                .map(|agent| Occasion::new(Some(Path::root().key("agent")), agent.name.as_deref()))
                .collect(),
            Applies::MedicalExpense => app
                .expenses
                .medical
                .filter(|&amount| amount > 0.0)
                .map(|_| Occasion::new(Some(Path::root().key("expenses").key("medical")), None))
                .into_iter()
                .collect(),
            Applies::ResidenceElsewhere if self.resides_elsewhere() => {
                vec![Occasion::new(None, None)]
            }
            Applies::ResidenceElsewhere | Applies::None => Vec::new(),
            Applies::AdultMember => self.members_where(|_, facts| facts.minor != Some(true)),
            Applies::Minor => self.members_where(|_, facts| facts.minor == Some(true)),
            Applies::UnregisteredIncome => self.members_where(|_, facts| facts.unregistered_income),
            Applies::Spouse => {
                self.members_where(|m, _| m.relationship == Some(Relationship::Spouse))
            }
            Applies::Disability => self.members_where(|m, _| m.disability.is_some()),
            Applies::NonLocalHukou => self.members_where(|m, _| m.hukou == Some(Hukou::Other)),
            Applies::Student => {
                self.members_where(|m, _| m.employment == Some(Employment::Student))
            }
        }
    }

    /// One occasion per member for whom `holds`, named by the member's name, else the path.
    fn members_where(&self, holds: impl Fn(&Member, &MemberFacts) -> bool) -> Vec<Occasion> {
        self.app
            .members
            .iter()
            .zip(&self.members)
            .enumerate()
            .filter(|(_, (member, facts))| holds(member, facts))
            .map(|(i, (member, _))| {
                let path = Path::root().key("members").index(i);
                Occasion::new(Some(path), member.name.as_deref())
            })
            .collect()
    }

    /// The residence address differs from the hukou address, spacing and punctuation aside.
    fn resides_elsewhere(&self) -> bool {
        match (
            &self.app.contact.residence_address,
            &self.app.contact.hukou_address,
        ) {
            (Some(residence), Some(hukou)) => normalise_label(residence) != normalise_label(hukou),
            _ => false,
        }
    }
}

/// Whether someone born on `born` is under 18 on `on`. Born after `on` (a date typed wrong, most
/// likely) is under 18 too: not an adult who must sign.
fn is_minor(born: NaiveDate, on: NaiveDate) -> bool {
    identity::age(born, on).map_or(true, |age| age < 18)
}

/// The birth date ages are counted from: the declared one, else the one the ID number states (a
/// wrong check character does not hide it: this is not validation, which reports the number, and a
/// mistyped last character should not make a child sign as an adult).
fn birth_date(member: &Member) -> Option<NaiveDate> {
    member
        .declared_birth_date
        .or_else(|| member.id.as_ref()?.stated_birth_date())
}

/// `members.{i}.unregisteredIncome` above zero: a field of this request that the application
/// model does not carry.
fn declared_unregistered_income(json: &Value, i: usize) -> bool {
    json.get("members")
        .and_then(|members| members.get(i))
        .and_then(|member| member.get("unregisteredIncome"))
        .and_then(Value::as_f64)
        .is_some_and(|n| n > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn born(id: &str) -> Option<NaiveDate> {
        let app = json!({ "members": [{ "idNumber": id }] });
        let app = Application::read(&app, &Divisions::embedded());
        birth_date(app.members.first()?)
    }

    #[test]
    fn birth_dates_from_identity_numbers_as_people_type_them() {
        let expected = Some(d(2008, 3, 15));
        // A valid number, and one whose check character is wrong.
        assert_eq!(born("31011820080315001X"), expected);
        assert_eq!(born("310118200803150012"), expected);
        assert_eq!(born("310118 2008-0315 001x"), expected);
        assert_eq!(born("３１０１１８２００８０３１５００１２"), expected);
        assert_eq!(born("３１０１１８　２００８０３１５　００１ｘ"), expected);
        assert_eq!(born("310118800229001"), Some(d(1980, 2, 29)));
        assert_eq!(born("３１０１１８８００２２９００１"), Some(d(1980, 2, 29)));
        // Numbers that state no date.
        assert_eq!(born("3101182008X3150012"), None);
        assert_eq!(born("310118200802300012"), None);
        assert_eq!(born("USA311234567890"), None);
    }

    #[test]
    fn ages_turn_on_the_birthday_and_nobody_born_later_is_an_adult() {
        let born = d(2008, 3, 15);
        assert!(is_minor(born, d(2026, 3, 14)));
        assert!(!is_minor(born, d(2026, 3, 15)));
        assert!(is_minor(d(2008, 2, 29), d(2026, 2, 28)));
        assert!(!is_minor(d(2008, 2, 29), d(2026, 3, 1)));
        assert!(is_minor(d(2030, 1, 1), d(2026, 11, 20)));
    }

    #[test]
    fn a_declared_birth_date_comes_first() {
        let app =
            json!({ "members": [{ "idNumber": "31011820080315001X", "birthDate": "2015-01-01" }] });
        let app = Application::read(&app, &Divisions::embedded());
        assert_eq!(birth_date(&app.members[0]), Some(d(2015, 1, 1)));
    }
}
