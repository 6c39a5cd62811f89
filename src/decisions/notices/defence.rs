//! What a stop notice says of the defence (三（一）): whether one was received; if so, that it was
//! reviewed (复核), what the review found and why. A stop after a defence the review accepted is
//! worth a second look: the policy has accepted facts taken into account, not overridden.

use super::{Draft, NoticeKind, Outcome};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure, Severity};
use crate::path::Path;

impl Code {
    /// A defence was received but the notice does not say it was reviewed (复核).
    pub const DEFENCE_NOT_REVIEWED: Code = Code::new("defenceNotReviewed");
    /// The review accepted the defence, yet the notice stops assistance (warning).
    pub const DEFENCE_ACCEPTED_YET_STOPPED: Code = Code::new("defenceAcceptedYetStopped");
}

pub(super) fn check(kind: NoticeKind, draft: &Draft, found: &mut Findings) {
    let defence = &draft.defence;
    if kind != NoticeKind::Stop || defence.received != Some(true) {
        return;
    }
    let provision = Some("qp31review");
    if defence.reviewed != Some(true) && !found.is_wrong(&Path::from("defence.reviewed")) {
        found.error(Failure::new(Code::DEFENCE_NOT_REVIEWED, "defence.reviewed"));
    }
    match defence.outcome {
        None => found.missing(Path::from("defence.outcome"), Severity::Error, provision),
        Some(Outcome::Accepted) => {
            found.warning(Failure::new(
                Code::DEFENCE_ACCEPTED_YET_STOPPED,
                "defence.outcome",
            ));
        }
        Some(Outcome::Rejected) => {}
    }
    if defence.received_on.is_none() {
        found.missing(
            Path::from("defence.receivedOn"),
            Severity::Warning,
            provision,
        );
    }
    if defence.reasons.is_none() {
        found.missing(Path::from("defence.reasons"), Severity::Error, provision);
    }
}
