//! Remedies as a refusal, a change or a stop states them: the body to apply to and the period the
//! law gives (行政复议法 第二十条: 60 days; 行政诉讼法 第四十六条: 6 months). A period other than the
//! law's misleads either way: a shorter one takes days from the resident, a longer one lets them
//! miss the real one. A body other than the data's is a warning: it may be a correct name written
//! differently, or the wrong body.

use super::{Draft, Element, NoticeRule, NoticeWording, Remedy, RemedyRule};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;

impl Code {
    /// A remedy's period is not the law's (params `given`, `required`, `unit`: `days`, `months`).
    pub const REMEDY_PERIOD_WRONG: Code = Code::new("remedyPeriodWrong");
    /// A remedy's body is not the one the wording data names (param `body`; warning).
    pub const REMEDY_BODY_UNEXPECTED: Code = Code::new("remedyBodyUnexpected");
}

pub(super) fn check(
    draft: &Draft,
    rule: &NoticeRule,
    wording: &NoticeWording,
    found: &mut Findings,
) {
    let remedies = [
        (
            &draft.reconsideration,
            &wording.reconsideration,
            Element::Reconsideration,
            "days",
        ),
        (
            &draft.litigation,
            &wording.litigation,
            Element::Litigation,
            "months",
        ),
    ];
    for (given, law, element, unit) in remedies {
        let Some(given) = given else { continue };
        // Required or advised by the kind; stated where the kind does not ask, still checked.
        let severity = rule
            .elements
            .iter()
            .find(|e| e.element == element)
            .map_or(Severity::Error, |e| e.severity);
        one(
            given,
            law,
            Path::from(element.as_str()),
            unit,
            severity,
            found,
        );
    }
}

fn one(
    given: &Remedy,
    law: &RemedyRule,
    path: Path,
    unit: &'static str,
    severity: Severity,
    found: &mut Findings,
) {
    let provision = Some(law.provision.as_str());
    match &given.body {
        None => found.missing(path.key("body"), severity, provision),
        Some(body) if *body != law.body.zh && *body != law.body.en => {
            found.warning(
                Failure::new(Code::REMEDY_BODY_UNEXPECTED, path.key("body"))
                    .with("body", &law.body.zh),
            );
        }
        Some(_) => {}
    }
    match given.period {
        None => found.missing(path.key(unit), severity, provision),
        Some(period) if period != law.period => found.error(
            Failure::new(Code::REMEDY_PERIOD_WRONG, path.key(unit))
                .with("given", period)
                .with("required", law.period)
                .with("unit", unit),
        ),
        Some(_) => {}
    }
}
