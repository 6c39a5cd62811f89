//! “受理、审核、审批”三分离 (三（四）): no person acts in two of the stages. Each conflict is reported
//! once, at the later action, naming the earlier one.

use super::{Action, Roles};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};

impl Code {
    /// One person in two stages (params `stage`, `otherStage`, `action`, `otherAction`, `other`:
    /// the earlier action's item number, counted from 1).
    pub const DUTIES_NOT_SEPARATED: Code = Code::new("dutiesNotSeparated");
}

pub(super) fn check(actions: &[Action], roles: &Roles, found: &mut Findings) {
    let stage = |a: &Action| {
        let rule = roles.action(a.action.as_deref()?)?;
        Some((rule.action.as_str(), rule.stage.as_deref()?))
    };
    let mut reported: Vec<(String, &str, &str)> = Vec::new();
    for (j, later) in actions.iter().enumerate() {
        let (Some((action, mine)), Some(who)) = (stage(later), later.who()) else {
            continue;
        };
        let earlier = actions.iter().take(j).find_map(|a| {
            let (other_action, theirs) = stage(a)?;
            (theirs != mine && a.who().as_deref() == Some(who.as_str())).then_some((
                a,
                other_action,
                theirs,
            ))
        });
        let Some((other, other_action, theirs)) = earlier else {
            continue;
        };
        let pair = if mine < theirs {
            (mine, theirs)
        } else {
            (theirs, mine)
        };
        if reported
            .iter()
            .any(|(w, a, b)| *w == who && (*a, *b) == pair)
        {
            continue;
        }
        reported.push((who, pair.0, pair.1));
        found.error(
            Failure::new(Code::DUTIES_NOT_SEPARATED, later.path().key("by"))
                .with("stage", mine)
                .with("otherStage", theirs)
                .with("action", action)
                .with("otherAction", other_action)
                .with("other", other.index + 1),
        );
    }
}
