//! Texts of identity numbers and application validation. Every message names the field (`{field}`,
//! filled from the failure's path: 第2位家庭成员的证件号码 / member 2's ID number) and says how to fix
//! it, in words a resident or a volunteer understands.

use super::{find, message, Text};
use crate::failure::Failure;
use crate::identity::IdType;
use crate::path::Path;
use crate::Locale;

pub(super) static TEXTS: &[Text] = &[
    Text { key: "required", zh: "请填写{field}。", en: "Fill in {field}." },
    Text { key: "wrongType", zh: "{field}无法识别，请重新填写。", en: "{field} could not be read: fill it in again." },
    Text { key: "wrongType.number", zh: "{field}请填数字（元），没有请填0。", en: "{field}: enter a number in yuan, 0 if none." },
    Text { key: "tooLong", zh: "{field}不能超过{max}个字。", en: "{field} can have at most {max} characters." },
    Text { key: "invalidOption", zh: "请从列表中选择{field}。", en: "Choose {field} from the list." },
    Text { key: "dateFormat", zh: "{field}请按“年-月-日”填写，例如 2026-03-09。", en: "Write {field} as YYYY-MM-DD, for example 2026-03-09." },
    Text { key: "dateInFuture", zh: "{field}不能晚于今天（{today}）。", en: "{field} cannot be after today ({today})." },
    Text { key: "moneyNegative", zh: "{field}不能是负数，没有请填0。", en: "{field} cannot be negative; enter 0 if none." },
    Text { key: "moneyDecimals", zh: "{field}最多两位小数（到分）。", en: "{field}: at most two decimals (fen)." },
    Text { key: "nameFormat", zh: "{field}不能有数字或符号，请按证件填写。", en: "{field} cannot contain digits or symbols: write it as on the ID card." },
    Text { key: "nameFormat.character", zh: "{field}含有不能用于姓名的字符（{char}），可能是复制时带入的不可见字符或控制符，请删除后按证件重新填写。", en: "{field} has a character no name may have ({char}), perhaps an invisible or control character copied along: delete it and write the name as on the ID card." },
    Text { key: "unknownTown", zh: "“{value}”不是青浦区的街镇，请从列表中选择{field}。", en: "“{value}” is not a Qingpu subdistrict or town: choose {field} from the list." },
    Text { key: "invalidDivisionData", zh: "街镇列表数据“{path}”格式不正确：应为{expected}。", en: "The division list at “{path}” has the wrong shape: expected {expected}." },
    Text { key: "consentRequired", zh: "请勾选“{field}”，否则无法受理。", en: "Tick “{field}”: the application cannot be accepted without it." },
    Text { key: "notAnApplication", zh: "没有收到申请内容，请填写后重新提交。", en: "No application was received: fill in the form and submit again." },
    Text { key: "notARoster", zh: "名册无法读取，应为申请列表（JSON 数组）。", en: "The roster could not be read: it should be a JSON array of applications." },
    Text { key: "noApplicant", zh: "{field}中没有“本人”：请把申请人的关系选为“本人”。", en: "None of the {field} is “self”: set the applicant's relationship to “self”." },
    Text { key: "multipleApplicants", zh: "{field}不能是“本人”：申请人只有一位，请选此人与申请人的关系。", en: "{field} cannot be “self”: there is one applicant; choose this person's relationship to them." },
    Text { key: "multipleSpouses", zh: "{field}：只能有一位配偶，请核对。", en: "{field}: there can be only one spouse." },
    Text { key: "duplicateIdNumber", zh: "{field}与第{other}位成员相同，每人只填一次。", en: "{field} is the same as member {other}'s: list each person once." },
    Text { key: "birthDateMismatch", zh: "{field}与证件号码中的{fromId}不一致，请核对。", en: "{field} does not match {fromId} in the ID number: check both." },
    Text { key: "genderMismatch", zh: "{field}与证件号码不一致（第17位单数为男、双数为女），请核对。", en: "{field} does not match the ID number (17th digit odd for men, even for women)." },
    Text { key: "localHukouWithoutResidentId", zh: "{field}：持{typeName}者没有本市户籍，请选“外省市”或更正证件类型。", en: "{field}: holders of a {typeName} have no Shanghai hukou; choose “other” or correct the ID type." },
    Text { key: "nonLocalHukou", zh: "{field}：外省市户籍成员须是本市户籍成员的配偶或子女，且共同生活（条例第55条），请核对户籍、关系和是否共同生活。", en: "{field}: a member without Shanghai hukou must be the spouse or child of a member with it, living together (art. 55); check hukou, relationship and living together." },
    Text { key: "nonLocalHukou.applicant", zh: "申请人须为本市户籍（外省市户籍可申请临时救助），请核对{field}。", en: "The applicant needs Shanghai hukou (others may apply for temporary assistance): check {field}." },
    Text { key: "relationshipAge", zh: "{field}与出生日期不符（子女应比申请人小，父母应比申请人大），请核对。", en: "{field} does not fit the dates of birth (children younger, parents older than the applicant): check." },
    Text { key: "extremePovertyEligibility", zh: "特困供养要求申请人未满16岁、满60岁或有残疾，申请人现为{age}岁：请核对{field}、出生日期或残疾情况。", en: "Extreme-poverty support needs an applicant under 16, 60 or over, or disabled; the applicant is {age}: check {field}, the date of birth or the disability." },
    Text { key: "agentRequired", zh: "申请人未满18岁（{age}岁），请填写{field}（监护人或村居委会）。", en: "The applicant is under 18 ({age}): fill in the {field} (a guardian or the committee)." },
    Text { key: "agentIsApplicant", zh: "{field}是申请人本人的，代理人应是他人；本人申请无需代理人。", en: "{field} is the applicant's own: the agent is someone else; leave it out when applying in person." },
    Text { key: "bankHolderNotMember", zh: "{field}须是家庭成员，请核对户名。", en: "{field} must be a household member: check the name." },
    Text { key: "idFormat", zh: "{field}：{typeName}号码位数或字符不对（现为{length}位），请对照证件核对。", en: "{field}: wrong length or characters for a {typeName} number (you entered {length}); check the card." },
    Text { key: "idFormat.residentId", zh: "{field}：请输入18位身份证号码，最后一位可能是X（现为{length}位）。", en: "{field}: enter the 18-character ID number; the last one may be X (you entered {length})." },
    Text { key: "idChecksum", zh: "{field}有误，可能输错或颠倒了数字，请逐位核对。", en: "{field} is not right: a digit may be mistyped or swapped; check each digit." },
    Text { key: "idBirthDate", zh: "{field}中的出生日期“{value}”有误，请核对。", en: "The date of birth in {field} (“{value}”) is wrong: check it." },
    Text { key: "idRegion", zh: "{field}开头“{value}”不是有效地区代码，请核对。", en: "{field} starts with “{value}”, not a valid region code: check it." },
    Text { key: "idRegionUnknown", zh: "{field}开头“{value}”不是国家发布过的地区代码，请核对；号码无误可继续。", en: "{field} starts with “{value}”, which is no region code ever issued: check it, and go on if the number is right." },
    Text { key: "idCountry", zh: "{field}中的国籍代码“{value}”不存在，请对照证件核对。", en: "{field} has “{value}” as the nationality, which is no country's code: check the card." },
    Text { key: "idTypeMismatch", zh: "{field}与号码不符，这是{typeName}号码。", en: "{field} does not match the number, which is a {typeName} number." },
    Text { key: "idLegacy15", zh: "{field}是15位旧号码，已转为18位{normalized}，请核对。", en: "{field} is an old 15-digit number, converted to {normalized}: check it." },
    Text { key: "phoneFormat", zh: "{field}：请输入11位手机号或021开头的固定电话。", en: "{field}: enter an 11-digit mobile number or a 021 landline." },
    Text { key: "bankAccountFormat", zh: "{field}应为12至19位数字（现为{length}位）。", en: "{field} should be 12 to 19 digits (you entered {length})." },
    Text { key: "bankAccountChecksum", zh: "{field}可能有数字输错，请对照银行卡核对（存折可忽略）。", en: "{field} may have a mistyped digit: compare with the card (ignore for a passbook)." },
];

/// The labels of the fields, by key; `parent.key` where a key means something else under that
/// parent (`disability.category` is not the assistance category).
static LABELS: &[Text] = &[
    Text {
        key: "category",
        zh: "救助类别",
        en: "assistance category",
    },
    Text {
        key: "submittedOn",
        zh: "申请日期",
        en: "application date",
    },
    Text {
        key: "town",
        zh: "所在街镇",
        en: "subdistrict or town",
    },
    Text {
        key: "committee",
        zh: "所在村（居）委会",
        en: "village or residents' committee",
    },
    Text {
        key: "contact",
        zh: "联系方式",
        en: "contact details",
    },
    Text {
        key: "members",
        zh: "家庭成员",
        en: "household members",
    },
    Text {
        key: "name",
        zh: "姓名",
        en: "name",
    },
    Text {
        key: "idType",
        zh: "证件类型",
        en: "ID type",
    },
    Text {
        key: "idNumber",
        zh: "证件号码",
        en: "ID number",
    },
    Text {
        key: "birthDate",
        zh: "出生日期",
        en: "date of birth",
    },
    Text {
        key: "gender",
        zh: "性别",
        en: "gender",
    },
    Text {
        key: "relationship",
        zh: "与申请人关系",
        en: "relationship to the applicant",
    },
    Text {
        key: "hukou",
        zh: "户籍",
        en: "hukou",
    },
    Text {
        key: "livesTogether",
        zh: "是否共同生活",
        en: "living together",
    },
    Text {
        key: "employment",
        zh: "就业情况",
        en: "employment",
    },
    Text {
        key: "disability",
        zh: "残疾情况",
        en: "disability",
    },
    Text {
        key: "disability.category",
        zh: "残疾类别",
        en: "disability category",
    },
    Text {
        key: "grade",
        zh: "残疾等级",
        en: "disability grade",
    },
    Text {
        key: "health",
        zh: "健康状况",
        en: "health",
    },
    Text {
        key: "monthlyIncome",
        zh: "月收入",
        en: "monthly income",
    },
    Text {
        key: "wages",
        zh: "月工资性收入",
        en: "monthly wages",
    },
    Text {
        key: "business",
        zh: "月经营净收入",
        en: "monthly business income",
    },
    Text {
        key: "property",
        zh: "月财产净收入",
        en: "monthly property income",
    },
    Text {
        key: "transfer",
        zh: "月转移净收入",
        en: "monthly transfer income",
    },
    Text {
        key: "other",
        zh: "月其他收入",
        en: "other monthly income",
    },
    Text {
        key: "phone",
        zh: "联系电话",
        en: "phone number",
    },
    Text {
        key: "hukouAddress",
        zh: "户籍地址",
        en: "hukou address",
    },
    Text {
        key: "residenceAddress",
        zh: "居住地址",
        en: "home address",
    },
    Text {
        key: "assets",
        zh: "家庭财产",
        en: "household assets",
    },
    Text {
        key: "deposits",
        zh: "存款",
        en: "deposits",
    },
    Text {
        key: "securities",
        zh: "有价证券",
        en: "securities",
    },
    Text {
        key: "vehicles",
        zh: "机动车辆价值",
        en: "value of vehicles",
    },
    Text {
        key: "nonResidentialProperty",
        zh: "非居住类房产价值",
        en: "value of non-residential property",
    },
    Text {
        key: "expenses",
        zh: "刚性支出",
        en: "essential expenses",
    },
    Text {
        key: "medical",
        zh: "医疗支出",
        en: "medical expenses",
    },
    Text {
        key: "education",
        zh: "教育支出",
        en: "education expenses",
    },
    Text {
        key: "bankAccount",
        zh: "收款银行账户",
        en: "bank account for payments",
    },
    Text {
        key: "bankName",
        zh: "开户银行",
        en: "bank",
    },
    Text {
        key: "accountNumber",
        zh: "银行账号",
        en: "account number",
    },
    Text {
        key: "holderName",
        zh: "账户户名",
        en: "account holder",
    },
    Text {
        key: "agent",
        zh: "代理人",
        en: "agent",
    },
    Text {
        key: "kind",
        zh: "代理人类型",
        en: "kind of agent",
    },
    Text {
        key: "consents",
        zh: "声明与授权",
        en: "consents",
    },
    Text {
        key: "verificationAuthorized",
        zh: "同意核对家庭经济状况",
        en: "authorisation to verify income and property",
    },
    Text {
        key: "declarationTruthful",
        zh: "如实申报承诺",
        en: "pledge that the declaration is true",
    },
];

fn label(key: &str, locale: Locale) -> Option<&'static str> {
    find(LABELS, key).map(|t| t.get(locale))
}

/// The number of the member at `index` (a path's segment), counted from 1.
fn member_number(index: &str) -> Option<usize> {
    index.parse::<usize>().ok()?.checked_add(1)
}

/// The field a path names, in words: `members.1.idNumber` → 第2位家庭成员的证件号码 / member 2's ID
/// number. An unknown path is given as it is.
pub fn field_label(path: &Path, locale: Locale) -> String {
    let segments: Vec<&str> = path.segments().collect();
    let (owner, rest) = match segments.as_slice() {
        // The member's number counts from 1; an index too large to have one is no member's.
        ["members", index, rest @ ..] if member_number(index).is_some() => {
            let n = member_number(index).unwrap_or_default();
            let member = match locale {
                Locale::ZhCn => format!("第{n}位家庭成员"),
                Locale::En => format!("member {n}"),
            };
            (Some(member), rest)
        }
        ["agent", rest @ ..] if !rest.is_empty() => {
            (label("agent", locale).map(str::to_owned), rest)
        }
        all => (None, all),
    };
    let name = match rest {
        [] => None,
        [.., parent, last] => {
            label(&format!("{parent}.{last}"), locale).or_else(|| label(last, locale))
        }
        [last] => label(last, locale),
    };
    match (owner, name) {
        (Some(owner), None) if rest.is_empty() => owner,
        (Some(owner), Some(name)) => format!("{owner}{}{name}", locale.pick("的", "'s ")),
        (None, Some(name)) => name.to_owned(),
        _ => path.to_string(),
    }
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
    locale.pick(zh, en)
}

/// The message of a failure of this module: its field named, document types in words, and (in
/// English) a capital first letter.
pub fn field_message(failure: &Failure, locale: Locale) -> String {
    let mut f = failure.clone();
    f.params.set("field", field_label(&failure.path, locale));
    let id_type = failure.param("type").or_else(|| failure.param("reason"));
    if let Some(t) = id_type.and_then(IdType::parse) {
        f.params.set("typeName", id_type_name(t, locale).to_owned());
    }
    super::sentence_case(message(&f, locale), locale)
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
                assert_ne!(message(&f, Locale::En), code.as_str(), "{code:?}.{reason}");
            }
        }
    }

    #[test]
    fn labels_name_the_member_and_the_field() {
        for (path, locale, label) in [
            (
                "members.1.idNumber",
                Locale::ZhCn,
                "第2位家庭成员的证件号码",
            ),
            (
                "members.0.disability.category",
                Locale::En,
                "member 1's disability category",
            ),
            (
                "members.0.monthlyIncome.wages",
                Locale::ZhCn,
                "第1位家庭成员的月工资性收入",
            ),
            ("agent.phone", Locale::ZhCn, "代理人的联系电话"),
            ("category", Locale::ZhCn, "救助类别"),
            ("members.3", Locale::En, "member 4"),
            ("unknown.path", Locale::En, "unknown.path"),
            // `labelFor` takes any path: an index with no member number is no member's (it
            // overflowed counting from 1, a panic in a debug build).
            (
                "members.18446744073709551615",
                Locale::En,
                "members.18446744073709551615",
            ),
        ] {
            assert_eq!(field_label(&Path::from(path), locale), label, "{path}");
        }
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
