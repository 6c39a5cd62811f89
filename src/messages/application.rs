//! Texts of identity numbers and application validation. Every message names the field (`{field}`,
//! filled from the failure's path: 第2位家庭成员的证件号码 / member 2's ID number) and says how to fix
//! it, in words a resident or a volunteer understands.

use super::{failure_message, Locale, Texts};
use crate::failure::Failure;
use crate::identity::IdType;
use crate::prelude::*;

pub(super) static TEXTS: Texts = texts![
    { key: "required", zh: "请填写{field}。", en: "Fill in {field}." },
    { key: "wrongType", zh: "{field}无法识别，请重新填写。", en: "{field} could not be read: fill it in again." },
    { key: "wrongType.number", zh: "{field}请填数字（元），没有请填0。", en: "{field}: enter a number in yuan, 0 if none." },
    { key: "tooLong", zh: "{field}不能超过{max}个字。", en: "{field} can have at most {max} characters." },
    { key: "invalidOption", zh: "请从列表中选择{field}。", en: "Choose {field} from the list." },
    { key: "dateFormat", zh: "{field}请按“年-月-日”填写，例如 2026-03-09。", en: "Write {field} as YYYY-MM-DD, for example 2026-03-09." },
    { key: "dateInFuture", zh: "{field}不能晚于今天（{today}）。", en: "{field} cannot be after today ({today})." },
    { key: "moneyNegative", zh: "{field}不能是负数，没有请填0。", en: "{field} cannot be negative; enter 0 if none." },
    { key: "moneyDecimals", zh: "{field}最多两位小数（到分）。", en: "{field}: at most two decimals (fen)." },
    { key: "nameFormat", zh: "{field}不能有数字或符号，请按证件填写。", en: "{field} cannot contain digits or symbols: write it as on the ID card." },
    { key: "unknownTown", zh: "“{value}”不是青浦区的街镇，请从列表中选择{field}。", en: "“{value}” is not a Qingpu subdistrict or town: choose {field} from the list." },
    { key: "invalidDivisionData", zh: "街镇列表数据“{path}”格式不正确：应为{expected}。", en: "The division list at “{path}” has the wrong shape: expected {expected}." },
    { key: "consentRequired", zh: "请勾选“{field}”，否则无法受理。", en: "Tick “{field}”: the application cannot be accepted without it." },
    { key: "notAnApplication", zh: "没有收到申请内容，请填写后重新提交。", en: "No application was received: fill in the form and submit again." },
    { key: "notARoster", zh: "名册无法读取，应为申请列表（JSON 数组）。", en: "The roster could not be read: it should be a JSON array of applications." },
    { key: "noApplicant", zh: "{field}中没有“本人”：请把申请人的关系选为“本人”。", en: "None of the {field} is “self”: set the applicant's relationship to “self”." },
    { key: "multipleApplicants", zh: "{field}不能是“本人”：申请人只有一位，请选此人与申请人的关系。", en: "{field} cannot be “self”: there is one applicant; choose this person's relationship to them." },
    { key: "multipleSpouses", zh: "{field}：只能有一位配偶，请核对。", en: "{field}: there can be only one spouse." },
    { key: "duplicateIdNumber", zh: "{field}与第{other}位成员相同，每人只填一次。", en: "{field} is the same as member {other}'s: list each person once." },
    { key: "birthDateMismatch", zh: "{field}与证件号码中的{fromId}不一致，请核对。", en: "{field} does not match {fromId} in the ID number: check both." },
    { key: "genderMismatch", zh: "{field}与证件号码不一致（第17位单数为男、双数为女），请核对。", en: "{field} does not match the ID number (17th digit odd for men, even for women)." },
    { key: "localHukouWithoutResidentId", zh: "{field}：持{typeName}者没有本市户籍，请选“外省市”或更正证件类型。", en: "{field}: holders of a {typeName} have no Shanghai hukou; choose “other” or correct the ID type." },
    { key: "nonLocalHukou", zh: "{field}：外省市户籍成员须是本市户籍成员的配偶或子女，且共同生活（条例第55条），请核对户籍、关系和是否共同生活。", en: "{field}: a member without Shanghai hukou must be the spouse or child of a member with it, living together (art. 55); check hukou, relationship and living together." },
    { key: "nonLocalHukou.applicant", zh: "申请人须为本市户籍（外省市户籍可申请临时救助），请核对{field}。", en: "The applicant needs Shanghai hukou (others may apply for temporary assistance): check {field}." },
    { key: "relationshipAge", zh: "{field}与出生日期不符（子女应比申请人小，父母应比申请人大），请核对。", en: "{field} does not fit the dates of birth (children younger, parents older than the applicant): check." },
    { key: "extremePovertyEligibility", zh: "特困供养要求申请人未满16岁、满60岁或有残疾，申请人现为{age}岁：请核对{field}、出生日期或残疾情况。", en: "Extreme-poverty support needs an applicant under 16, 60 or over, or disabled; the applicant is {age}: check {field}, the date of birth or the disability." },
    { key: "agentRequired", zh: "申请人未满18岁（{age}岁），请填写{field}（监护人或村居委会）。", en: "The applicant is under 18 ({age}): fill in the {field} (a guardian or the committee)." },
    { key: "agentIsApplicant", zh: "{field}是申请人本人的，代理人应是他人；本人申请无需代理人。", en: "{field} is the applicant's own: the agent is someone else; leave it out when applying in person." },
    { key: "bankHolderNotMember", zh: "{field}须是家庭成员，请核对户名。", en: "{field} must be a household member: check the name." },
    { key: "idFormat", zh: "{field}：{typeName}号码位数或字符不对（现为{length}位），请对照证件核对。", en: "{field}: wrong length or characters for a {typeName} number (you entered {length}); check the card." },
    { key: "idFormat.residentId", zh: "{field}：请输入18位身份证号码，最后一位可能是X（现为{length}位）。", en: "{field}: enter the 18-character ID number; the last one may be X (you entered {length})." },
    { key: "idChecksum", zh: "{field}有误，可能输错或颠倒了数字，请逐位核对。", en: "{field} is not right: a digit may be mistyped or swapped; check each digit." },
    { key: "idBirthDate", zh: "{field}中的出生日期“{value}”有误，请核对。", en: "The date of birth in {field} (“{value}”) is wrong: check it." },
    { key: "idRegion", zh: "{field}开头“{value}”不是有效地区代码，请核对。", en: "{field} starts with “{value}”, not a valid region code: check it." },
    { key: "idTypeMismatch", zh: "{field}与号码不符，这是{typeName}号码。", en: "{field} does not match the number, which is a {typeName} number." },
    { key: "idLegacy15", zh: "{field}是15位旧号码，已转为18位{normalized}，请核对。", en: "{field} is an old 15-digit number, converted to {normalized}: check it." },
    { key: "phoneFormat", zh: "{field}：请输入11位手机号或021开头的固定电话。", en: "{field}: enter an 11-digit mobile number or a 021 landline." },
    { key: "bankAccountFormat", zh: "{field}应为12至19位数字（现为{length}位）。", en: "{field} should be 12 to 19 digits (you entered {length})." },
    { key: "bankAccountChecksum", zh: "{field}可能有数字输错，请对照银行卡核对（存折可忽略）。", en: "{field} may have a mistyped digit: compare with the card (ignore for a passbook)." },];

/// Field keys (`parent.key` where a key means different things in different places): every key of
/// the model, in form order (DESIGN.md): one list serves every level, as only the order of siblings
/// matters (contact: phone, hukouAddress, residenceAddress; agent: name, idType, idNumber, phone,
/// kind). A `parent.key` entry names a key whose label depends on its parent. Their labels are
/// [`LABELS`] at the same index: the keys stay a table of `&str` (form order is looked up for every
/// segment of every finding's path), the labels are packed (a pointer and a length per text in
/// the data compress poorly).
static FIELDS: [&str; 45] = [
    "category",
    "submittedOn",
    "town",
    "committee",
    "contact",
    "members",
    "name",
    "idType",
    "idNumber",
    "birthDate",
    "gender",
    "relationship",
    "hukou",
    "livesTogether",
    "employment",
    "disability",
    "disability.category",
    "grade",
    "health",
    "monthlyIncome",
    "wages",
    "business",
    "property",
    "transfer",
    "other",
    "phone",
    "hukouAddress",
    "residenceAddress",
    "assets",
    "deposits",
    "securities",
    "vehicles",
    "nonResidentialProperty",
    "expenses",
    "medical",
    "education",
    "bankAccount",
    "bankName",
    "accountNumber",
    "holderName",
    "agent",
    "kind",
    "consents",
    "verificationAuthorized",
    "declarationTruthful",
];

/// The labels of [`FIELDS`], in the same order: zh-CN then English for each, every one its own
/// text of the table, so that a label is found by index alone.
static LABELS: Texts = packed![
    "救助类别",
    "assistance category",
    "申请日期",
    "application date",
    "所在街镇",
    "subdistrict or town",
    "所在村（居）委会",
    "village or residents' committee",
    "联系方式",
    "contact details",
    "家庭成员",
    "household members",
    "姓名",
    "name",
    "证件类型",
    "ID type",
    "证件号码",
    "ID number",
    "出生日期",
    "date of birth",
    "性别",
    "gender",
    "与申请人关系",
    "relationship to the applicant",
    "户籍",
    "hukou",
    "是否共同生活",
    "living together",
    "就业情况",
    "employment",
    "残疾情况",
    "disability",
    "残疾类别",
    "disability category",
    "残疾等级",
    "disability grade",
    "健康状况",
    "health",
    "月收入",
    "monthly income",
    "月工资性收入",
    "monthly wages",
    "月经营净收入",
    "monthly business income",
    "月财产净收入",
    "monthly property income",
    "月转移净收入",
    "monthly transfer income",
    "月其他收入",
    "other monthly income",
    "联系电话",
    "phone number",
    "户籍地址",
    "hukou address",
    "居住地址",
    "home address",
    "家庭财产",
    "household assets",
    "存款",
    "deposits",
    "有价证券",
    "securities",
    "机动车辆价值",
    "value of vehicles",
    "非居住类房产价值",
    "value of non-residential property",
    "刚性支出",
    "essential expenses",
    "医疗支出",
    "medical expenses",
    "教育支出",
    "education expenses",
    "收款银行账户",
    "bank account for payments",
    "开户银行",
    "bank",
    "银行账号",
    "account number",
    "账户户名",
    "account holder",
    "代理人",
    "agent",
    "代理人类型",
    "kind of agent",
    "声明与授权",
    "consents",
    "同意核对家庭经济状况",
    "authorisation to verify income and property",
    "如实申报承诺",
    "pledge that the declaration is true",
];

/// Where a model key comes in form order, for sorting findings so that a summary follows the page.
pub fn form_position(key: &str) -> Option<usize> {
    // Lengths first, inline: most labels differ in length, and `same` is a call.
    FIELDS
        .iter()
        .position(|k| k.len() == key.len() && crate::json::same(k, key))
}

/// The label of the field at index `i` of [`FIELDS`].
fn label(i: usize, locale: Locale) -> Option<&'static str> {
    Some(LABELS.nth(2 * i + usize::from(locale == Locale::En))?.0)
}

fn field(key: &str, locale: Locale) -> Option<&'static str> {
    label(form_position(key)?, locale)
}

/// The name of `key` under `parent` (`disability.category`), compared in place rather than by
/// building the qualified key: a label is made for every finding of a roster.
fn qualified_field(parent: &str, key: &str, locale: Locale) -> Option<&'static str> {
    let i = FIELDS.iter().position(|k| {
        k.len() == parent.len() + 1 + key.len() && k.split_once('.') == Some((parent, key))
    })?;
    label(i, locale)
}

/// The field a path names, in words: `members.1.idNumber` → 第2位家庭成员的证件号码 / member 2's ID
/// number. An unknown path is given as it is.
pub fn field_label(path: &str, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let mut label = String::new();
    // What follows the member or the agent, if anything does (`None`: nothing to name).
    let mut member = None;
    if let Some(after) = path.strip_prefix("members.") {
        let (index, rest) = match after.split_once('.') {
            Some((index, rest)) => (index, Some(rest)),
            None => (after, None),
        };
        if let Some(index) = crate::pieces::parse_u32(index) {
            member = Some((index, rest));
        }
    }
    let rest = match (member, path.strip_prefix("agent.")) {
        (Some((index, rest)), _) => {
            label.push_str(if zh { "第" } else { "member " });
            crate::json::push_index(&mut label, index.wrapping_add(1) as usize);
            if zh {
                label.push_str("位家庭成员");
            }
            rest
        }
        (None, Some(rest)) => {
            label.push_str(field("agent", locale).unwrap_or_default());
            Some(rest)
        }
        (None, None) => Some(path),
    };
    if let Some(rest) = rest {
        // The last segment and the one before it (forwards: a reverse search costs 0.7 KB).
        let mut segments = rest.split('.');
        let (mut parent, mut last) = (None, segments.next().unwrap_or_default());
        for segment in segments {
            (parent, last) = (Some(last), segment);
        }
        let name = parent
            .and_then(|p| qualified_field(p, last, locale))
            .or_else(|| field(last, locale));
        if !label.is_empty() {
            label.push_str(if zh { "的" } else { "'s " });
        }
        label.push_str(name.unwrap_or(path));
    }
    label
}

/// The name of an identity document.
pub fn id_type_name(id_type: IdType, locale: Locale) -> &'static str {
    let (zh, en) = match id_type {
        IdType::ResidentId => ("居民身份证", "resident ID card"),
        IdType::ResidentId15 => ("旧版居民身份证", "old resident ID card"),
        IdType::HkMacaoResidencePermit => (
            "港澳居民居住证",
            "residence permit for Hong Kong and Macao residents",
        ),
        IdType::TaiwanResidencePermit => {
            ("台湾居民居住证", "residence permit for Taiwan residents")
        }
        IdType::ForeignPermanentResident => {
            ("外国人永久居留身份证", "foreign permanent resident ID card")
        }
    };
    if locale == Locale::ZhCn {
        zh
    } else {
        en
    }
}

/// The message of a failure of this module: its field named, document types in words, and (in
/// English) a capital first letter.
pub fn field_message(failure: &Failure, locale: Locale) -> String {
    let mut f = failure.clone();
    f.params.push(("field", field_label(&failure.path, locale)));
    let id_type = match failure.param("type") {
        Some(t) => Some(t),
        None => failure.param("reason"),
    };
    if let Some(t) = id_type.and_then(IdType::parse) {
        f.params
            .push(("typeName", id_type_name(t, locale).to_owned()));
    }
    let mut message = failure_message(&f, locale);
    if locale == Locale::En {
        // English labels and messages start with an ASCII letter.
        if let Some(first) = message.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    #[test]
    fn every_code_has_a_message() {
        for code in [
            Code::REQUIRED,
            Code::WRONG_TYPE,
            Code::TOO_LONG,
            Code::INVALID_OPTION,
            Code::DATE_FORMAT,
            Code::DATE_IN_FUTURE,
            Code::MONEY_NEGATIVE,
            Code::MONEY_DECIMALS,
            Code::NAME_FORMAT,
            Code::UNKNOWN_TOWN,
            Code::CONSENT_REQUIRED,
            Code::NOT_AN_APPLICATION,
            Code::NOT_A_ROSTER,
            Code::NO_APPLICANT,
            Code::MULTIPLE_APPLICANTS,
            Code::MULTIPLE_SPOUSES,
            Code::DUPLICATE_ID_NUMBER,
            Code::BIRTH_DATE_MISMATCH,
            Code::GENDER_MISMATCH,
            Code::LOCAL_HUKOU_WITHOUT_RESIDENT_ID,
            Code::AGENT_REQUIRED,
            Code::AGENT_IS_APPLICANT,
            Code::BANK_HOLDER_NOT_MEMBER,
            Code::EXTREME_POVERTY_ELIGIBILITY,
            Code::ID_CHECKSUM,
            Code::ID_REGION,
            Code::ID_TYPE_MISMATCH,
            Code::ID_LEGACY_15,
            Code::PHONE_FORMAT,
            Code::BANK_ACCOUNT_FORMAT,
            Code::BANK_ACCOUNT_CHECKSUM,
            Code::INVALID_DIVISION_DATA,
        ] {
            assert!(super::super::has_text(code), "{code:?}");
        }
        // Codes whose every message has a reason.
        for (code, reasons) in [
            (
                Code::ID_FORMAT,
                &[
                    "residentId",
                    "residentId15",
                    "hkMacaoResidencePermit",
                    "taiwanResidencePermit",
                    "foreignPermanentResident",
                ][..],
            ),
            (Code::ID_BIRTH_DATE, &["invalid", "future"]),
            (
                Code::NON_LOCAL_HUKOU,
                &["applicant", "relationship", "notLivingTogether", "other"],
            ),
            (Code::RELATIONSHIP_AGE, &["younger", "older"]),
        ] {
            for reason in reasons {
                let f = Failure::new(code, "x").with("reason", reason);
                assert_ne!(
                    failure_message(&f, Locale::En),
                    code.as_str(),
                    "{code:?}.{reason}"
                );
            }
        }
    }

    #[test]
    fn labels_name_the_member_and_the_field() {
        assert_eq!(
            field_label("members.1.idNumber", Locale::ZhCn),
            "第2位家庭成员的证件号码"
        );
        assert_eq!(
            field_label("members.0.disability.category", Locale::En),
            "member 1's disability category"
        );
        assert_eq!(
            field_label("members.0.monthlyIncome.wages", Locale::ZhCn),
            "第1位家庭成员的月工资性收入"
        );
        assert_eq!(field_label("agent.phone", Locale::ZhCn), "代理人的联系电话");
        assert_eq!(field_label("category", Locale::ZhCn), "救助类别");
        assert_eq!(field_label("members.3", Locale::En), "member 4");
        assert_eq!(field_label("unknown.path", Locale::En), "unknown.path");
        let f = Failure::new(Code::REQUIRED, "members.0.name");
        assert_eq!(field_message(&f, Locale::En), "Fill in member 1's name.");
        let m = field_message(
            &Failure::new(Code::ID_TYPE_MISMATCH, "members.0.idType")
                .with("type", "taiwanResidencePermit"),
            Locale::ZhCn,
        );
        assert!(m.contains("台湾居民居住证") && !m.contains('{'), "{m}");
    }
}
