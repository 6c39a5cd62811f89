//! Who may do an action: the units and roles the roles data lists for it. An approval (审核确认) by
//! anyone but the deputy head the head authorised (二（三）), approval results entered by anyone but
//! the community office's head or the staff the head authorised, information entered outside the
//! affairs centre (三（四）).

use super::{Action, Roles};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure, Severity};

impl Code {
    /// An action by a unit that may not do it (params `action`, `unit`).
    pub const UNIT_NOT_ALLOWED: Code = Code::new("unitNotAllowed");
    /// An action by a role that may not do it (params `action`, `role`).
    pub const ROLE_NOT_ALLOWED: Code = Code::new("roleNotAllowed");
}

pub(super) fn check(actions: &[Action], roles: &Roles, found: &mut Findings) {
    for a in actions {
        let Some(rule) = a.action.as_deref().and_then(|name| roles.action(name)) else {
            continue;
        };
        let by = a.path().key("by");
        let checks = [
            (
                "unit",
                &a.unit,
                &rule.units,
                Code::UNIT_NOT_ALLOWED,
                &roles.units,
            ),
            (
                "role",
                &a.role,
                &rule.roles,
                Code::ROLE_NOT_ALLOWED,
                &roles.roles,
            ),
        ];
        for (key, given, allowed, code, known) in checks {
            if allowed.is_empty() {
                continue;
            }
            let path = by.key(key);
            match given {
                None => found.missing(path, Severity::Error, None),
                Some(value) if !known.iter().any(|n| n.key == *value) => {
                    found.invalid(path, if key == "unit" { "unit" } else { "staffRole" });
                }
                Some(value) if !allowed.contains(value) => found.error(
                    Failure::new(code, path)
                        .with("action", &rule.action)
                        .with(key, value),
                ),
                Some(_) => {}
            }
        }
    }
}
