//! How assistance is paid (青民〔2022〕21号 三（二）): by the bank into an account of the household,
//! the norm; where that cannot be done, delivered home against the applicant's own signature, or
//! collected by the applicant in person; and where the applicant cannot collect it, by a proxy on a
//! written request — a family member or relative, or, when none can, a member of staff designated
//! after the affairs centre's check, under a signed proxy agreement on file (备案).
//!
//! [`validate_payment_arrangement`] reads an arrangement (any JSON value) and reports each element
//! missing or wrong at its path. The rules of each method are in their own file.

mod bank;
mod delivery;
mod proxy;

use super::fields::{choice, date, flag, Findings};
use super::Report;
use crate::application::Relationship;
use crate::failure::{Code, Severity};
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

keyed! {
    /// How assistance is paid.
    PaymentMethod {
        /// Into an account by the bank (社会化发放, through the 内控平台).
        Bank = "bank",
        /// Delivered home (入户发放).
        HomeDelivery = "homeDelivery",
        /// Collected by the applicant (申请人领取).
        InPerson = "inPerson",
        /// Collected by someone else (代领).
        Proxy = "proxy",
    }
}

keyed! {
    /// Who signs, collects, asks or agrees.
    Person {
        Applicant = "applicant",
        HouseholdHead = "householdHead",
        /// The applicant's or household head's agent (委托代理人).
        Agent = "agent",
        Other = "other",
    }
}

keyed! {
    /// Why the applicant cannot collect it in person.
    ProxyReason { Health = "health", Transport = "transport", Other = "other" }
}

keyed! {
    /// Who collects by proxy.
    ProxyKind {
        FamilyMember = "familyMember",
        Relative = "relative",
        /// A member of staff the town designates (指定工作人员).
        Staff = "staff",
        Other = "other",
    }
}

impl Code {
    /// The account paid into is not a household member's.
    pub const ACCOUNT_HOLDER_NOT_MEMBER: Code = Code::new("accountHolderNotMember");
    /// A home delivery signed for by someone other than the applicant (param `by`).
    pub const NOT_SIGNED_BY_APPLICANT: Code = Code::new("notSignedByApplicant");
    /// Collection "in person" by someone other than the applicant: that is a proxy (param `by`).
    pub const NOT_COLLECTED_IN_PERSON: Code = Code::new("notCollectedInPerson");
    /// A proxy request that is not in writing.
    pub const PROXY_REQUEST_NOT_WRITTEN: Code = Code::new("proxyRequestNotWritten");
    /// A proxy request, or a proxy agreement, from someone who may not make it (param `by`).
    pub const PROXY_REQUESTED_BY_OTHER: Code = Code::new("proxyRequestedByOther");
    /// A proxy who is neither family, a relative nor designated staff.
    pub const PROXY_NOT_FAMILY: Code = Code::new("proxyNotFamily");
    /// Staff designated as proxy while the family is not said to be unable to collect.
    pub const STAFF_PROXY_WHILE_FAMILY_CAN: Code = Code::new("staffProxyWhileFamilyCan");
    /// A date before one that must come first (params `date`, `previous`: that date's path,
    /// `previousDate`).
    pub const DATE_OUT_OF_ORDER: Code = Code::new("dateOutOfOrder");
}

/// The provisions the rules rest on, by their keys in the notice wording (for the messages).
const BANK: &str = "qp32";
const OTHER: &str = "qp32other";
const PROXY: &str = "qp32proxy";

/// The account holder's place in the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Member(Relationship),
    NotMember,
}

fn holder(key: &str) -> Option<Holder> {
    match key {
        "notMember" => Some(Holder::NotMember),
        key => Relationship::parse(key).map(Holder::Member),
    }
}

/// An arrangement as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arrangement {
    pub method: Option<PaymentMethod>,
    /// Why the bank cannot be used (无法进行社会化发放的特殊情况).
    pub special_circumstance: Option<String>,
    pub account: Option<Account>,
    pub signed_by: Option<Person>,
    pub collected_by: Option<Person>,
    pub request: Option<Request>,
    pub proxy: Option<Proxy>,
    /// The family members and relatives cannot collect it (家庭成员或亲属不能代领).
    pub family_unable: Option<bool>,
    /// The affairs centre checked that (经中心核实).
    pub centre_checked_on: Option<NaiveDate>,
    pub agreement: Option<Agreement>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Account {
    pub holder: Option<String>,
    pub holder_relationship: Option<Holder>,
}

/// The request for collection by proxy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    pub written: Option<bool>,
    pub by: Option<Person>,
    pub on: Option<NaiveDate>,
    pub reason: Option<ProxyReason>,
    pub reason_text: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proxy {
    pub name: Option<String>,
    pub kind: Option<ProxyKind>,
}

/// The proxy agreement (代领协议) with a designated member of staff.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agreement {
    pub signed_on: Option<NaiveDate>,
    pub signed_with: Option<Person>,
    /// The day it was put on file (备案).
    pub filed_on: Option<NaiveDate>,
}

impl Arrangement {
    /// Reads `value`, which should be an object.
    pub(crate) fn read(v: &Value, found: &mut Findings) -> Arrangement {
        let mut a = Arrangement::default();
        if !v.is_object() {
            found.invalid(Path::root(), "object");
            return a;
        }
        let person = |x| choice(x, Person::parse);
        a.method = found.read(v, "method", |x| choice(x, PaymentMethod::parse), "payment");
        a.special_circumstance = found.text(v, "specialCircumstance");
        if found.object(v, "account").is_some() {
            a.account = Some(Account {
                holder: found.text(v, "account.holder"),
                holder_relationship: found.read(
                    v,
                    "account.holderRelationship",
                    |x| choice(x, holder),
                    "relationship",
                ),
            });
        }
        a.signed_by = found.read(v, "signedBy", person, "person");
        a.collected_by = found.read(v, "collectedBy", person, "person");
        if found.object(v, "request").is_some() {
            a.request = Some(Request {
                written: found.read(v, "request.written", flag, "boolean"),
                by: found.read(v, "request.by", person, "person"),
                on: found.read(v, "request.on", date, "date"),
                reason: found.read(
                    v,
                    "request.reason",
                    |x| choice(x, ProxyReason::parse),
                    "reason",
                ),
                reason_text: found.text(v, "request.reasonText"),
            });
        }
        if found.object(v, "proxy").is_some() {
            a.proxy = Some(Proxy {
                name: found.text(v, "proxy.name"),
                kind: found.read(v, "proxy.kind", |x| choice(x, ProxyKind::parse), "proxy"),
            });
        }
        a.family_unable = found.read(v, "familyUnable", flag, "boolean");
        a.centre_checked_on = found.read(v, "centreCheckedOn", date, "date");
        if found.object(v, "agreement").is_some() {
            a.agreement = Some(Agreement {
                signed_on: found.read(v, "agreement.signedOn", date, "date"),
                signed_with: found.read(v, "agreement.signedWith", person, "person"),
                filed_on: found.read(v, "agreement.filedOn", date, "date"),
            });
        }
        a
    }
}

/// `path` must be there (an error, with the provision it rests on).
fn require<T>(value: &Option<T>, path: &str, provision: &str, found: &mut Findings) -> bool {
    if value.is_none() {
        found.missing(Path::from(path), Severity::Error, Some(provision));
    }
    value.is_some()
}

/// Checks a payment arrangement (any JSON value).
pub fn validate_payment_arrangement(value: &Value) -> Report {
    let mut found = Findings::default();
    let a = Arrangement::read(value, &mut found);
    if value.is_object() {
        match a.method {
            None => {
                require(&a.method, "method", BANK, &mut found);
            }
            Some(PaymentMethod::Bank) => bank::check(&a, &mut found),
            Some(method) => {
                require(
                    &a.special_circumstance,
                    "specialCircumstance",
                    OTHER,
                    &mut found,
                );
                match method {
                    PaymentMethod::HomeDelivery => delivery::home(&a, &mut found),
                    PaymentMethod::InPerson => delivery::in_person(&a, &mut found),
                    _ => proxy::check(&a, &mut found),
                }
            }
        }
    }
    Report {
        findings: found.list,
    }
}
