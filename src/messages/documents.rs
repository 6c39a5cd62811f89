//! Texts of document requests: form-definition violations, catalogue failures, why a document is
//! asked for and the notice of what the office obtains itself.

use super::{find, Text};
use crate::documents::Applies;
use crate::Locale;

pub(super) static TEXTS: &[Text] = &[
    Text {
        key: "forbiddenDocumentRequest",
        zh: "“{label}”（{name}）可通过信息共享获取，不得要求申请人提交。删除该项：工作人员通过{source}共享获取。依据：{basis}。",
        en: "“{label}” ({name}) is obtainable through information sharing and must not be requested from the applicant. Remove it: staff obtain it from {source}. Basis: {basis}.",
    },
    Text {
        key: "forbiddenDocumentRequest.authorization",
        zh: "“{label}”（{name}）不得要求申请人提交。删除该项：凭申请人签署的核对授权书，由{source}获取。依据：{basis}。",
        en: "“{label}” ({name}) must not be requested from the applicant. Remove it: it is obtained from {source} with the applicant's signed verification authorisation. Basis: {basis}.",
    },
    Text {
        key: "forbiddenDocumentRequest.unverified",
        zh: "“{label}”（{name}）很可能可通过{source}共享获取（待核实）：请向区民政局确认，可共享的删除该项。依据：{basis}。",
        en: "“{label}” ({name}) is probably obtainable from {source} (not yet verified): check with the district bureau and, if so, remove it. Basis: {basis}.",
    },
    Text {
        key: "unknownDocumentKind",
        zh: "材料类型“{value}”不在材料目录中：请改用 documentCatalog() 中的 id，或写 \"other\" 并用标签说明。",
        en: "The document kind “{value}” is not in the catalogue: use an id from documentCatalog(), or \"other\" with a descriptive label.",
    },
    Text {
        key: "unknownDocumentKind.suggestion",
        zh: "材料类型“{value}”不在材料目录中；按标签应为“{kind}”（{name}），请改用该 id。",
        en: "The document kind “{value}” is not in the catalogue; its label suggests “{kind}” ({name}): use that id.",
    },
    Text {
        key: "missingRequiredDocument",
        zh: "表单缺少申请人必须提交的“{name}”：请在 documents 中添加 kind 为“{kind}”的一项。依据：{basis}。",
        en: "The form lacks {name}, which the applicant must provide: add an item of kind “{kind}” to documents. Basis: {basis}.",
    },
    Text {
        key: "duplicateDocument",
        zh: "“{label}”与 {first} 是同一种材料（{name}）：请合并为一项。",
        en: "“{label}” asks for the same document as {first} ({name}): merge them into one item.",
    },
    Text {
        key: "invalidFormDefinition",
        zh: "表单定义“{path}”格式不正确：应为{expected}。",
        en: "The form definition at “{path}” has the wrong shape: expected {expected}.",
    },
    Text {
        key: "invalidFormDefinition.category",
        zh: "表单定义的 category“{value}”不是救助类别：应为 minimumLiving、lowIncomeMargin、rigidExpenditure、extremePoverty 或 temporary。",
        en: "The form definition's category “{value}” is not an assistance category: use minimumLiving, lowIncomeMargin, rigidExpenditure, extremePoverty or temporary.",
    },
    Text {
        key: "invalidDocumentCatalog",
        zh: "材料目录“{path}”格式不正确：应为{expected}。原目录保持不变。",
        en: "Document catalogue data at “{path}” has the wrong shape: expected {expected}. The catalogue is unchanged.",
    },
    Text {
        key: "invalidDocumentCatalog.empty",
        zh: "材料目录“{path}”为空：至少需要一种材料。原目录保持不变。",
        en: "Document catalogue data at “{path}” is empty: it needs at least one kind. The catalogue is unchanged.",
    },
    Text {
        key: "invalidDocumentCatalog.duplicate",
        zh: "材料目录“{path}”：“{value}”重复（id 和名称、别名须唯一，\"other\" 为保留字）。原目录保持不变。",
        en: "Document catalogue data at “{path}”: “{value}” is repeated (ids, names and aliases must be unique; \"other\" is reserved). The catalogue is unchanged.",
    },
    Text {
        key: "invalidDocumentCatalog.appliesTo",
        zh: "材料目录“{path}”：“{value}”不是适用条件，应为 always、adultMember、agent、medicalExpense、unregisteredIncome、spouse、disability、minor、nonLocalHukou、student、residenceElsewhere 或 none。原目录保持不变。",
        en: "Document catalogue data at “{path}”: “{value}” is not a condition; use always, adultMember, agent, medicalExpense, unregisteredIncome, spouse, disability, minor, nonLocalHukou, student, residenceElsewhere or none. The catalogue is unchanged.",
    },
    Text {
        key: "invalidDocumentCatalog.category",
        zh: "材料目录“{path}”：“{value}”不是救助类别（minimumLiving、lowIncomeMargin、rigidExpenditure、extremePoverty、temporary）。原目录保持不变。",
        en: "Document catalogue data at “{path}”: “{value}” is not an assistance category (minimumLiving, lowIncomeMargin, rigidExpenditure, extremePoverty, temporary). The catalogue is unchanged.",
    },
    Text {
        key: "invalidDocumentCatalog.legalBasis",
        zh: "材料目录“{path}”：依据“{value}”未在 legalBases 中定义。原目录保持不变。",
        en: "Document catalogue data at “{path}”: the legal basis “{value}” is not defined in legalBases. The catalogue is unchanged.",
    },
];

/// Why a document is asked for, by its condition (`appliesTo`); `{who}` names the member or agent.
static REASONS: &[Text] = &[
    Text {
        key: "always",
        zh: "每份申请都需要",
        en: "Needed for every application",
    },
    Text {
        key: "adultMember",
        zh: "{who}已成年，须本人签署",
        en: "{who} is an adult and signs in person",
    },
    Text {
        key: "agent",
        zh: "{who}代为申请",
        en: "{who} applies on the applicant's behalf",
    },
    Text {
        key: "medicalExpense",
        zh: "申报了医疗支出",
        en: "Medical expenses are declared",
    },
    Text {
        key: "unregisteredIncome",
        zh: "{who}申报了没有登记记录的收入（零工、私人出租、赡养费等）",
        en: "{who} declared income no register holds (casual work, private rent, maintenance)",
    },
    Text {
        key: "spouse",
        zh: "{who}是申请人的配偶",
        en: "{who} is the applicant's spouse",
    },
    Text {
        key: "disability",
        zh: "{who}有残疾",
        en: "{who} has a disability",
    },
    Text {
        key: "minor",
        zh: "{who}未成年",
        en: "{who} is under 18",
    },
    Text {
        key: "nonLocalHukou",
        zh: "{who}非本市户籍",
        en: "{who} has no Shanghai hukou",
    },
    Text {
        key: "student",
        zh: "{who}在读",
        en: "{who} is a student",
    },
    Text {
        key: "residenceElsewhere",
        zh: "居住地与户籍地不同（租赁未登记备案时需要）",
        en: "Residence differs from hukou (needed when the lease is not registered)",
    },
    Text {
        key: "none",
        zh: "按需",
        en: "When asked",
    },
];

/// The reason a document applies, in words, naming `who` it concerns.
pub fn applies_reason(applies: Applies, who: &str, locale: Locale) -> String {
    let text = find(REASONS, applies.as_str()).map_or("", |t| t.get(locale));
    super::fill_values(text, &[("who", who)])
}

/// The positive notice of what the applicant need not bring: `names` obtained by sharing, of
/// which `authorised` with the verification authorisation. Empty when there is nothing.
pub fn office_notice(names: &[&str], authorised: &[&str], locale: Locale) -> String {
    if names.is_empty() {
        return String::new();
    }
    let separator = locale.pick("、", ", ");
    let mut text = match locale {
        Locale::ZhCn => format!(
            "无需提交，工作人员将通过数据共享核验：{}。",
            names.join(separator)
        ),
        Locale::En => format!(
            "No need to bring these: staff will check them through data sharing: {}.",
            names.join(separator)
        ),
    };
    if !authorised.is_empty() {
        let authorised = authorised.join(separator);
        text.push_str(&match locale {
            Locale::ZhCn => format!("其中{authorised}凭您签署的核对授权书查询。"),
            Locale::En => {
                format!(" {authorised} are checked with your signed verification authorisation.")
            }
        });
    }
    text
}

#[cfg(test)]
mod tests {
    use super::super::has_text;
    use super::*;
    use crate::Code;

    #[test]
    fn every_documents_code_has_a_message() {
        for code in [
            Code::FORBIDDEN_DOCUMENT_REQUEST,
            Code::UNKNOWN_DOCUMENT_KIND,
            Code::MISSING_REQUIRED_DOCUMENT,
            Code::DUPLICATE_DOCUMENT,
            Code::INVALID_FORM_DEFINITION,
            Code::INVALID_DOCUMENT_CATALOG,
        ] {
            assert!(has_text(code), "{code:?}");
        }
    }

    #[test]
    fn every_condition_has_a_reason_in_both_languages() {
        for &applies in Applies::ALL {
            let text = find(REASONS, applies.as_str()).unwrap_or_else(|| panic!("{applies:?}"));
            assert!(!text.zh.is_empty() && !text.en.is_empty(), "{applies:?}");
            assert_eq!(
                text.zh.contains("{who}"),
                text.en.contains("{who}"),
                "{applies:?}"
            );
        }
        assert_eq!(REASONS.len(), Applies::ALL.len());
        for locale in [Locale::ZhCn, Locale::En] {
            let reason = applies_reason(Applies::AdultMember, "张{who}三", locale);
            assert!(reason.contains("张{who}三") && reason.matches('{').count() == 1);
        }
    }

    #[test]
    fn the_notice_lists_what_the_office_obtains() {
        for locale in [Locale::ZhCn, Locale::En] {
            assert_eq!(office_notice(&[], &[], locale), "");
            let list = locale.pick("甲、乙", "甲, 乙");
            let plain = office_notice(&["甲", "乙"], &[], locale);
            assert!(plain.contains(list), "{plain}");
            // The authorised ones are named a second time, in a sentence of their own.
            let authorised = office_notice(&["甲", "乙"], &["乙"], locale);
            assert!(authorised.starts_with(&plain), "{authorised}");
            assert!(authorised.len() > plain.len() && authorised.matches('乙').count() == 2);
        }
    }
}
