//! Texts of identity numbers and application validation. Every message names the field (`{field}`,
//! filled from the failure's path: 第2位家庭成员的证件号码 / member 2's ID number) and says how to fix
//! it, in words a resident or a volunteer understands.

use super::{failure_message, Locale, Text};
use crate::failure::Failure;
use crate::identity::IdType;

macro_rules! t {
    ($key:literal, $zh:literal, $en:literal) => {
        Text {
            key: $key,
            zh: $zh,
            en: $en,
        }
    };
}

pub(super) static TEXTS: &[Text] = &[
    t!("required", "请填写{field}。", "Fill in {field}."),
    t!("wrongType", "{field}的内容无法识别，请重新填写。", "{field} could not be read: fill it in again."),
    t!("wrongType.number", "{field}请填写数字（单位：元），没有请填 0。", "{field} must be a number in yuan; enter 0 if there is none."),
    t!("wrongType.boolean", "{field}请选择“是”或“否”。", "For {field}, choose yes or no."),
    t!("tooLong", "{field}不能超过{max}个字，请精简。", "{field} can have at most {max} characters: shorten it."),
    t!("invalidOption", "{field}请从列表中选择。", "Choose {field} from the list."),
    t!("dateFormat", "{field}请按“年-月-日”填写真实日期，例如 2026-03-09。", "Write {field} as a real date YYYY-MM-DD, for example 2026-03-09."),
    t!("dateInFuture", "{field}不能晚于今天（{today}），请核对。", "{field} cannot be after today ({today}): check it."),
    t!("moneyNegative", "{field}不能是负数；没有请填 0。", "{field} cannot be negative; enter 0 if there is none."),
    t!("moneyDecimals", "{field}最多保留两位小数（精确到分）。", "{field} can have at most two decimals (to the fen)."),
    t!("nameFormat", "{field}只能是文字，不能有数字或符号，请按证件填写。", "{field} can only contain letters, no digits or symbols: write it as on the ID card."),
    t!("unknownTown", "“{value}”不是青浦区的街道或镇，请从列表中选择{field}（例如 赵巷镇）。", "“{value}” is not a subdistrict or town of Qingpu: choose {field} from the list (for example 赵巷镇)."),
    t!("consentRequired", "请阅读并勾选“{field}”，否则无法受理申请。", "Read and tick “{field}”: the application cannot be accepted without it."),
    t!("notAnApplication", "没有收到申请内容，请重新填写后提交。", "No application was received: fill in the form and submit it again."),
    t!("notARoster", "名册无法读取：应为申请列表（JSON 数组），请重新导出后再试。", "The roster could not be read: it should be a list of applications (a JSON array); export it again and retry."),
    t!("noApplicant", "{field}中没有申请人本人：请把申请人的“与申请人关系”选为“本人”。", "None of the {field} is the applicant: set the applicant's relationship to “self”."),
    t!("multipleApplicants", "{field}不能选“本人”：每份申请只有一位申请人，请改为此人与申请人的实际关系。", "{field} cannot be “self”: an application has one applicant; choose this person's actual relationship to the applicant."),
    t!("multipleSpouses", "{field}：家庭成员中只能有一位配偶，请核对。", "{field}: a household has at most one spouse; check the relationships."),
    t!("duplicateIdNumber", "{field}与第{other}位家庭成员的相同：每人只填一次，请核对。", "{field} is the same as member {other}'s: list each person once, and check the number."),
    t!("birthDateMismatch", "{field}与证件号码中的出生日期（{fromId}）不一致，请核对。", "{field} does not match the date of birth in the ID number ({fromId}): check both."),
    t!("genderMismatch", "{field}与证件号码不一致（号码第17位单数为男、双数为女），请核对。", "{field} does not match the ID number (its 17th digit is odd for men, even for women): check both."),
    t!("localHukouWithoutResidentId", "{field}：持{typeName}的人员没有本市户籍，请选“外省市户籍”，或更正证件类型。", "{field}: holders of a {typeName} have no Shanghai hukou; choose “other”, or correct the ID type."),
    t!("nonLocalHukou.applicant", "申请人为外省市户籍，不能申请此类救助（可申请临时救助）；如申请人有本市户籍，请更正{field}。", "An applicant without Shanghai hukou cannot apply for this assistance (temporary assistance is open to them); if the applicant has Shanghai hukou, correct {field}."),
    t!("nonLocalHukou.relationship", "{field}：外省市户籍的家庭成员只能是本市户籍成员的配偶或子女（《上海市社会救助条例》第五十五条），请核对户籍和关系。", "{field}: a member without Shanghai hukou must be the spouse or child of a member with Shanghai hukou (Shanghai Social Assistance Regulations, art. 55); check hukou and relationship."),
    t!("nonLocalHukou.notLivingTogether", "{field}：外省市户籍的配偶或子女须与家庭共同生活才计入家庭成员，请核对“是否共同生活”。", "{field}: a spouse or child without Shanghai hukou counts only when living with the household; check “living together”."),
    t!("nonLocalHukou.other", "{field}：外省市户籍的家庭成员须是本市户籍成员的配偶或子女，请确认此人的关系。", "{field}: a member without Shanghai hukou must be the spouse or child of a member with Shanghai hukou; confirm this person's relationship."),
    t!("relationshipAge.younger", "{field}：子女或孙子女应比申请人年轻，请核对关系或出生日期。", "{field}: a child or grandchild should be younger than the applicant; check the relationship or the dates of birth."),
    t!("relationshipAge.older", "{field}：父母或祖父母应比申请人年长，请核对关系或出生日期。", "{field}: a parent or grandparent should be older than the applicant; check the relationship or the dates of birth."),
    t!("extremePovertyEligibility", "特困人员救助供养要求申请人未满16周岁、年满60周岁或有残疾，申请人现为{age}周岁且未填残疾情况：请核对{field}，或申请人的出生日期和残疾情况。", "Extreme-poverty support is for applicants under 16, aged 60 or over, or with a disability; the applicant is {age} with no disability declared: check {field}, or the applicant's date of birth and disability."),
    t!("agentRequired", "申请人未满18周岁（{age}周岁），需由监护人或村（居）委会代为申请：请填写{field}信息。", "The applicant is under 18 ({age}): a guardian or the committee applies on their behalf; fill in the {field} details."),
    t!("agentIsApplicant", "{field}与申请人本人相同：代理人应是申请人以外的人，本人申请时不填代理人。", "{field} is the applicant's own: the agent must be someone else; leave the agent out when applicants apply themselves."),
    t!("bankHolderNotMember", "{field}须是家庭成员之一：救助金只发放到本家庭成员的账户，请核对户名。", "{field} must be a household member: assistance is paid only into a member's account; check the name."),
    t!("idFormat.residentId", "{field}：请输入18位身份证号码，最后一位可能是X（现为{length}位）。", "{field}: enter the 18-character resident ID number; the last character may be X (you entered {length})."),
    t!("idFormat.residentId15", "{field}：请输入15位旧身份证号码（全是数字），或18位新号码（现为{length}位）。", "{field}: enter the old 15-digit ID number, or the 18-character one (you entered {length})."),
    t!("idFormat.hkMacaoResidencePermit", "{field}：请输入18位港澳居民居住证号码，以810000或820000开头，最后一位可能是X（现为{length}位）。", "{field}: enter the 18-character residence permit number of a Hong Kong or Macao resident, starting 810000 or 820000; the last character may be X (you entered {length})."),
    t!("idFormat.taiwanResidencePermit", "{field}：请输入18位台湾居民居住证号码，以830000开头，最后一位可能是X（现为{length}位）。", "{field}: enter the 18-character residence permit number of a Taiwan resident, starting 830000; the last character may be X (you entered {length})."),
    t!("idFormat.foreignPermanentResident", "{field}：请输入外国人永久居留身份证号码，新版为18位、以9开头，旧版为3个字母加12位数字（现为{length}位）。", "{field}: enter the foreign permanent resident ID number: 18 characters starting with 9 (2023 card), or 3 letters and 12 digits (older card) (you entered {length})."),
    t!("idChecksum", "{field}有误：可能有数字输错或前后颠倒，请对照证件逐位核对。", "{field} is not right: a digit may be mistyped or two swapped; compare it with the card digit by digit."),
    t!("idBirthDate.invalid", "{field}中的出生日期“{value}”不是真实日期，请对照证件核对。", "The date of birth in {field} (“{value}”) is not a real date: compare it with the card."),
    t!("idBirthDate.future", "{field}中的出生日期“{value}”晚于今天，请对照证件核对。", "The date of birth in {field} (“{value}”) is after today: compare it with the card."),
    t!("idRegion", "{field}开头的“{value}”不是有效的地区代码，请对照证件核对前几位。", "{field} starts with “{value}”, which is not a valid region code: check the first digits against the card."),
    t!("idTypeMismatch", "{field}与号码不符：这是{typeName}的号码，请更正证件类型或号码。", "{field} does not match the number, which is a {typeName} number: correct the ID type or the number."),
    t!("idLegacy15", "{field}是15位旧号码，已转换为18位：{normalized}，请与现用证件核对。", "{field} is an old 15-digit number, converted to 18 characters: {normalized}; check it against the current card."),
    t!("phoneFormat", "{field}：请输入11位手机号码，或上海固定电话（021加8位号码）。", "{field}: enter an 11-digit mobile number, or a Shanghai landline (021 and 8 digits)."),
    t!("phoneFormat.mobilePrefix", "{field}的开头不是在用的手机号段，请核对。", "{field} does not start like a mobile number in use: check it."),
    t!("bankAccountFormat", "{field}：请输入12至19位数字的银行卡号或账号（现为{length}位）。", "{field}: enter the card or account number of 12 to 19 digits (you entered {length})."),
    t!("bankAccountChecksum", "{field}的校验位不对，可能有数字输错，请对照银行卡核对（存折账号可忽略此提示）。", "{field} fails the card's check digit: a digit may be mistyped; compare it with the card (ignore this for a passbook account)."),
];

/// Field names by key (`parent.key` where a key means different things in different places).
static FIELDS: &[(&str, &str, &str)] = &[
    ("category", "救助类别", "assistance category"),
    ("submittedOn", "申请日期", "application date"),
    ("town", "所在街镇", "subdistrict or town"),
    (
        "committee",
        "所在村（居）委会",
        "village or residents' committee",
    ),
    ("contact", "联系方式", "contact details"),
    ("phone", "联系电话", "phone number"),
    ("hukouAddress", "户籍地址", "hukou address"),
    ("residenceAddress", "居住地址", "home address"),
    ("members", "家庭成员", "household members"),
    ("name", "姓名", "name"),
    ("idType", "证件类型", "ID type"),
    ("idNumber", "证件号码", "ID number"),
    ("birthDate", "出生日期", "date of birth"),
    ("gender", "性别", "gender"),
    (
        "relationship",
        "与申请人关系",
        "relationship to the applicant",
    ),
    ("hukou", "户籍", "hukou"),
    ("livesTogether", "是否共同生活", "living together"),
    ("employment", "就业情况", "employment"),
    ("disability", "残疾情况", "disability"),
    ("disability.category", "残疾类别", "disability category"),
    ("grade", "残疾等级", "disability grade"),
    ("health", "健康状况", "health"),
    ("monthlyIncome", "月收入", "monthly income"),
    ("wages", "月工资性收入", "monthly wages"),
    ("business", "月经营净收入", "monthly business income"),
    ("property", "月财产净收入", "monthly property income"),
    ("transfer", "月转移净收入", "monthly transfer income"),
    ("other", "月其他收入", "other monthly income"),
    ("assets", "家庭财产", "household assets"),
    ("deposits", "存款", "deposits"),
    ("securities", "有价证券", "securities"),
    ("vehicles", "机动车辆价值", "value of vehicles"),
    (
        "nonResidentialProperty",
        "非居住类房产价值",
        "value of non-residential property",
    ),
    ("expenses", "刚性支出", "essential expenses"),
    ("medical", "医疗支出", "medical expenses"),
    ("education", "教育支出", "education expenses"),
    ("bankAccount", "收款银行账户", "bank account for payments"),
    ("bankName", "开户银行", "bank"),
    ("accountNumber", "银行账号", "account number"),
    ("holderName", "账户户名", "account holder"),
    ("agent", "代理人", "agent"),
    ("kind", "代理人类型", "kind of agent"),
    ("consents", "声明与授权", "consents"),
    (
        "verificationAuthorized",
        "同意核对家庭经济状况",
        "authorisation to verify income and property",
    ),
    (
        "declarationTruthful",
        "如实申报承诺",
        "pledge that the declaration is true",
    ),
];

fn field(key: &str, locale: Locale) -> Option<&'static str> {
    FIELDS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, zh, en)| if locale == Locale::ZhCn { *zh } else { *en })
}

/// The field a path names, in words: `members.1.idNumber` → 第2位家庭成员的证件号码 / member 2's ID
/// number. An unknown path is given as it is.
pub fn field_label(path: &str, locale: Locale) -> String {
    let zh = locale == Locale::ZhCn;
    let segments: Vec<&str> = path.split('.').collect();
    let (mut label, rest) = match segments.as_slice() {
        ["members", index, rest @ ..] if index.parse::<u32>().is_ok() => {
            let n = index.parse::<u32>().unwrap_or(0) + 1;
            (
                if zh {
                    format!("第{n}位家庭成员")
                } else {
                    format!("member {n}")
                },
                rest,
            )
        }
        ["agent", rest @ ..] if !rest.is_empty() => {
            (field("agent", locale).unwrap_or_default().to_owned(), rest)
        }
        all => (String::new(), all),
    };
    if let Some(last) = rest.last() {
        let parent = rest.len().checked_sub(2).and_then(|i| rest.get(i));
        let qualified = parent.map(|p| format!("{p}.{last}"));
        let name = qualified
            .as_deref()
            .and_then(|q| field(q, locale))
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
    if let Some(t) = failure.param("type").and_then(IdType::parse) {
        f.params
            .push(("typeName", id_type_name(t, locale).to_owned()));
    }
    let message = failure_message(&f, locale);
    let mut chars = message.chars();
    match chars.next() {
        Some(first) if locale == Locale::En => first.to_uppercase().chain(chars).collect(),
        _ => message,
    }
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
