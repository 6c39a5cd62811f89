//! “受理、审核、审批”三分离 (三（四）): no person acts in two of the stages. Each conflict is reported
//! once, at the later action, naming the earlier one. Each person's first action in each stage is
//! kept by name, so a record of thousands of actions is checked in one pass.

use super::{Action, Roles};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};
use std::collections::BTreeMap;

impl Code {
    /// One person in two stages (params `stage`, `otherStage`, `action`, `otherAction`, `other`:
    /// the earlier action's item number, counted from 1).
    pub const DUTIES_NOT_SEPARATED: Code = Code::new("dutiesNotSeparated");
}

/// A person's first action in one stage: the stage, the action's item and name.
type First<'r> = (&'r str, usize, &'r str);

/// What is known of one person: their first action in each stage, the pairs of stages reported.
type Person<'r> = (Vec<First<'r>>, Vec<(&'r str, &'r str)>);

pub(super) fn check(actions: &[Action], roles: &Roles, found: &mut Findings) {
    let mut seen: BTreeMap<String, Person> = BTreeMap::new();
    for later in actions {
        let Some(rule) = later.action.as_deref().and_then(|name| roles.action(name)) else {
            continue;
        };
        let (Some(mine), Some(who)) = (rule.stage.as_deref(), later.who()) else {
            continue;
        };
        let (firsts, reported) = seen.entry(who).or_default();
        let earlier = firsts
            .iter()
            .find(|(theirs, _, _)| *theirs != mine)
            .copied();
        if !firsts.iter().any(|(stage, _, _)| *stage == mine) {
            firsts.push((mine, later.index, rule.action.as_str()));
        }
        let Some((theirs, index, other_action)) = earlier else {
            continue;
        };
        let pair = if mine < theirs {
            (mine, theirs)
        } else {
            (theirs, mine)
        };
        if reported.contains(&pair) {
            continue;
        }
        reported.push(pair);
        found.error(
            Failure::new(Code::DUTIES_NOT_SEPARATED, later.path().key("by"))
                .with("stage", mine)
                .with("otherStage", theirs)
                .with("action", &rule.action)
                .with("otherAction", other_action)
                .with("other", index + 1),
        );
    }
}
