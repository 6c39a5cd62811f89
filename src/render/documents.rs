//! Document requests as the JavaScript API returns them: `lintFormDefinition`'s violations with
//! their messages, `requestableDocuments` with the reasons and the notice of what the office
//! obtains itself, and the notice `attachForm` puts in place of an upload field for such a
//! document. (`documentCatalog` returns the catalogue's own serde form: it carries no texts.)

use crate::documents::{Catalog, DocumentKind, Request, Requestable, Violation};
use crate::failure::Code;
use crate::messages::{applies_reason, message, office_notice};
use crate::path::Path;
use crate::Locale;
use serde::Serialize;

/// `{ code, path, message, kind, source, legalBasis, verified }`: the message names the document,
/// where the office gets it and the legal basis.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ViolationView<'a> {
    pub code: Code,
    pub path: &'a Path,
    pub message: String,
    pub kind: Option<&'a str>,
    /// Where the office gets it instead (forbidden requests), else null.
    pub source: Option<&'a str>,
    pub legal_basis: Vec<&'a str>,
    /// False when the catalogue's fact behind the violation is not verified.
    pub verified: bool,
}

pub fn violation<'a>(violation: &'a Violation, locale: Locale) -> ViolationView<'a> {
    let failure = &violation.failure;
    let Some(kind) = violation.kind else {
        return ViolationView {
            code: failure.code,
            path: &failure.path,
            message: message(failure, locale),
            kind: None,
            source: None,
            legal_basis: Vec::new(),
            verified: true,
        };
    };
    let holder = kind.holder(locale);
    let legal_basis = kind.legal_basis(locale);
    let named = failure
        .clone()
        .with("kind", &kind.id)
        .with("name", kind.name(locale))
        .with("source", holder.unwrap_or_default())
        .with("basis", legal_basis.join(locale.pick("；", "; ")));
    ViolationView {
        code: failure.code,
        path: &failure.path,
        message: message(&named, locale),
        kind: Some(&kind.id),
        source: holder.filter(|_| kind.obtainable_by_sharing),
        legal_basis,
        verified: kind.verified,
    }
}

/// What `lintFormDefinition` returns.
pub fn violations<'a>(found: &'a [Violation], locale: Locale) -> Vec<ViolationView<'a>> {
    found.iter().map(|v| violation(v, locale)).collect()
}

/// `{ request: [...], obtainedByOffice: [...], notice }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestableView<'a> {
    pub request: Vec<RequestView<'a>>,
    pub obtained_by_office: Vec<ObtainedView<'a>>,
    /// "无需提交，工作人员将通过数据共享核验：…" ("" when nothing is obtained by sharing).
    pub notice: String,
}

/// `{ kind, name, legalBasis, verified, reason, path? }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestView<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub legal_basis: Vec<&'a str>,
    pub verified: bool,
    /// Why, in words ("张三已成年，须本人签署").
    pub reason: String,
    /// Whom or what it concerns; absent for the household.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a Path>,
}

/// `{ kind, name, legalBasis, verified, source, authorizationRequired }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObtainedView<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub legal_basis: Vec<&'a str>,
    pub verified: bool,
    pub source: Option<&'a str>,
    pub authorization_required: bool,
}

fn request<'a>(request: &'a Request, locale: Locale) -> RequestView<'a> {
    let kind = request.kind;
    RequestView {
        kind: &kind.id,
        name: kind.name(locale),
        legal_basis: kind.legal_basis(locale),
        verified: kind.verified,
        reason: applies_reason(kind.applies_to, &request.who, locale),
        path: request.path.as_ref(),
    }
}

fn obtained<'a>(kind: &'a DocumentKind, locale: Locale) -> ObtainedView<'a> {
    ObtainedView {
        kind: &kind.id,
        name: kind.name(locale),
        legal_basis: kind.legal_basis(locale),
        verified: kind.verified,
        source: kind.holder(locale),
        authorization_required: kind.authorization_required,
    }
}

/// What `requestableDocuments` returns.
pub fn requestable<'a>(found: &'a Requestable, locale: Locale) -> RequestableView<'a> {
    RequestableView {
        request: found.request.iter().map(|r| request(r, locale)).collect(),
        obtained_by_office: found.obtained.iter().map(|k| obtained(k, locale)).collect(),
        notice: notice(&found.obtained, locale),
    }
}

/// The notice of what the office obtains itself, naming those it needs the applicant's
/// verification authorisation for.
fn notice(kinds: &[&DocumentKind], locale: Locale) -> String {
    let names: Vec<&str> = kinds.iter().map(|k| k.name(locale)).collect();
    let authorised: Vec<&str> = kinds
        .iter()
        .filter(|k| k.authorization_required)
        .map(|k| k.name(locale))
        .collect();
    office_notice(&names, &authorised, locale)
}

/// The notice `attachForm` shows in place of an upload field for document `kind` (a catalogue
/// id) when the office obtains it itself; `None` when the applicant must bring it, or the kind is
/// not in the catalogue.
pub fn upload_notice(catalog: &Catalog, kind: &str, locale: Locale) -> Option<String> {
    let kind = catalog.get(kind).filter(|k| k.obtainable_by_sharing)?;
    Some(notice(&[kind], locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_upload_field_for_a_shared_document_gets_the_office_notice() {
        let catalog = Catalog::embedded();
        assert_eq!(
            upload_notice(&catalog, "householdRegister", Locale::ZhCn).as_deref(),
            Some("无需提交，工作人员将通过数据共享核验：户口簿。")
        );
        let deposits = upload_notice(&catalog, "bankDepositStatement", Locale::En);
        assert!(
            deposits.is_some_and(|n| n.ends_with("with your signed verification authorisation."))
        );
        assert_eq!(
            upload_notice(&catalog, "applicationForm", Locale::ZhCn),
            None
        );
        assert_eq!(upload_notice(&catalog, "noSuchKind", Locale::ZhCn), None);
    }
}
