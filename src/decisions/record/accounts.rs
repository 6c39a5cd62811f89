//! The system accounts (三（四）): approval results go into the system with the community office's
//! `qp{town}zau`, information is entered, changed and reviewed with the affairs centre's
//! `qp{town}zch` or `qp{town}zop`. The town's part is its code from the roles data when the record
//! names its town and the data has the code; otherwise any 1 to 8 letters or digits.

use super::roles::{is_town_code, TOWN};
use super::{Action, Roles};
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure, Severity};

impl Code {
    /// An action done with an account of the wrong kind or town (params `action`, `expected`: the
    /// pattern, the town's part filled in or `**`).
    pub const ACCOUNT_NOT_ALLOWED: Code = Code::new("accountNotAllowed");
}

/// Whether `account` fits `pattern` (lower case) for the town with account code `code`.
pub fn fits(pattern: &str, account: &str, code: Option<&str>) -> bool {
    let account = account.trim().to_ascii_lowercase();
    let Some((prefix, suffix)) = pattern.split_once(TOWN) else {
        return account == pattern;
    };
    let middle = account
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(suffix));
    match (middle, code) {
        (Some(middle), Some(code)) => middle == code,
        (Some(middle), None) => is_town_code(middle),
        (None, _) => false,
    }
}

pub(super) fn check(actions: &[Action], roles: &Roles, code: Option<&str>, found: &mut Findings) {
    for a in actions {
        let Some(rule) = a.action.as_deref().and_then(|name| roles.action(name)) else {
            continue;
        };
        let Some(kind) = &rule.account else { continue };
        let path = a.path().key("by").key("account");
        let Some(account) = &a.account else {
            found.missing(path, Severity::Error, None);
            continue;
        };
        let patterns = roles.patterns(kind);
        if patterns.iter().any(|p| fits(p, account, code)) {
            continue;
        }
        let mut expected = String::new();
        for (i, p) in patterns.iter().enumerate() {
            if i > 0 {
                expected.push_str(" / ");
            }
            expected.push_str(&p.replace(TOWN, code.unwrap_or("**")));
        }
        found.error(
            Failure::new(Code::ACCOUNT_NOT_ALLOWED, path)
                .with("action", &rule.action)
                .with("expected", expected),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::fits;

    #[test]
    fn accounts_fit_their_patterns() {
        assert!(fits("qp{town}zau", "qpzxzau", None));
        assert!(fits("qp{town}zau", " QPZXZAU ", Some("zx")));
        assert!(!fits("qp{town}zau", "qpxjzau", Some("zx")));
        assert!(
            !fits("qp{town}zau", "qpzau", None),
            "the town's part is not empty"
        );
        assert!(!fits("qp{town}zau", "qpzxzch", None));
        assert!(!fits("qp{town}zau", "qp-x-zau", None));
        assert!(!fits("qp{town}zau", "qp123456789zau", None));
        assert!(fits("admin", "ADMIN", None));
    }
}
