//! 上海市社会救助条例 第55条: the household is the members with Shanghai hukou living together, plus
//! a spouse or child without Shanghai hukou living with them. So, except for temporary assistance
//! (open to non-hukou residents), a member with another hukou must be the spouse or child of a member
//! with local hukou and live with the household, and the applicant must have local hukou.
//!
//! Relationships are given to the applicant only, so "spouse or child of a local member" is read
//! from them: a spouse or child of the local applicant; a grandchild when a local child is present;
//! a parent (or grandparent) when another local parent (grandparent) is present; a sibling when a
//! local parent is present. An `other` relative cannot be judged and gets a warning.

use super::{every_member, member_path};
use crate::application::read::Reader;
use crate::application::{Application, Category, Hukou, Relationship};
use crate::failure::{Code, Failure};
use crate::identity::Severity;
use crate::path::Path;

pub(super) fn check(app: &Application, r: &mut Reader) {
    // Relationships are to the applicant: without one, nothing can be judged.
    if matches!(app.category, None | Some(Category::Temporary)) || app.applicant().is_none() {
        return;
    }
    let local = |rel: Relationship, except: usize| {
        app.members
            .iter()
            .enumerate()
            .any(|(i, m)| i != except && m.relationship == Some(rel) && m.is_local())
    };
    for (i, m) in app.members.iter().enumerate() {
        if m.hukou != Some(Hukou::Other) {
            continue;
        }
        use Relationship::*;
        let (reason, severity) = match m.relationship {
            None => continue,
            Some(Applicant) => ("applicant", Severity::Error),
            Some(Spouse | Child)
                if local(Applicant, i) || (m.relationship == Some(Child) && local(Spouse, i)) =>
            {
                if m.lives_together == Some(false) {
                    ("notLivingTogether", Severity::Error)
                } else {
                    continue;
                }
            }
            Some(Grandchild) if local(Child, i) => continue,
            Some(Parent) if local(Parent, i) => continue,
            Some(Grandparent) if local(Grandparent, i) => continue,
            Some(Sibling) if local(Parent, i) => continue,
            Some(Other) => ("other", Severity::Warning),
            Some(_) => ("relationship", Severity::Error),
        };
        r.flag(
            Failure::new(Code::NON_LOCAL_HUKOU, member_path(i, "hukou")).with("reason", reason),
            severity,
            vec![
                Path::from("category"),
                every_member("hukou"),
                every_member("relationship"),
                member_path(i, "livesTogether"),
            ],
        );
    }
}
