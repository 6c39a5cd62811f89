//! Collection by proxy (代领): a written request by the applicant, the household head or their agent,
//! with a reason (health, transport, or another stated one); a proxy from the family or relatives;
//! or, when none of them can, designated staff — after the affairs centre's check, under a proxy
//! agreement signed with the applicant, the head or their agent, and put on file. The dates of
//! those steps come in that order.

use super::{require, Arrangement, Person, ProxyKind, ProxyReason, PROXY};
use crate::deadlines::out_of_order;
use crate::decisions::fields::Findings;
use crate::failure::{Code, Failure};
use chrono::NaiveDate;

pub(super) fn check(a: &Arrangement, found: &mut Findings) {
    request(a, found);
    let staff = proxy(a, found);
    if staff {
        designated(a, found);
    }
    order(a, staff, found);
}

fn request(a: &Arrangement, found: &mut Findings) {
    if !require(&a.request, "request", PROXY, found) {
        return;
    }
    let Some(r) = &a.request else { return };
    if require(&r.written, "request.written", PROXY, found) && r.written == Some(false) {
        found.error(Failure::new(
            Code::PROXY_REQUEST_NOT_WRITTEN,
            "request.written",
        ));
    }
    require(&r.by, "request.by", PROXY, found);
    if r.by == Some(Person::Other) {
        found.error(Failure::new(Code::PROXY_REQUESTED_BY_OTHER, "request.by").with("by", "other"));
    }
    require(&r.on, "request.on", PROXY, found);
    if require(&r.reason, "request.reason", PROXY, found) && r.reason == Some(ProxyReason::Other) {
        // "Another special reason" must be stated.
        require(&r.reason_text, "request.reasonText", PROXY, found);
    }
}

/// The proxy; whether it is designated staff.
fn proxy(a: &Arrangement, found: &mut Findings) -> bool {
    if !require(&a.proxy, "proxy", PROXY, found) {
        return false;
    }
    let Some(p) = &a.proxy else { return false };
    require(&p.name, "proxy.name", PROXY, found);
    require(&p.kind, "proxy.kind", PROXY, found);
    match p.kind {
        Some(ProxyKind::Staff) => true,
        Some(ProxyKind::Other) => {
            found.error(Failure::new(Code::PROXY_NOT_FAMILY, "proxy.kind"));
            false
        }
        _ => false,
    }
}

fn designated(a: &Arrangement, found: &mut Findings) {
    if require(&a.family_unable, "familyUnable", PROXY, found) && a.family_unable == Some(false) {
        found.error(Failure::new(
            Code::STAFF_PROXY_WHILE_FAMILY_CAN,
            "familyUnable",
        ));
    }
    require(&a.centre_checked_on, "centreCheckedOn", PROXY, found);
    if !require(&a.agreement, "agreement", PROXY, found) {
        return;
    }
    let Some(g) = &a.agreement else { return };
    require(&g.signed_on, "agreement.signedOn", PROXY, found);
    require(&g.signed_with, "agreement.signedWith", PROXY, found);
    if g.signed_with == Some(Person::Other) {
        found.error(
            Failure::new(Code::PROXY_REQUESTED_BY_OTHER, "agreement.signedWith")
                .with("by", "other"),
        );
    }
    // On file (备案) is the step that makes the agreement count.
    require(&g.filed_on, "agreement.filedOn", PROXY, found);
}

/// The request, the centre's check, the agreement and its filing, each on or after the one before.
fn order(a: &Arrangement, staff: bool, found: &mut Findings) {
    let mut dates: Vec<(&str, Option<NaiveDate>)> = Vec::new();
    dates.push(("request.on", a.request.as_ref().and_then(|r| r.on)));
    if staff {
        dates.push(("centreCheckedOn", a.centre_checked_on));
        let g = a.agreement.as_ref();
        dates.push(("agreement.signedOn", g.and_then(|g| g.signed_on)));
        dates.push(("agreement.filedOn", g.and_then(|g| g.filed_on)));
    }
    let dated = dates
        .into_iter()
        .filter_map(|(path, date)| Some((path, date?)));
    for ((path, date), (before, when)) in out_of_order(dated) {
        found.error(
            Failure::new(Code::DATE_OUT_OF_ORDER, path)
                .with("date", date)
                .with("previous", before)
                .with("previousDate", when),
        );
    }
}
