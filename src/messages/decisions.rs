//! Texts of the decisions after intake: the findings of `checkNotice`, `decisionNotice`,
//! `validatePaymentArrangement` and `checkCaseRecord`, the names of their fields (so that no page
//! shows a path such as `remedies.reconsideration` to a person), and the words of their choices.
//! A finding's message is filled from its parameters after `render::decisions` has put them in
//! words: `{field}` is the field's name, provisions, roles, units and actions are named from the
//! data.

use super::publicity::MONTHS;
use super::{find, message, Text};
use crate::failure::Failure;
use crate::path::Path;
use crate::Locale;
use chrono::NaiveDate;

pub(super) static TEXTS: &[Text] = &[
    Text {
        key: "elementMissing",
        zh: "缺少“{field}”：请补上。",
        en: "“{field}” is missing: add it.",
    },
    Text {
        key: "elementMissing.provision",
        zh: "缺少“{field}”：{provision}要求写明。",
        en: "“{field}” is missing: {provision} requires it.",
    },
    Text {
        key: "elementInvalid",
        zh: "“{field}”填写不正确：应为{expected}。",
        en: "“{field}” is not valid: expected {expected}.",
    },
    Text {
        key: "wrongAddressee",
        zh: "不予确认通知书应发给申请人或其受托人，不能发给{role}（青民〔2022〕21号 二（三））。",
        en: "A refusal goes to the applicant or their agent, not to the {role} (Qingpu guidance, part 2 (3)).",
    },
    Text {
        key: "amountUnchanged",
        zh: "新救助金额与原金额相同：请核对是否需要发放变更通知书。",
        en: "The new amount is the old one: check whether a change notice is needed.",
    },
    Text {
        key: "remedyPeriodWrong",
        zh: "“{field}”写的是{given}{unit}，法定为{required}{unit}：写短了会让居民错过期限，写长了会让居民误以为还来得及，请改为{required}{unit}。",
        en: "“{field}” says {given} {unit}; the law gives {required} {unit}. A shorter period takes time from the resident and a longer one lets them miss the real one: write {required} {unit}.",
    },
    Text {
        key: "remedyBodyUnexpected",
        zh: "“{field}”与数据中的“{body}”不同：请核对名称是否正确。",
        en: "“{field}” differs from “{body}” in the data: check the name.",
    },
    Text {
        key: "decisionBeforePublicityEnds",
        zh: "通知书日期 {issuedOn} 不在公示期结束之后：公示期到 {publicityEnds}（含当日），最早 {earliest} 才能作出决定。",
        en: "The notice's date, {issuedOn}, is not after the publicity: it runs to {publicityEnds} (that day included), so the decision can be made on {earliest} at the earliest.",
    },
    Text {
        key: "decisionLate",
        zh: "公示结束后应在 2 个工作日内（{dueOn} 前）作出决定，通知书日期为 {issuedOn}，已逾期。",
        en: "The decision was due within 2 working days of the publicity, by {dueOn}; the notice is dated {issuedOn}, late.",
    },
    Text {
        key: "servedOnAssumed",
        zh: "没有送达日期，按出具日期 {issuedOn} 当天送达计算陈述申辩期限；如实际晚于这一天送达，请填写送达日期后重新生成，最后一天会相应顺延。",
        en: "No service date: the window to state a case is counted as if the notice were served on its date, {issuedOn}. If it is served later, give the date and draft it again: the last day moves with it.",
    },
    Text {
        key: "servedBeforeIssued",
        zh: "送达日期 {servedOn} 早于告知书日期 {issuedOn}：请核对这两个日期。",
        en: "The notice is served on {servedOn}, before its date, {issuedOn}: check both dates.",
    },
    Text {
        key: "defenceWindowShort",
        zh: "告知书写的陈述申辩最后一天是 {lastDay}，早于按 3 个工作日计算的 {required}：请改为 {required}，不得缩短居民陈述、申辩的时间。",
        en: "The notice gives {lastDay} as the last day to state a case, before {required}, 3 working days after service: write {required}; the resident's time may not be cut.",
    },
    Text {
        key: "stopInsideDefenceWindow",
        zh: "停止救助通知书日期 {issuedOn} 还在陈述申辩期内：期限到 {lastDay}（含当日），最早 {earliest} 才能作出停止救助决定。",
        en: "The stop notice's date, {issuedOn}, is inside the window to state a case, which runs to {lastDay} (that day included): the decision can be made on {earliest} at the earliest.",
    },
    Text {
        key: "defenceBeforeService",
        zh: "收到陈述申辩的日期 {receivedOn} 早于事先告知书送达日期 {servedOn}：请核对这两个日期。",
        en: "The case was stated on {receivedOn}, before the prior notice was served on {servedOn}: check both dates.",
    },
    Text {
        key: "defenceAfterWindow",
        zh: "陈述申辩于 {receivedOn} 收到，晚于期限最后一天 {lastDay}：逾期未陈述申辩的视为放弃，请核对通知书的说法。",
        en: "The case was stated on {receivedOn}, after the last day, {lastDay}: a late statement counts as given up; check what the notice says.",
    },
    Text {
        key: "defenceNotReviewed",
        zh: "收到了陈述申辩，通知书须写明已对陈述申辩的事实、理由和证据进行复核（青民〔2022〕21号 三（一））。",
        en: "A case was stated: the notice must say its facts, reasons and evidence were reviewed (Qingpu guidance, part 3 (1)).",
    },
    Text {
        key: "defenceAcceptedYetStopped",
        zh: "复核结论是采纳陈述申辩，却仍停止救助：成立的事实理由和证据应当采纳，请核对决定。",
        en: "The review accepted the case stated, yet assistance stops: accepted facts must be taken into account; check the decision.",
    },
    Text {
        key: "privateDataInNotice",
        zh: "“{field}”中有完整的{found}：通知书不得载明，请删除。",
        en: "“{field}” holds a full {found}: a notice must not carry it; remove it.",
    },
    Text {
        key: "invalidNoticeWording",
        zh: "通知书措辞数据“{path}”格式不正确：应为{expected}。",
        en: "The notice wording at “{path}” has the wrong shape: expected {expected}.",
    },
    Text {
        key: "invalidNoticeWording.placeholder",
        zh: "通知书措辞数据“{path}”中的占位符“{value}”不可用：只能使用通知书草稿中有的项目。",
        en: "The notice wording at “{path}” uses the placeholder “{value}”, which a draft does not have.",
    },
    Text {
        key: "invalidNoticeWording.element",
        zh: "通知书措辞数据“{path}”中的要素“{value}”不存在。",
        en: "The notice wording at “{path}” names the element “{value}”, which does not exist.",
    },
    Text {
        key: "invalidNoticeWording.duplicate",
        zh: "通知书措辞数据“{path}”重复列出了“{value}”。",
        en: "The notice wording at “{path}” lists “{value}” twice.",
    },
    Text {
        key: "invalidNoticeWording.provision",
        zh: "通知书措辞数据“{path}”引用的条款“{value}”不在 provisions 中。",
        en: "The notice wording at “{path}” cites “{value}”, which is not among its provisions.",
    },
    Text {
        key: "invalidNoticeWording.when",
        zh: "通知书措辞数据“{path}”中的条件“{value}”不存在。",
        en: "The notice wording at “{path}” has the condition “{value}”, which does not exist.",
    },
    Text {
        key: "invalidNoticeWording.addressee",
        zh: "通知书措辞数据“{path}”中的收件人身份“{value}”不存在。",
        en: "The notice wording at “{path}” names the addressee “{value}”, which does not exist.",
    },
    Text {
        key: "accountHolderNotMember",
        zh: "救助金应支付到申请家庭成员的账户，这个账户的户名人不是家庭成员（青民〔2022〕21号 三（二））。",
        en: "Assistance is paid into an account of a household member; this account's holder is not one (Qingpu guidance, part 3 (2)).",
    },
    Text {
        key: "notSignedByApplicant",
        zh: "入户发放应由申请人本人签字，不能由{by}代签（青民〔2022〕21号 三（二））。",
        en: "A home delivery is signed for by the applicant in person, not by the {by} (Qingpu guidance, part 3 (2)).",
    },
    Text {
        key: "notCollectedInPerson",
        zh: "申请人领取应由本人亲自领取；由{by}领取属于代领，请按代领办理书面申请。",
        en: "Collection is by the applicant in person; collection by the {by} is by proxy and needs a written request.",
    },
    Text {
        key: "proxyRequestNotWritten",
        zh: "代领须由申请人本人、户主或其委托代理人提出书面申请（青民〔2022〕21号 三（二））。",
        en: "Collection by proxy needs a written request from the applicant, the household head or their agent (Qingpu guidance, part 3 (2)).",
    },
    Text {
        key: "proxyRequestedByOther",
        zh: "“{field}”只能是申请人本人、户主或其委托代理人，不能是{by}。",
        en: "“{field}” may only be the applicant, the household head or their agent, not {by}.",
    },
    Text {
        key: "proxyNotFamily",
        zh: "代领人应是家庭其他成员或亲属；都不能代领的，经中心核实后指定工作人员代领。",
        en: "The proxy is another household member or a relative; when none can, a member of staff is designated after the centre's check.",
    },
    Text {
        key: "staffProxyWhileFamilyCan",
        zh: "只有家庭成员或亲属不能代领时，才能指定工作人员代领。",
        en: "Staff are designated as proxy only when no household member or relative can collect.",
    },
    Text {
        key: "dateOutOfOrder",
        zh: "“{field}”（{date}）早于“{previous}”（{previousDate}）：请核对这两个日期。",
        en: "“{field}” ({date}) is before “{previous}” ({previousDate}): check both dates.",
    },
    Text {
        key: "unknownAction",
        zh: "不认识的事项“{action}”，未作检查：请检查拼写。",
        en: "Unknown action “{action}”, not checked: check the spelling.",
    },
    Text {
        key: "unitNotAllowed",
        zh: "“{action}”不能由{unit}办理（青民〔2022〕21号）。",
        en: "“{action}” may not be done by the {unit} (Qingpu guidance).",
    },
    Text {
        key: "roleNotAllowed",
        zh: "“{action}”不能由{role}办理（青民〔2022〕21号）。",
        en: "“{action}” may not be done by the {role} (Qingpu guidance).",
    },
    Text {
        key: "accountNotAllowed",
        zh: "“{action}”应使用系统用户 {expected} 操作（青民〔2022〕21号 三（四））。",
        en: "“{action}” is done with the system account {expected} (Qingpu guidance, part 3 (4)).",
    },
    Text {
        key: "dutiesNotSeparated",
        zh: "办理“{action}”（{stage}）的人也办理了第{other}项“{otherAction}”（{otherStage}）：受理、审核、审批应由不同的人办理（青民〔2022〕21号 三（四））。",
        en: "The person who did “{action}” ({stage}) also did item {other}, “{otherAction}” ({otherStage}): acceptance, review and approval are done by different people (Qingpu guidance, part 3 (4)).",
    },
    Text {
        key: "actionOutOfOrder",
        zh: "“{action}”（{date}）早于“{previous}”（{previousDate}），先后顺序不对：请核对这两个日期。",
        en: "“{action}” ({date}) is before “{previous}” ({previousDate}): the order is wrong, check both dates.",
    },
    Text {
        key: "actionInFuture",
        zh: "“{action}”的日期 {date} 晚于今天（{today}）：只记录已经办理的事项。",
        en: "“{action}” is dated {date}, after today ({today}): record only what has been done.",
    },
    Text {
        key: "invalidCaseRoles",
        zh: "职责数据“{path}”格式不正确：应为{expected}。",
        en: "The roles data at “{path}” has the wrong shape: expected {expected}.",
    },
    Text {
        key: "invalidCaseRoles.pattern",
        zh: "职责数据“{path}”中的账号格式“{value}”不可用：只能有字母、数字和至多一处街镇代码位置。",
        en: "The roles data at “{path}” has the account pattern “{value}”: use letters, digits and at most one place for the town's code.",
    },
    Text {
        key: "invalidCaseRoles.townCode",
        zh: "职责数据“{path}”的街镇账号代码“{value}”不可用：应为 1 至 8 位字母或数字。",
        en: "The roles data at “{path}” has the town code “{value}”: use 1 to 8 letters or digits.",
    },
    Text {
        key: "invalidCaseRoles.unknown",
        zh: "职责数据“{path}”中的“{value}”没有定义。",
        en: "The roles data at “{path}” names “{value}”, which it does not define.",
    },
    Text {
        key: "invalidCaseRoles.stage",
        zh: "职责数据“{path}”中的环节“{value}”没有定义。",
        en: "The roles data at “{path}” names the stage “{value}”, which it does not define.",
    },
    Text {
        key: "invalidCaseRoles.account",
        zh: "职责数据“{path}”中的账号类别“{value}”没有定义。",
        en: "The roles data at “{path}” names the account kind “{value}”, which it does not define.",
    },
    Text {
        key: "invalidCaseRoles.action",
        zh: "职责数据“{path}”中的事项“{value}”没有定义。",
        en: "The roles data at “{path}” names the action “{value}”, which it does not define.",
    },
    Text {
        key: "invalidCaseRoles.duplicate",
        zh: "职责数据“{path}”重复定义了“{value}”。",
        en: "The roles data at “{path}” defines “{value}” twice.",
    },
];

/// The names of the fields of drafts, arrangements and records, by path (indexes as `*`).
static LABELS: &[Text] = &[
    Text {
        key: "issuer",
        zh: "出具机关",
        en: "issuing body",
    },
    Text {
        key: "number",
        zh: "文号",
        en: "reference number",
    },
    Text {
        key: "addressee",
        zh: "收件人",
        en: "addressee",
    },
    Text {
        key: "addressee.name",
        zh: "收件人姓名",
        en: "addressee's name",
    },
    Text {
        key: "addressee.role",
        zh: "收件人身份",
        en: "addressee's capacity",
    },
    Text {
        key: "applicant",
        zh: "申请人姓名",
        en: "applicant's name",
    },
    Text {
        key: "issuedOn",
        zh: "通知书日期",
        en: "date of the notice",
    },
    Text {
        key: "category",
        zh: "救助类别",
        en: "kind of assistance",
    },
    Text {
        key: "events",
        zh: "办理日期",
        en: "case dates",
    },
    Text {
        key: "events.publicityPostedOn",
        zh: "公示张贴日期",
        en: "date the publicity was posted",
    },
    Text {
        key: "events.stopNoticeServedOn",
        zh: "事先告知书送达日期",
        en: "date the prior notice was served",
    },
    Text {
        key: "amount",
        zh: "每月救助金额",
        en: "monthly amount",
    },
    Text {
        key: "startMonth",
        zh: "救助起始月份",
        en: "first month of assistance",
    },
    Text {
        key: "payment",
        zh: "发放方式",
        en: "how it is paid",
    },
    Text {
        key: "oldAmount",
        zh: "原每月救助金额",
        en: "old monthly amount",
    },
    Text {
        key: "newAmount",
        zh: "新每月救助金额",
        en: "new monthly amount",
    },
    Text {
        key: "fromMonth",
        zh: "自哪个月起",
        en: "from which month",
    },
    Text {
        key: "facts",
        zh: "事实",
        en: "facts",
    },
    Text {
        key: "reasons",
        zh: "理由",
        en: "reasons",
    },
    Text {
        key: "basis",
        zh: "依据",
        en: "basis",
    },
    Text {
        key: "remedies",
        zh: "救济途径",
        en: "remedies",
    },
    Text {
        key: "remedies.reconsideration",
        zh: "申请行政复议的途径",
        en: "administrative reconsideration",
    },
    Text {
        key: "remedies.reconsideration.body",
        zh: "行政复议机关",
        en: "reconsideration body",
    },
    Text {
        key: "remedies.reconsideration.days",
        zh: "申请行政复议的期限",
        en: "reconsideration period",
    },
    Text {
        key: "remedies.litigation",
        zh: "提起行政诉讼的途径",
        en: "administrative litigation",
    },
    Text {
        key: "remedies.litigation.body",
        zh: "管辖法院",
        en: "court",
    },
    Text {
        key: "remedies.litigation.months",
        zh: "提起行政诉讼的期限",
        en: "litigation period",
    },
    Text {
        key: "defence",
        zh: "陈述、申辩",
        en: "the case stated",
    },
    Text {
        key: "defence.lastDay",
        zh: "陈述、申辩的最后一天",
        en: "last day to state a case",
    },
    Text {
        key: "defence.received",
        zh: "是否收到陈述、申辩",
        en: "whether a case was stated",
    },
    Text {
        key: "defence.receivedOn",
        zh: "收到陈述、申辩的日期",
        en: "date the case was stated",
    },
    Text {
        key: "defence.reviewed",
        zh: "是否已复核",
        en: "whether it was reviewed",
    },
    Text {
        key: "defence.outcome",
        zh: "复核结论",
        en: "the review's conclusion",
    },
    Text {
        key: "defence.reasons",
        zh: "复核的理由",
        en: "the review's reasons",
    },
    Text {
        key: "method",
        zh: "发放方式",
        en: "how it is paid",
    },
    Text {
        key: "specialCircumstance",
        zh: "不能通过银行发放的特殊情况",
        en: "why the bank cannot be used",
    },
    Text {
        key: "account",
        zh: "收款账户",
        en: "account",
    },
    Text {
        key: "account.holder",
        zh: "账户户名",
        en: "account holder",
    },
    Text {
        key: "account.holderRelationship",
        zh: "户名人与申请人的关系",
        en: "account holder's relationship",
    },
    Text {
        key: "signedBy",
        zh: "签收人",
        en: "who signs for it",
    },
    Text {
        key: "collectedBy",
        zh: "领取人",
        en: "who collects it",
    },
    Text {
        key: "request",
        zh: "代领书面申请",
        en: "written proxy request",
    },
    Text {
        key: "request.written",
        zh: "是否书面申请",
        en: "whether the request is written",
    },
    Text {
        key: "request.by",
        zh: "代领申请的提出人",
        en: "who made the proxy request",
    },
    Text {
        key: "request.on",
        zh: "代领申请日期",
        en: "date of the proxy request",
    },
    Text {
        key: "request.reason",
        zh: "不能亲自领取的原因",
        en: "why the applicant cannot collect",
    },
    Text {
        key: "request.reasonText",
        zh: "其他特殊原因的说明",
        en: "the other reason, in words",
    },
    Text {
        key: "proxy",
        zh: "代领人",
        en: "proxy",
    },
    Text {
        key: "proxy.name",
        zh: "代领人姓名",
        en: "proxy's name",
    },
    Text {
        key: "proxy.kind",
        zh: "代领人身份",
        en: "who the proxy is",
    },
    Text {
        key: "familyUnable",
        zh: "家庭成员或亲属能否代领",
        en: "whether family or relatives can collect",
    },
    Text {
        key: "centreCheckedOn",
        zh: "受理服务中心核实日期",
        en: "date the centre checked",
    },
    Text {
        key: "agreement",
        zh: "代领协议",
        en: "proxy agreement",
    },
    Text {
        key: "agreement.signedOn",
        zh: "代领协议签订日期",
        en: "date the agreement was signed",
    },
    Text {
        key: "agreement.signedWith",
        zh: "代领协议的签订人",
        en: "who signed the agreement",
    },
    Text {
        key: "agreement.filedOn",
        zh: "代领协议备案日期",
        en: "date the agreement was filed",
    },
    Text {
        key: "town",
        zh: "街镇",
        en: "town",
    },
    Text {
        key: "actions",
        zh: "办理记录",
        en: "case record",
    },
    Text {
        key: "actions.*",
        zh: "第{n}项记录",
        en: "record item {n}",
    },
    Text {
        key: "actions.*.action",
        zh: "第{n}项记录的事项",
        en: "the action of record item {n}",
    },
    Text {
        key: "actions.*.on",
        zh: "第{n}项记录的日期",
        en: "the date of record item {n}",
    },
    Text {
        key: "actions.*.by",
        zh: "第{n}项记录的办理人",
        en: "who did record item {n}",
    },
    Text {
        key: "actions.*.by.account",
        zh: "第{n}项记录的系统用户",
        en: "the account of record item {n}",
    },
    Text {
        key: "actions.*.by.unit",
        zh: "第{n}项记录的办理单位",
        en: "the unit of record item {n}",
    },
    Text {
        key: "actions.*.by.role",
        zh: "第{n}项记录的办理人职务",
        en: "the role of record item {n}",
    },
    Text {
        key: "actions.*.by.person",
        zh: "第{n}项记录的办理人姓名",
        en: "the person of record item {n}",
    },
];

/// Words for the choices and kinds a message names.
static WORDS: &[Text] = &[
    Text {
        key: "person.applicant",
        zh: "申请人本人",
        en: "applicant",
    },
    Text {
        key: "person.householdHead",
        zh: "户主",
        en: "household head",
    },
    Text {
        key: "person.agent",
        zh: "委托代理人",
        en: "agent",
    },
    Text {
        key: "person.other",
        zh: "其他人",
        en: "someone else",
    },
    Text {
        key: "role.applicant",
        zh: "申请人",
        en: "applicant",
    },
    Text {
        key: "role.agent",
        zh: "受托人",
        en: "agent",
    },
    Text {
        key: "role.householdHead",
        zh: "户主",
        en: "household head",
    },
    Text {
        key: "role.other",
        zh: "其他人",
        en: "someone else",
    },
    Text {
        key: "found.idNumber",
        zh: "身份证件号码",
        en: "ID number",
    },
    Text {
        key: "found.bankAccount",
        zh: "银行账号",
        en: "bank account number",
    },
    Text {
        key: "unit.days",
        zh: "日",
        en: "days",
    },
    Text {
        key: "unit.months",
        zh: "个月",
        en: "months",
    },
    Text {
        key: "expected.object",
        zh: "一组信息",
        en: "a group of details",
    },
    Text {
        key: "expected.array",
        zh: "一个列表",
        en: "a list",
    },
    Text {
        key: "expected.text",
        zh: "文字",
        en: "text",
    },
    Text {
        key: "expected.date",
        zh: "“年-月-日”格式的日期，如 2026-03-09",
        en: "a date written YYYY-MM-DD, such as 2026-03-09",
    },
    Text {
        key: "expected.month",
        zh: "“年-月”格式的月份，如 2026-03",
        en: "a month written YYYY-MM, such as 2026-03",
    },
    Text {
        key: "expected.amount",
        zh: "0 至 99999.99 元的金额，最多两位小数",
        en: "an amount in yuan from 0 to 99999.99, with at most two decimals",
    },
    Text {
        key: "expected.boolean",
        zh: "是或否",
        en: "yes or no",
    },
    Text {
        key: "expected.whole number",
        zh: "整数",
        en: "a whole number",
    },
    Text {
        key: "expected.role",
        zh: "申请人、受托人、户主或其他人",
        en: "the applicant, the agent, the household head or someone else",
    },
    Text {
        key: "expected.category",
        zh: "一种救助类别",
        en: "one of the kinds of assistance",
    },
    Text {
        key: "expected.payment",
        zh: "银行发放、入户发放、本人领取或代领",
        en: "bank, home delivery, in person or by proxy",
    },
    Text {
        key: "expected.outcome",
        zh: "采纳或不予采纳",
        en: "accepted or not accepted",
    },
    Text {
        key: "expected.person",
        zh: "申请人本人、户主、委托代理人或其他人",
        en: "the applicant, the household head, their agent or someone else",
    },
    Text {
        key: "expected.relationship",
        zh: "家庭成员关系，或“不是家庭成员”",
        en: "a household relationship, or not a member",
    },
    Text {
        key: "expected.reason",
        zh: "身体状况、交通不便或其他特殊原因",
        en: "health, transport or another special reason",
    },
    Text {
        key: "expected.proxy",
        zh: "家庭成员、亲属、指定工作人员或其他人",
        en: "a household member, a relative, designated staff or someone else",
    },
    Text {
        key: "expected.unit",
        zh: "职责数据中的一个单位",
        en: "one of the units of the roles data",
    },
    Text {
        key: "expected.staffRole",
        zh: "职责数据中的一个职务",
        en: "one of the roles of the roles data",
    },
    Text {
        key: "whole.notice",
        zh: "通知书草稿",
        en: "the notice's draft",
    },
    Text {
        key: "whole.payment",
        zh: "发放安排",
        en: "the payment arrangement",
    },
    Text {
        key: "whole.record",
        zh: "办理记录",
        en: "the case record",
    },
    Text {
        key: "month",
        zh: "{year}年{month}月",
        en: "{month} {year}",
    },
    Text {
        key: "blank",
        zh: "________",
        en: "________",
    },
    Text {
        key: "seal",
        zh: "（盖章）",
        en: "(seal)",
    },
];

/// The words keyed `key` (the key itself when there are none: data loaded at run time).
pub fn word(key: &str, locale: Locale) -> &str {
    find(WORDS, key).map_or(key, |t| t.get(locale))
}

/// `key` of a group: `person.agent`, `expected.date`.
pub fn word_of(group: &str, key: &str, locale: Locale) -> String {
    let mut full = String::from(group);
    full.push('.');
    full.push_str(key);
    match find(WORDS, &full) {
        Some(text) => text.get(locale).to_owned(),
        None => key.to_owned(),
    }
}

/// The name of the field at `path`, in words; `whole` names the root (`notice`, `payment`,
/// `record`).
pub fn label(path: &Path, whole: &str, locale: Locale) -> String {
    if path.is_root() {
        return word_of("whole", whole, locale);
    }
    // `actions.2.by.unit` is `actions.*.by.unit`, item 3.
    let mut pattern = String::new();
    let mut n = None;
    for (i, segment) in path.segments().enumerate() {
        if i > 0 {
            pattern.push('.');
        }
        match segment.parse::<usize>() {
            Ok(index) if n.is_none() => {
                n = Some(index.saturating_add(1));
                pattern.push('*');
            }
            _ => pattern.push_str(segment),
        }
    }
    match find(LABELS, &pattern) {
        Some(text) => {
            let number = n.map(|n| n.to_string()).unwrap_or_default();
            text.get(locale).replace("{n}", &number)
        }
        None => path.to_string(),
    }
}

/// 2026年3月 / March 2026.
pub fn month(year: i32, month: u32, locale: Locale) -> String {
    let template = word("month", locale);
    let name = match locale {
        Locale::ZhCn => month.to_string(),
        Locale::En => MONTHS
            .get(month.saturating_sub(1) as usize)
            .map_or_else(String::new, |m| (*m).to_owned()),
    };
    template
        .replace("{year}", &year.to_string())
        .replace("{month}", &name)
}

/// 2026年3月9日 / 9 March 2026: a notice's dates, written as a person writes them.
pub fn day(date: NaiveDate, locale: Locale) -> String {
    super::publicity::date(date, locale)
}

/// A fill-in blank, for what a draft does not yet say.
pub fn blank(locale: Locale) -> &'static str {
    word("blank", locale)
}

/// The message of a failure whose parameters are already in words.
pub fn finding_message(failure: &Failure, locale: Locale) -> String {
    super::sentence_case(message(failure, locale), locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{has_text, placeholders};
    use crate::Code;

    #[test]
    fn every_decisions_code_has_a_message() {
        for code in [
            Code::ELEMENT_MISSING,
            Code::ELEMENT_INVALID,
            Code::WRONG_ADDRESSEE,
            Code::AMOUNT_UNCHANGED,
            Code::REMEDY_PERIOD_WRONG,
            Code::REMEDY_BODY_UNEXPECTED,
            Code::DECISION_BEFORE_PUBLICITY_ENDS,
            Code::DECISION_LATE,
            Code::SERVED_ON_ASSUMED,
            Code::SERVED_BEFORE_ISSUED,
            Code::DEFENCE_WINDOW_SHORT,
            Code::STOP_INSIDE_DEFENCE_WINDOW,
            Code::DEFENCE_BEFORE_SERVICE,
            Code::DEFENCE_AFTER_WINDOW,
            Code::DEFENCE_NOT_REVIEWED,
            Code::DEFENCE_ACCEPTED_YET_STOPPED,
            Code::PRIVATE_DATA_IN_NOTICE,
            Code::INVALID_NOTICE_WORDING,
            Code::ACCOUNT_HOLDER_NOT_MEMBER,
            Code::NOT_SIGNED_BY_APPLICANT,
            Code::NOT_COLLECTED_IN_PERSON,
            Code::PROXY_REQUEST_NOT_WRITTEN,
            Code::PROXY_REQUESTED_BY_OTHER,
            Code::PROXY_NOT_FAMILY,
            Code::STAFF_PROXY_WHILE_FAMILY_CAN,
            Code::DATE_OUT_OF_ORDER,
            Code::UNKNOWN_ACTION,
            Code::UNIT_NOT_ALLOWED,
            Code::ROLE_NOT_ALLOWED,
            Code::ACCOUNT_NOT_ALLOWED,
            Code::DUTIES_NOT_SEPARATED,
            Code::ACTION_OUT_OF_ORDER,
            Code::ACTION_IN_FUTURE,
            Code::INVALID_CASE_ROLES,
        ] {
            assert!(has_text(code), "{code:?}");
        }
    }

    #[test]
    fn labels_and_words_have_both_languages() {
        for table in [LABELS, WORDS] {
            for t in table {
                assert!(!t.zh.is_empty() && !t.en.is_empty(), "{}", t.key);
                assert_eq!(placeholders(t.zh), placeholders(t.en), "{}", t.key);
            }
        }
    }

    #[test]
    fn paths_are_named_in_words() {
        let l = |p: &str, locale| label(&Path::from(p), "record", locale);
        assert_eq!(l("actions.2.by.unit", Locale::ZhCn), "第3项记录的办理单位");
        assert_eq!(l("actions.0", Locale::En), "record item 1");
        assert_eq!(
            l("remedies.reconsideration.days", Locale::ZhCn),
            "申请行政复议的期限"
        );
        assert_eq!(l("", Locale::ZhCn), "办理记录");
        assert_eq!(l("nothing.known", Locale::En), "nothing.known");
        assert_eq!(month(2026, 3, Locale::ZhCn), "2026年3月");
        assert_eq!(month(2026, 3, Locale::En), "March 2026");
    }
}
