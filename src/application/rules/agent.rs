//! The agent: an applicant under 18 applies through a guardian or the committee, so an agent is
//! required; and the agent is someone other than the applicant. (That an agent has a name, an ID
//! and a phone is checked field by field in [`crate::application::read`].)

use super::member_path;
use crate::application::read::Reader;
use crate::application::Application;
use crate::failure::{Code, Failure};
use crate::identity::Severity;

/// The age below which the applicant needs an agent.
const ADULT: u32 = 18;

pub(super) fn check(app: &Application, r: &mut Reader) {
    let Some(a) = app.applicant_index() else {
        return;
    };
    let Some(applicant) = app.members.get(a) else {
        return;
    };
    let related = || vec![member_path(a, "idNumber"), member_path(a, "birthDate")];
    match &app.agent {
        None => {
            let age = app
                .reference_date(r.today)
                .and_then(|on| applicant.age_on(on));
            if let Some(age) = age.filter(|age| *age < ADULT) {
                r.flag(
                    Failure::new(Code::AGENT_REQUIRED, "agent").with("age", age),
                    Severity::Error,
                    related(),
                );
            }
        }
        Some(agent) => {
            let agent_id = agent
                .id
                .as_ref()
                .filter(|c| c.valid())
                .map(|c| c.normalized.as_str());
            if agent_id.is_some() && agent_id == applicant.id_number() {
                r.flag(
                    Failure::new(Code::AGENT_IS_APPLICANT, "agent.idNumber"),
                    Severity::Error,
                    related(),
                );
            }
        }
    }
}
