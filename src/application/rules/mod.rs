//! The rules that compare fields with each other, one file per rule. Each reads the model built by
//! [`super::read`] and records findings with the paths of the fields they depend on, so that partial
//! validation (`opts.fields`) can keep the rules a changed field affects.

mod agent;
mod bank_holder;
mod extreme_poverty;
mod household;
mod id_agreement;
mod non_local_hukou;
mod relationship_age;

use super::model::Application;
use super::read::{member_at, Reader};
use crate::path::Path;

pub(crate) fn check(app: &Application, r: &mut Reader) {
    household::check(app, r);
    id_agreement::check(app, r);
    relationship_age::check(app, r);
    non_local_hukou::check(app, r);
    extreme_poverty::check(app, r);
    agent::check(app, r);
    bank_holder::check(app, r);
}

/// `members.{i}.{key}`.
fn member_path(i: usize, key: &str) -> Path {
    member_at(i).key(key)
}

/// `members.*.{key}`: the field in every member.
fn every_member(key: &str) -> Path {
    Path::root().key("members").key("*").key(key)
}
