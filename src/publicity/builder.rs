//! A notice built fact by fact, in the order it shows them: each fact is checked before it is
//! published, and what is not published is remembered with its reason.

use super::committee::{address_detail, committee_shape, has_markup};
use super::facts::{Facts, Given};
use super::mask::{mask, name_shape};
use super::notice::{Fact, FieldKey, NoticePeriod, PublicityNotice};
use super::options::{NameStyle, NoticeOptions};
use super::private::Private;
use super::scan::{scan, Leak};
use super::withheld::{self, Leaf, Reason, Withheld};
use crate::path::Path;

pub(super) struct Builder<'a> {
    facts: &'a Facts<'a>,
    full_name: bool,
    /// The applicant's name and its path (the root when there is no single applicant).
    name: (Path, Given<&'a str>),
    private: Private,
    fields: Vec<Fact>,
    /// Input paths whose value was published.
    published: Vec<Path>,
    /// Allow-listed paths withheld for a reason of their own.
    refused: Vec<Withheld>,
    missing: Vec<FieldKey>,
}

impl<'a> Builder<'a> {
    pub fn new(facts: &'a Facts<'a>, leaves: &[Leaf], name_style: NameStyle) -> Builder<'a> {
        let full_name = name_style == NameStyle::Full;
        let (name_path, name) = match facts.applicant() {
            Some(i) => facts.name(i),
            None => (Path::root(), Given::Absent),
        };
        // With full names the applicant's name is public, wherever else it occurs (the account
        // holder).
        let public_name = match name {
            Given::Read(name) if full_name => checked(name, name_shape).ok(),
            _ => None,
        };
        // Published verbatim or in canonical form, these are not "other values" of a free text.
        let public = |path: &Path| {
            ["category", "town", "committee"].contains(&path.as_str())
                || (full_name && *path == name_path)
        };
        let private = Private::new(leaves, public, public_name);
        Builder {
            facts,
            full_name,
            name: (name_path, name),
            private,
            fields: Vec::new(),
            published: Vec::new(),
            refused: Vec::new(),
            missing: Vec::new(),
        }
    }

    pub fn category(&mut self) {
        match self.facts.category() {
            Given::Read(category) => {
                self.publish(Some("category".into()), Fact::Category(category));
            }
            Given::Unreadable => {
                self.refuse(FieldKey::Category, "category", Reason::UnexpectedShape)
            }
            Given::Absent => self.miss(FieldKey::Category),
        }
    }

    pub fn town(&mut self) {
        match self.facts.town() {
            Given::Read(town) => {
                self.publish(Some("town".into()), Fact::Town(town.name.clone()));
            }
            Given::Unreadable => self.refuse(FieldKey::Town, "town", Reason::UnexpectedShape),
            Given::Absent => self.miss(FieldKey::Town),
        }
    }

    /// Free text, scanned before its shape is judged, so that a pasted number is named as such.
    pub fn committee(&mut self) {
        let committee = match self.facts.committee() {
            Given::Read(text) => checked(text, committee_shape),
            Given::Unreadable => Err(Reason::UnexpectedShape),
            Given::Absent => return self.miss(FieldKey::Committee),
        };
        match committee {
            Ok(committee) => {
                let fact = Fact::Committee(committee.to_owned());
                self.publish_free_text("committee".into(), fact);
            }
            Err(reason) => self.refuse(FieldKey::Committee, "committee", reason),
        }
    }

    /// The applicant's name; with two `self` members neither is the applicant.
    pub fn name(&mut self) {
        let (path, name) = self.name.clone();
        let name = match name {
            Given::Read(text) => checked(text, name_shape),
            Given::Unreadable => Err(Reason::UnexpectedShape),
            Given::Absent => return self.no_name(),
        };
        match name {
            Ok(name) if self.full_name => {
                self.publish_free_text(path, Fact::Name(name.to_owned()));
            }
            Ok(name) => {
                self.publish(Some(path), Fact::Name(mask(name)));
            }
            Err(reason) => self.refuse(FieldKey::Name, path, reason),
        }
    }

    /// No name to publish: missing, and with several `self` members each of their names withheld.
    fn no_name(&mut self) {
        let selves = self.facts.selves();
        if selves.len() < 2 {
            return self.miss(FieldKey::Name);
        }
        for i in selves {
            let (path, _) = self.facts.name(i);
            self.refuse(FieldKey::Name, path, Reason::UnexpectedShape);
        }
    }

    pub fn household(&mut self) {
        match self.facts.household() {
            0 => self.miss(FieldKey::HouseholdSize),
            n @ 1..=30 => {
                self.publish(None, Fact::HouseholdSize(n));
            }
            _ => self.refuse(FieldKey::HouseholdSize, "members", Reason::UnexpectedShape),
        }
    }

    /// What the options add: the amount, the period (or the date of an announcement), the
    /// supervision phone and how to object.
    pub fn options(&mut self, opts: &NoticeOptions, period: Option<NoticePeriod>) {
        if let Some(fen) = opts.monthly_amount {
            self.publish(Some("opts.monthlyAmount".into()), Fact::MonthlyAmount(fen));
        }
        let when = match period {
            Some(NoticePeriod { start, end, .. }) => Fact::Period { start, end },
            None => Fact::PostedOn(opts.posted_on),
        };
        self.publish(None, when);
        let phone = match &opts.supervision_phone {
            Some(number) => self.supervision_phone(number),
            None => false,
        };
        let town = self.town_name();
        self.publish(None, Fact::Objection { town, phone });
    }

    /// Publishes the supervision phone unless it is a number of the application (the
    /// applicant's own phone, pasted in by mistake); says whether it did.
    fn supervision_phone(&mut self, number: &str) -> bool {
        let path = Path::from("opts.supervisionPhone");
        if self.private.has_number(number) {
            let reason = Reason::ContainsApplicationData;
            self.refuse(FieldKey::SupervisionPhone, path, reason);
            return false;
        }
        self.publish(Some(path), Fact::SupervisionPhone(number.to_owned()))
    }

    /// The town whose office posts the notice, as published: the objection and the foot name it
    /// only when its line passed every check (a division list a page loaded may hold anything).
    fn town_name(&self) -> Option<String> {
        self.fields.iter().find_map(|fact| match fact {
            Fact::Town(name) => Some(name.clone()),
            _ => None,
        })
    }

    /// The notice, with the audit of every leaf not published.
    pub fn finish(
        self,
        opts: &NoticeOptions,
        period: Option<NoticePeriod>,
        leaves: &[Leaf],
    ) -> PublicityNotice {
        let applicant = self.facts.applicant();
        PublicityNotice {
            kind: opts.kind,
            posted_on: opts.posted_on,
            category: match self.facts.category() {
                Given::Read(category) => Some(category),
                Given::Unreadable | Given::Absent => None,
            },
            town: self.town_name(),
            withheld: withheld::audit(leaves, &self.published, &self.refused, applicant),
            fields: self.fields,
            period,
            missing: self.missing,
        }
    }

    fn refuse(&mut self, key: FieldKey, path: impl Into<Path>, reason: Reason) {
        self.refused.push(Withheld {
            path: path.into(),
            reason,
        });
        self.miss(key);
    }

    /// Notes a required fact the notice lacks (optional ones are only in `withheld`).
    fn miss(&mut self, key: FieldKey) {
        if FieldKey::REQUIRED.contains(&key) && !self.missing.contains(&key) {
            self.missing.push(key);
        }
    }

    /// Publishes `fact`, read from the input at `path` if it was, unless its text from outside
    /// the library may not be published ([`Builder::withhold`]); says whether it did.
    fn publish(&mut self, path: Option<Path>, fact: Fact) -> bool {
        let key = fact.key();
        let reason = fact
            .outside_text()
            .and_then(|text| self.withhold(text, key, false));
        self.publish_unless(path, fact, reason)
    }

    /// Why a text from outside the library may not be published under `key`, whatever field
    /// it comes from: a number (the supervision phone is a phone number), markup, the name of a
    /// person of the application however spaced, or part of an address below the village; and
    /// for text typed by a person (`free`), any other value of the application as it stands.
    fn withhold(&self, text: &str, key: FieldKey, free: bool) -> Option<Reason> {
        let leak =
            scan(text).filter(|leak| !(key == FieldKey::SupervisionPhone && *leak == Leak::Phone));
        if let Some(leak) = leak {
            Some(Reason::from(leak))
        } else if free && self.private.within(text) {
            Some(Reason::ContainsApplicationData)
        } else if has_markup(text) {
            Some(Reason::UnexpectedShape)
        } else if self.private.has_name(text) {
            Some(Reason::ContainsApplicationData)
        } else if address_detail(text) {
            Some(Reason::ContainsAddress)
        } else {
            None
        }
    }

    /// Publishes text typed by a person, which must not hold any other value of the application
    /// either.
    fn publish_free_text(&mut self, path: Path, fact: Fact) {
        let text = fact.outside_text().unwrap_or_default();
        let reason = self.withhold(text, fact.key(), true);
        self.publish_unless(Some(path), fact, reason);
    }

    fn publish_unless(&mut self, path: Option<Path>, fact: Fact, reason: Option<Reason>) -> bool {
        let key = fact.key();
        if let Some(reason) = reason {
            // A fact that is not read from the input is named by its key.
            let path = path.unwrap_or_else(|| Path::from(key.as_str()));
            self.refuse(key, path, reason);
            return false;
        }
        self.published.extend(path);
        self.fields.push(fact);
        true
    }
}

impl From<Leak> for Reason {
    fn from(leak: Leak) -> Reason {
        match leak {
            Leak::IdNumber => Reason::ContainsIdNumber,
            Leak::Phone => Reason::ContainsPhone,
            Leak::BankAccount => Reason::ContainsBankAccount,
        }
    }
}

/// A free-text value of the input with no number in it, of the shape `shape` accepts.
fn checked(text: &str, shape: fn(&str) -> Option<&str>) -> Result<&str, Reason> {
    if let Some(leak) = scan(text) {
        return Err(leak.into());
    }
    shape(text).ok_or(Reason::UnexpectedShape)
}
