//! A notice's draft: what varies from one notice to the next (who issues it, to whom, when, what
//! was decided and why), read leniently from any JSON value. A value of the wrong kind is an
//! `elementInvalid` finding at its path and reads as absent; the rules judge the rest.

use super::{AddresseeRole, Element, Outcome};
use crate::application::Category;
use crate::decisions::fields::{choice, count, date, flag, money, month, text, Findings};
use crate::decisions::{PaymentMethod, YearMonth};
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

/// A remedy as the draft states it: the body to apply to and the period it gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remedy {
    pub body: Option<String>,
    /// Days (reconsideration) or months (litigation).
    pub period: Option<u32>,
}

/// What the draft says of the stop procedure's defence (陈述、申辩).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Defence {
    /// The last day to state a case, as the prior notice gives it.
    pub last_day: Option<NaiveDate>,
    pub received: Option<bool>,
    pub received_on: Option<NaiveDate>,
    /// Whether the defence was reviewed (复核).
    pub reviewed: Option<bool>,
    pub outcome: Option<Outcome>,
    /// Why it was or was not accepted.
    pub reasons: Option<String>,
}

/// The draft as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub issuer: Option<String>,
    pub number: Option<String>,
    pub addressee: Option<String>,
    pub role: Option<AddresseeRole>,
    /// The applicant's name, when the notice is addressed to their agent.
    pub applicant: Option<String>,
    pub issued_on: Option<NaiveDate>,
    pub category: Option<Category>,
    pub publicity_posted_on: Option<NaiveDate>,
    pub served_on: Option<NaiveDate>,
    /// Amounts in fen.
    pub amount: Option<u64>,
    pub start_month: Option<YearMonth>,
    pub payment: Option<PaymentMethod>,
    pub old_amount: Option<u64>,
    pub new_amount: Option<u64>,
    pub from_month: Option<YearMonth>,
    pub facts: Option<String>,
    pub reasons: Option<String>,
    pub basis: Option<String>,
    pub reconsideration: Option<Remedy>,
    pub litigation: Option<Remedy>,
    pub defence: Defence,
}

impl Draft {
    /// Reads `value`, which should be an object; anything else is one finding at the root and an
    /// empty draft.
    pub(crate) fn read(value: &Value, found: &mut Findings) -> Draft {
        let mut d = Draft::default();
        if !value.is_object() {
            found.invalid(Path::root(), "object");
            return d;
        }
        let v = value;
        d.issuer = found.text(v, "issuer");
        d.number = found.text(v, "number");
        if found.object(v, "addressee").is_some() {
            d.addressee = found.text(v, "addressee.name");
            d.role = found.read(
                v,
                "addressee.role",
                |x| choice(x, AddresseeRole::parse),
                "role",
            );
        }
        d.applicant = found.text(v, "applicant");
        d.issued_on = found.read(v, "issuedOn", date, "date");
        d.category = found.read(v, "category", |x| choice(x, Category::parse), "category");
        if found.object(v, "events").is_some() {
            d.publicity_posted_on = found.read(v, "events.publicityPostedOn", date, "date");
            d.served_on = found.read(v, "events.stopNoticeServedOn", date, "date");
        }
        d.amount = found.read(v, "amount", money, "amount");
        d.start_month = found.read(v, "startMonth", month, "month");
        d.payment = found.read(v, "payment", |x| choice(x, PaymentMethod::parse), "payment");
        d.old_amount = found.read(v, "oldAmount", money, "amount");
        d.new_amount = found.read(v, "newAmount", money, "amount");
        d.from_month = found.read(v, "fromMonth", month, "month");
        d.facts = found.text(v, "facts");
        d.reasons = found.text(v, "reasons");
        d.basis = found.text(v, "basis");
        if found.object(v, "remedies").is_some() {
            d.reconsideration = remedy(v, found, "remedies.reconsideration", "days");
            d.litigation = remedy(v, found, "remedies.litigation", "months");
        }
        if found.object(v, "defence").is_some() {
            let e = &mut d.defence;
            e.last_day = found.read(v, "defence.lastDay", date, "date");
            e.received = found.read(v, "defence.received", flag, "boolean");
            e.received_on = found.read(v, "defence.receivedOn", date, "date");
            e.reviewed = found.read(v, "defence.reviewed", flag, "boolean");
            e.outcome = found.read(
                v,
                "defence.outcome",
                |x| choice(x, Outcome::parse),
                "outcome",
            );
            e.reasons = found.text(v, "defence.reasons");
        }
        d
    }

    /// Whether the draft states `element`.
    pub fn has(&self, element: Element) -> bool {
        match element {
            Element::Issuer => self.issuer.is_some(),
            Element::Number => self.number.is_some(),
            Element::Addressee => self.addressee.is_some(),
            Element::Applicant => self.applicant.is_some(),
            Element::IssuedOn => self.issued_on.is_some(),
            Element::Category => self.category.is_some(),
            Element::Amount => self.amount.is_some(),
            Element::StartMonth => self.start_month.is_some(),
            Element::Payment => self.payment.is_some(),
            Element::Facts => self.facts.is_some(),
            Element::Reasons => self.reasons.is_some(),
            Element::Basis => self.basis.is_some(),
            Element::OldAmount => self.old_amount.is_some(),
            Element::NewAmount => self.new_amount.is_some(),
            Element::FromMonth => self.from_month.is_some(),
            Element::Reconsideration => self.reconsideration.is_some(),
            Element::Litigation => self.litigation.is_some(),
            Element::DefenceLastDay => self.defence.last_day.is_some(),
            Element::DefenceReceived => self.defence.received.is_some(),
            Element::PublicityPosted => self.publicity_posted_on.is_some(),
            Element::NoticeServed => self.served_on.is_some(),
        }
    }

    /// To whom the notice is addressed: the applicant unless the draft says otherwise.
    pub fn role(&self) -> AddresseeRole {
        self.role.unwrap_or(AddresseeRole::Applicant)
    }
}

/// `{ body, days | months }` at `path`.
fn remedy(v: &Value, found: &mut Findings, path: &str, unit: &str) -> Option<Remedy> {
    let object = found.object(v, path)?;
    let root = Path::from(path);
    let body = found.read_at(object.get("body"), root.key("body"), text, "text");
    let period = found.read_at(
        object.get(unit),
        root.key(unit),
        |x| count(x, 1200),
        "whole number",
    );
    Some(Remedy {
        body: body.map(str::to_owned),
        period,
    })
}
