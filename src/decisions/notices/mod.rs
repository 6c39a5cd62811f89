//! The five notices after intake (青民〔2022〕21号 二（三）、二（四）、三（一）): approval (准予通知书),
//! refusal (不予确认通知书), change (变更通知书), the stop procedure's prior notice (停止救助事先告知书)
//! and stop (停止救助通知书).
//!
//! [`check_notice`] reads a draft (what varies from one notice to the next) and reports, each at
//! the draft's path:
//! - every element the wording data requires of the kind and the draft lacks (`elements.rs`), the
//!   addressee a refusal may not have, a change that changes nothing;
//! - remedies that state another period than the law's, or another body than the data's
//!   (`remedies.rs`);
//! - a stop notice that does not say whether a defence came in, or that it was reviewed (复核)
//!   and why it was or was not accepted (`defence.rs`);
//! - dates that break the procedure, counted with the calendar over the procedure rules of
//!   `caseTimeline`: a decision before the publicity ends, a prior notice that gives fewer than the
//!   3 working days, a stop notice inside the defence window (`dates.rs`);
//! - full ID or bank account numbers anywhere in it (`private.rs`, the publicity scanners).
//!
//! [`decision_notice`] drafts the notice from a case file (its application, events and decision),
//! fills what the data and the calendar know (the issuer, the remedies, the last day to state a
//! case), and checks the draft it made with the same rules.

mod compose;
mod dates;
mod defence;
mod draft;
mod elements;
mod private;
mod remedies;
pub mod wording;

pub use compose::{decision_notice, Composed, Sources};
pub use draft::{Defence, Draft, Remedy};
pub use wording::{ElementRule, NoticeRule, NoticeWording, Provision, RemedyRule, Sentence};

use super::fields::Findings;
use super::{Context, Report};
use crate::deadlines::Line;
use chrono::NaiveDate;
use serde_json::Value;

keyed! {
    /// The kind of notice.
    NoticeKind {
        Approval = "approval",
        Refusal = "refusal",
        Change = "change",
        StopPreNotice = "stopPreNotice",
        Stop = "stop",
    }
}

keyed! {
    /// An element a notice may carry, by the path of the draft that holds it.
    Element {
        Issuer = "issuer",
        Number = "number",
        Addressee = "addressee.name",
        Applicant = "applicant",
        IssuedOn = "issuedOn",
        Category = "category",
        Amount = "amount",
        StartMonth = "startMonth",
        Payment = "payment",
        Facts = "facts",
        Reasons = "reasons",
        Basis = "basis",
        OldAmount = "oldAmount",
        NewAmount = "newAmount",
        FromMonth = "fromMonth",
        Reconsideration = "remedies.reconsideration",
        Litigation = "remedies.litigation",
        DefenceLastDay = "defence.lastDay",
        DefenceReceived = "defence.received",
        PublicityPosted = "events.publicityPostedOn",
        NoticeServed = "events.stopNoticeServedOn",
    }
}

keyed! {
    /// When a sentence of the wording is printed.
    When {
        ToApplicant = "toApplicant",
        ToAgent = "toAgent",
        NoDefence = "noDefence",
        DefenceAccepted = "defenceAccepted",
        DefenceRejected = "defenceRejected",
    }
}

keyed! {
    /// Who a notice is addressed to.
    AddresseeRole {
        Applicant = "applicant",
        /// The applicant's agent (受托人).
        Agent = "agent",
        HouseholdHead = "householdHead",
        Other = "other",
    }
}

keyed! {
    /// What the review (复核) of a defence found.
    Outcome { Accepted = "accepted", Rejected = "rejected" }
}

impl When {
    /// Whether a sentence with this condition is printed for `draft`.
    pub fn holds(self, draft: &Draft) -> bool {
        let received = draft.defence.received;
        let accepted = draft.defence.outcome == Some(Outcome::Accepted);
        match self {
            When::ToApplicant => draft.role() != AddresseeRole::Agent,
            When::ToAgent => draft.role() == AddresseeRole::Agent,
            When::NoDefence => received == Some(false),
            When::DefenceAccepted => received == Some(true) && accepted,
            When::DefenceRejected => received == Some(true) && !accepted,
        }
    }
}

/// The stop procedure's window to state a case (陈述、申辩), as the notice counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefenceWindow {
    /// The day the prior notice was served, from which the window counts.
    pub served_on: NaiveDate,
    /// No service date was given: the day the notice is issued was taken.
    pub served_on_assumed: bool,
    /// Its length in working days (the procedure rules').
    pub days: u32,
    /// The last day to state a case (`defenceWindowEnds` of `caseTimeline`).
    pub last_day: NaiveDate,
    /// The first day a stop notice may be dated (`formalStopEarliest`).
    pub earliest_stop: Option<NaiveDate>,
    /// How `last_day` was counted, day by day.
    pub explain: Vec<Line>,
}

/// A draft as read, what was found in it, and the defence window it was judged by.
#[derive(Debug, Clone)]
pub struct Checked {
    pub kind: NoticeKind,
    pub draft: Draft,
    pub report: Report,
    pub window: Option<DefenceWindow>,
    /// The working days the stop procedure gives to state a case (the procedure rules').
    pub window_days: Option<u32>,
}

/// Checks the draft of a notice of `kind` (any JSON value) against `wording` and the procedure.
pub fn check_notice(
    kind: NoticeKind,
    value: &Value,
    wording: &NoticeWording,
    ctx: &Context,
) -> Checked {
    let mut found = Findings::default();
    let draft = Draft::read(value, &mut found);
    // Not a draft at all: that alone is the finding.
    let rule = wording.notice(kind).filter(|_| value.is_object());
    if let Some(rule) = rule {
        elements::check(&draft, rule, &mut found);
        remedies::check(&draft, rule, wording, &mut found);
    }
    defence::check(kind, &draft, &mut found);
    let window = match value.is_object() {
        true => dates::check(kind, &draft, ctx, &mut found),
        false => None,
    };
    private::check(value, &mut found);
    Checked {
        kind,
        draft,
        report: Report {
            findings: found.list,
        },
        window,
        window_days: ctx
            .procedure
            .steps
            .iter()
            .find(|s| s.id == "defenceWindowEnds")
            .map(|s| s.period.length),
    }
}
