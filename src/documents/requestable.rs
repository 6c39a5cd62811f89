//! What a portal may ask an applicant to bring for one application, and what the office obtains
//! itself, as a notice to show the applicant. Not a validation: any application, however
//! incomplete, gets an answer (what cannot be read is taken as absent).

use super::catalogue::{index, Applies, Catalog, DocumentKind};
use crate::calendar::parse_date;
use crate::json::{object, Json};
use crate::messages::{documents as texts, Locale};
use crate::prelude::*;
use chrono::{Datelike, NaiveDate};

/// One document to ask for, for the household or for one member (`path`: `members.1`, `agent`).
#[derive(Debug, Clone, PartialEq)]
pub struct Request<'a> {
    pub kind: &'a DocumentKind,
    pub path: Option<String>,
    /// Whom it concerns, for the reason: the member's or agent's name, else the path.
    pub who: String,
}

/// The answer of `requestableDocuments`.
#[derive(Debug, Clone, PartialEq)]
pub struct Requestable<'a> {
    pub request: Vec<Request<'a>>,
    /// Applicable kinds the office obtains by sharing, each once.
    pub obtained: Vec<&'a DocumentKind>,
}

impl<'a> Requestable<'a> {
    /// `{ request: [{ kind, name, reason, path?, legalBasis, verified }], obtainedByOffice: [{
    /// kind, name, source, authorizationRequired, legalBasis, verified }], notice }`.
    pub fn to_json(&self, locale: Locale) -> Json<'_> {
        let entry = |k: &'a DocumentKind| {
            object()
                .field("kind", k.id.as_str())
                .field("name", k.name(locale))
                .field("legalBasis", k.legal_basis_json(locale))
                .field("verified", k.verified)
        };
        let mut request = Vec::new();
        for r in &self.request {
            let reason = texts::applies_reason(r.kind.applies_to, &r.who, locale);
            let mut fields = entry(r.kind).field("reason", reason);
            if let Some(path) = &r.path {
                fields = fields.field("path", path.as_str());
            }
            request.push(fields.build());
        }
        let mut obtained = Vec::new();
        let mut all = Vec::new();
        let mut authorised = Vec::new();
        for k in &self.obtained {
            let authorization = k.authorization_required;
            let fields = entry(k)
                .field("source", k.holder(locale))
                .field("authorizationRequired", authorization);
            obtained.push(fields.build());
            all.push(k.name(locale));
            if authorization {
                authorised.push(k.name(locale));
            }
        }
        object()
            .field("request", Json::Array(request))
            .field("obtainedByOffice", Json::Array(obtained))
            .field("notice", texts::office_notice(&all, &authorised, locale))
            .build()
    }
}

/// The documents of `app` (DESIGN.md's application JSON). Ages are counted on `today`, else on the
/// application's `submittedOn`; a member whose age cannot be told is taken as an adult.
pub fn requestable_documents<'a>(
    catalog: &'a Catalog,
    app: &Json,
    today: Option<NaiveDate>,
) -> Requestable<'a> {
    let facts = facts(app, today);
    let mut out = Requestable {
        request: Vec::new(),
        obtained: Vec::new(),
    };
    for kind in catalog.kinds() {
        if !kind.for_category(facts.category) {
            continue;
        }
        let bit = 1u16 << kind.applies_to as u16;
        // A shared kind is obtained once if it applies at all; any other is asked for on each
        // occasion it applies.
        let shared = kind.obtainable_by_sharing;
        let mut applies = false;
        if kind.applies_to.per_member() {
            for (i, (flags, name)) in facts.members.iter().enumerate() {
                if flags & bit != 0 {
                    applies = true;
                    if !shared {
                        let path = index("members", i);
                        ask(&mut out.request, kind, Some(path), name.unwrap_or_default());
                    }
                }
            }
        } else if facts.household & bit != 0 {
            applies = true;
            if !shared {
                let path = match kind.applies_to {
                    Applies::Agent => Some("agent".to_owned()),
                    Applies::MedicalExpense => Some("expenses.medical".to_owned()),
                    _ => None,
                };
                ask(&mut out.request, kind, path, facts.agent);
            }
        }
        if shared && applies {
            out.obtained.push(kind);
        }
    }
    out
}

/// Asks for `kind` at `path` for `who` (unnamed people are named by their path).
fn ask<'a>(
    request: &mut Vec<Request<'a>>,
    kind: &'a DocumentKind,
    path: Option<String>,
    who: &str,
) {
    let who = if who.is_empty() {
        path.clone().unwrap_or_default()
    } else {
        who.to_owned()
    };
    request.push(Request { kind, path, who });
}

/// The facts of an application the document rules need: which conditions ([`Applies`], one bit
/// each) hold for the household and for each member.
struct Facts<'a> {
    category: Option<&'a str>,
    household: u16,
    /// The agent's name, if given.
    agent: &'a str,
    /// Per member: the conditions that hold, and the name.
    members: Vec<(u16, Option<&'a str>)>,
}

fn bit(applies: Applies, holds: bool) -> u16 {
    u16::from(holds) << applies as u16
}

/// The one place that reads the application JSON (DESIGN.md's model). When the shared application
/// model lands, this becomes a conversion from it. Anything unreadable counts as absent.
fn facts<'a>(app: &'a Json<'a>, today: Option<NaiveDate>) -> Facts<'a> {
    let positive = |v: Option<&Json>| v.and_then(Json::as_f64).is_some_and(|n| n > 0.0);
    let is = |v: Option<&Json>, value: &str| v.and_then(Json::as_str) == Some(value);
    let date = |v: Option<&Json>| parse_date(string(v)?, "").ok();
    let reference = today.or_else(|| date(app.get("submittedOn")));
    let agent = app.get("agent").filter(|a| a.as_object().is_some());
    let contact = app.get("contact");
    let address = |key| string(contact?.get(key)).map(super::normalise_label);
    let elsewhere = match (address("residenceAddress"), address("hukouAddress")) {
        (Some(residence), Some(hukou)) => residence != hukou,
        _ => false,
    };
    let medical = positive(app.get("expenses").and_then(|e| e.get("medical")));
    let mut members = Vec::new();
    for m in app
        .get("members")
        .and_then(Json::as_array)
        .unwrap_or_default()
    {
        let birth = date(m.get("birthDate"))
            .or_else(|| birth_from_id(string(m.get("idType")), string(m.get("idNumber"))?));
        let age = birth.zip(reference).map(|(b, on)| age(b, on));
        let income = m.get("monthlyIncome").and_then(|i| i.get("other"));
        let flags = bit(Applies::AdultMember, age.map_or(true, |a| a >= 18))
            | bit(Applies::Minor, age.is_some_and(|a| a < 18))
            | bit(
                Applies::UnregisteredIncome,
                positive(income) || positive(m.get("unregisteredIncome")),
            )
            | bit(Applies::Spouse, is(m.get("relationship"), "spouse"))
            | bit(
                Applies::Disability,
                m.get("disability").is_some_and(|d| d.as_object().is_some()),
            )
            | bit(Applies::NonLocalHukou, is(m.get("hukou"), "other"))
            | bit(Applies::Student, is(m.get("employment"), "student"));
        members.push((flags, string(m.get("name"))));
    }
    Facts {
        category: string(app.get("category")),
        household: bit(Applies::Always, true)
            | bit(Applies::Agent, agent.is_some())
            | bit(Applies::MedicalExpense, medical)
            | bit(Applies::ResidenceElsewhere, elsewhere),
        agent: agent
            .and_then(|a| string(a.get("name")))
            .unwrap_or_default(),
        members,
    }
}

/// A non-empty string.
fn string<'a>(value: Option<&'a Json<'a>>) -> Option<&'a str> {
    value
        .and_then(Json::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The birth date in a resident ID (digits 7–14 of 18, or 19 + digits 7–12 of 15) or a Hong Kong,
/// Macao or Taiwan residence permit (same layout). Spaces and hyphens are ignored.
fn birth_from_id(id_type: Option<&str>, number: &str) -> Option<NaiveDate> {
    // The first 18 digits (99 for anything else) and how many characters there are in all.
    let mut digits = [0u32; 18];
    let mut count = 0usize;
    for c in number.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        if let Some(slot) = digits.get_mut(count) {
            *slot = c.to_digit(10).unwrap_or(99);
        }
        count = count.saturating_add(1);
    }
    let (century, from, len) = match (id_type, count) {
        (None | Some("residentId" | "hkMacaoResidencePermit" | "taiwanResidencePermit"), 18) => {
            (0, 6, 8)
        }
        (None | Some("residentId15"), 15) => (1900, 6, 6),
        _ => return None,
    };
    let part = digits.get(from..from + len)?;
    let mut n: u32 = 0;
    for d in part {
        if *d > 9 {
            return None;
        }
        n = n * 10 + d;
    }
    let year = i32::try_from(n / 10_000).ok()? + century;
    NaiveDate::from_ymd_opt(year, n / 100 % 100, n % 100)
}

/// Whole years from `birth` to `on` (negative if born later).
fn age(birth: NaiveDate, on: NaiveDate) -> i32 {
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    on.year() - birth.year() - i32::from(before_birthday)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s, "").unwrap()
    }

    #[test]
    fn birth_dates_from_identity_numbers() {
        assert_eq!(
            birth_from_id(None, "310118200803150012"),
            Some(d("2008-03-15"))
        );
        assert_eq!(
            birth_from_id(Some("residentId"), "310118 2008-0315 001X"),
            Some(d("2008-03-15"))
        );
        assert_eq!(
            birth_from_id(Some("residentId15"), "310118800229001"),
            Some(d("1980-02-29"))
        );
        assert_eq!(
            birth_from_id(Some("foreignPermanentResident"), "931118200803150012"),
            None
        );
        assert_eq!(birth_from_id(None, "3101182008X3150012"), None);
        assert_eq!(birth_from_id(None, "310118200802300012"), None);
        assert_eq!(
            birth_from_id(None, "３１０１１８２００８０３１５００１２"),
            None
        );
    }

    #[test]
    fn ages_turn_on_the_birthday() {
        assert_eq!(age(d("2008-03-15"), d("2026-03-14")), 17);
        assert_eq!(age(d("2008-03-15"), d("2026-03-15")), 18);
        assert_eq!(age(d("2008-02-29"), d("2026-02-28")), 17);
        assert_eq!(age(d("2008-02-29"), d("2026-03-01")), 18);
    }
}
