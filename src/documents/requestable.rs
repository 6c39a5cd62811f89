//! What a portal may ask an applicant to bring for one application, and what the office obtains
//! itself (上海市社会救助条例 第46条). Not a validation: any application, however incomplete, gets an
//! answer (what cannot be read is taken as absent).

use super::catalogue::Catalog;
use super::household::Household;
use super::kind::DocumentKind;
use crate::divisions::Divisions;
use crate::path::Path;
use chrono::NaiveDate;
use serde_json::Value;

/// One document to ask for, for the household or for one member (`path`: `members.1`, `agent`).
#[derive(Debug, Clone, PartialEq)]
pub struct Request<'a> {
    pub kind: &'a DocumentKind,
    pub path: Option<Path>,
    /// Whom it concerns, as the reason names them: the member's or agent's name, else the path.
    pub who: String,
}

/// The answer of `requestableDocuments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Requestable<'a> {
    /// In catalogue order; a kind that applies per member once for each member it applies to.
    pub request: Vec<Request<'a>>,
    /// Applicable kinds the office obtains by sharing, each once.
    pub obtained: Vec<&'a DocumentKind>,
}

/// The documents of the application `app` (any JSON value, read as the application model reads
/// it; `divisions` are those validation uses). Ages are counted on `today`, else on the
/// application's `submittedOn`, from the declared birth date, else the one in the ID number; a
/// member whose age cannot be told is taken as an adult.
pub fn requestable_documents<'a>(
    catalog: &'a Catalog,
    app: &Value,
    divisions: &Divisions,
    today: Option<NaiveDate>,
) -> Requestable<'a> {
    let household = Household::read(app, divisions, today);
    let mut out = Requestable::default();
    for kind in catalog.kinds() {
        if !kind.for_category(household.category()) {
            continue;
        }
        let occasions = household.occasions(kind.applies_to);
        // A shared kind is obtained once if it applies at all; any other is asked for on each
        // occasion it applies.
        if kind.obtainable_by_sharing {
            if !occasions.is_empty() {
                out.obtained.push(kind);
            }
        } else {
            out.request
                .extend(occasions.into_iter().map(|occasion| Request {
                    kind,
                    path: occasion.path,
                    who: occasion.who,
                }));
        }
    }
    out
}
