// Types of the decisions after intake (青民〔2022〕21号 二（三）、二（四）、三（一）、三（二）、三（四）):
// the five notices, payment arrangements and the case record.
import type { IsoDate, LocaleOptions } from "../index.js";
import type { Application, Category } from "./application.js";
import type { CaseEvents } from "./deadlines.js";

export type DecisionsErrorCode =
  | "elementMissing"
  | "elementInvalid"
  | "wrongAddressee"
  | "amountUnchanged"
  | "remedyPeriodWrong"
  | "remedyBodyUnexpected"
  | "decisionBeforePublicityEnds"
  | "decisionLate"
  | "servedOnAssumed"
  | "servedBeforeIssued"
  | "defenceWindowShort"
  | "stopInsideDefenceWindow"
  | "defenceBeforeService"
  | "defenceAfterWindow"
  | "defenceNotReviewed"
  | "defenceAcceptedYetStopped"
  | "privateDataInNotice"
  | "invalidNoticeWording"
  | "accountHolderNotMember"
  | "notSignedByApplicant"
  | "notCollectedInPerson"
  | "proxyRequestNotWritten"
  | "proxyRequestedByOther"
  | "proxyNotFamily"
  | "staffProxyWhileFamilyCan"
  | "dateOutOfOrder"
  | "unknownAction"
  | "unitNotAllowed"
  | "roleNotAllowed"
  | "accountNotAllowed"
  | "dutiesNotSeparated"
  | "actionOutOfOrder"
  | "actionInFuture"
  | "invalidCaseRoles";

/** The five notices: 准予通知书, 不予确认通知书, 变更通知书, 停止救助事先告知书, 停止救助通知书. */
export type NoticeKind = "approval" | "refusal" | "change" | "stopPreNotice" | "stop";

/** How assistance is paid: by the bank (the norm), delivered home, collected in person, by proxy. */
export type PaymentMethod = "bank" | "homeDelivery" | "inPerson" | "proxy";

/** A month, "YYYY-MM". */
export type YearMonth = string;

/** One finding of a report, consistent with `validateApplication`'s, and the field in words. */
export interface DecisionFinding {
  /** `reasons`, `remedies.reconsideration.days`, `actions.2.by.account`; "" for the whole input. */
  path: string;
  code: DecisionsErrorCode | "inputTooLarge" | "duplicateKey" | "outsideCalendar" | "actedTooEarly" | "stepLate" | "stepOverdue" | "missingEvent" | "provisionalDate";
  /** A warning does not make the report invalid. */
  severity: "error" | "warning";
  message: string;
  /**
   * The values involved: `element` and `provision` (a key of the wording's provisions) of a
   * missing element, `expected`, dates as "YYYY-MM-DD", `other` (an item number counted from 1).
   */
  params: Record<string, string>;
  /** The field the path names, in words ("理由", "第3项记录的系统用户"): what a page shows a person. */
  label: string;
}

export interface DecisionReport {
  /** No errors (warnings allowed). */
  valid: boolean;
  errors: DecisionFinding[];
}

/** A remedy as a notice states it. */
export interface RemedyDraft {
  body?: string;
  /** Reconsideration: 60 (行政复议法 第二十条). */
  days?: number;
}

export interface LitigationDraft {
  body?: string;
  /** 6 (行政诉讼法 第四十六条). */
  months?: number;
}

/**
 * What varies from one notice to the next. Which members a kind must carry is data
 * (`noticeWording().notices[kind].elements`); the others are not read for it.
 */
export interface NoticeDraft {
  /** The issuing body: 青浦区赵巷镇人民政府. */
  issuer?: string;
  /** 文号. */
  number?: string;
  /** A refusal goes to the applicant or their agent (受托人). Without a role, the applicant. */
  addressee?: { name?: string; role?: "applicant" | "agent" | "householdHead" | "other" };
  /** The applicant's name, when the notice goes to their agent. */
  applicant?: string;
  issuedOn?: IsoDate;
  category?: Category;
  /** The publicity (approval, refusal) and the service of the prior notice (the stop procedure). */
  events?: Pick<CaseEvents, "publicityPostedOn" | "stopNoticeServedOn">;
  /** Monthly amounts in yuan, 0 to 99999.99. */
  amount?: number;
  startMonth?: YearMonth;
  payment?: PaymentMethod;
  oldAmount?: number;
  newAmount?: number;
  /** When a change or a stop takes effect. */
  fromMonth?: YearMonth;
  facts?: string;
  reasons?: string;
  /** The provision relied on. */
  basis?: string;
  remedies?: { reconsideration?: RemedyDraft; litigation?: LitigationDraft };
  defence?: {
    /** The prior notice: the last day to state a case (陈述、申辩), 3 working days after service. */
    lastDay?: IsoDate;
    /** The stop notice: whether a case was stated; if so when, whether it was reviewed (复核),
     * what the review found and why. */
    received?: boolean;
    receivedOn?: IsoDate;
    reviewed?: boolean;
    outcome?: "accepted" | "rejected";
    reasons?: string;
  };
}

/** A case file to draft a notice from: any member of a draft (which wins), and the application. */
export interface CaseFile extends NoticeDraft {
  /** The applicant's name, the town (for the issuer) and the category come from here. Nothing
   * else of it is copied: no ID, phone or account number reaches the notice. */
  application?: Partial<Application>;
  /** The town (code or name) when it is not the application's. */
  town?: string;
}

/** The stop procedure's window to state a case, counted with the calendar. */
export interface DefenceWindow {
  servedOn: IsoDate;
  /** No service date was given: counted as served on the date of issue. */
  servedOnAssumed: boolean;
  /** Working days (3, the procedure rules'). */
  days: number;
  lastDay: IsoDate;
  /** The first day a stop notice may be dated. */
  earliestStop: IsoDate | null;
  /** How `lastDay` was counted, day by day (rest days skipped, make-up working days counted). */
  explain: string[];
}

export interface NoticeCheck extends DecisionReport {
  /** For the prior notice and the stop notice. */
  defenceWindow: DefenceWindow | null;
}

export interface Provision {
  key: string;
  /** 青民〔2022〕21号 二（三）, 《中华人民共和国行政复议法》第二十条. */
  name: string;
  /** Its words. */
  quote: string;
}

export type NoticeElement =
  | "issuer" | "number" | "addressee.name" | "applicant" | "issuedOn" | "category" | "amount" | "startMonth" | "payment"
  | "facts" | "reasons" | "basis" | "oldAmount" | "newAmount" | "fromMonth" | "remedies.reconsideration"
  | "remedies.litigation" | "defence.lastDay" | "defence.received" | "events.publicityPostedOn" | "events.stopNoticeServedOn";

export interface DecisionNotice extends NoticeCheck {
  kind: NoticeKind;
  title: string;
  /** The draft it made (what `checkNotice` accepts back, and a page may edit). */
  draft: NoticeDraft;
  /** Each printed sentence and the provision it rests on. */
  sentences: { element: NoticeElement; text: string; provision: Provision | null }[];
  /** Printable text: the title, the sentences, the issuer, "（盖章）" and the date. Blanks
   * (________) where the draft does not say. */
  text: string;
  /**
   * An `<article class="jiuzhu-decision" data-kind="…">`, every value escaped: safe for
   * `innerHTML`. Classes for the page's print style: `jiuzhu-decision-title`, `-number`,
   * `-addressee`, `-foot`, `-issuer`, `-seal` (leave room for the seal), `-date`.
   */
  html: string;
}

export interface DecisionNoticeOptions extends LocaleOptions {
  /** The notice's date when the case file has none; without either it is left blank. The library
   * reads no clock here: a notice is dated when it is signed. */
  today?: IsoDate;
  /** Count dates in years whose holidays are not yet published (estimates, with a warning). */
  provisional?: boolean;
}

export interface CheckNoticeOptions extends LocaleOptions {
  provisional?: boolean;
}

/** A payment arrangement (三（二）). */
export interface PaymentArrangement {
  method?: PaymentMethod;
  /** Why the bank cannot be used; required for every other method. */
  specialCircumstance?: string;
  /** Bank: an account held by a household member. */
  account?: { holder?: string; holderRelationship?: "self" | "spouse" | "child" | "parent" | "grandchild" | "grandparent" | "sibling" | "other" | "notMember" };
  /** Home delivery: the applicant signs. */
  signedBy?: PaymentPerson;
  /** In person: the applicant collects. */
  collectedBy?: PaymentPerson;
  /** Proxy: the written request. */
  request?: { written?: boolean; by?: PaymentPerson; on?: IsoDate; reason?: "health" | "transport" | "other"; reasonText?: string };
  proxy?: { name?: string; kind?: "familyMember" | "relative" | "staff" | "other" };
  /** Staff proxy: no family member or relative can collect, the centre checked (on this day), and
   * the agreement was signed and put on file. */
  familyUnable?: boolean;
  centreCheckedOn?: IsoDate;
  agreement?: { signedOn?: IsoDate; signedWith?: PaymentPerson; filedOn?: IsoDate };
}

export type PaymentPerson = "applicant" | "householdHead" | "agent" | "other";

/** A case's record. A person is known by `by.person`, else by the account used. */
export interface CaseRecord {
  /** The town (code or name): its account code, when the roles data has it. */
  town?: string;
  actions: {
    action: "accepted" | "verificationEntrusted" | "verificationCompleted" | "reviewOpinion" | "publicityPosted" | "approved" | "approvalEntry" | "systemEntry" | "changed" | "stopNoticeServed" | "stopped" | (string & {});
    on: IsoDate;
    by: { account?: string; unit?: string; role?: string; person?: string };
  }[];
}

export interface CaseRecordOptions extends LocaleOptions {
  /** What is overdue is judged on this day; absent, today in China Standard Time; `null`: by the
   * record's own dates alone. */
  today?: IsoDate | null;
  provisional?: boolean;
}

/** A text of the data in both languages. */
export interface Words {
  zh: string;
  en: string;
}

/** data/notices.json: what `noticeWording()` returns and `loadNoticeWording()` accepts. */
export interface NoticeWordingData {
  provisions: Record<string, Words & { quote: string }>;
  remedies: {
    reconsideration: { body: Words; days: number; provision: string; verified?: boolean };
    litigation: { body: Words; months: number; provision: string; verified?: boolean };
  };
  issuer: { town: Words; subdistrict: Words };
  payment: Record<PaymentMethod, Words>;
  notices: Record<
    NoticeKind,
    {
      title: Words;
      addressees?: ("applicant" | "agent" | "householdHead" | "other")[];
      elements: { element: NoticeElement; provision: string; severity?: "error" | "warning" }[];
      sentences: (Words & { element: NoticeElement; provision: string; when?: "toApplicant" | "toAgent" | "noDefence" | "defenceAccepted" | "defenceRejected" })[];
    }
  >;
}

/** data/roles.json: what `caseRoles()` returns and `loadCaseRoles()` accepts. */
export interface CaseRolesData {
  stages: Record<string, Words>;
  units: Record<string, Words>;
  roles: Record<string, Words>;
  /** Account kinds and their patterns: `qp{town}zau`. */
  accounts: Record<string, string[]>;
  /** A division's 9-digit code and its code in account names. */
  townCodes: Record<string, string>;
  actions: { action: string; name: Words; stage?: string; units?: string[]; roles?: string[]; account?: string; event?: string }[];
  sequences: string[][];
}

/**
 * Drafts a notice from a case file and checks the draft: the issuer from the town, the addressee
 * and category from the application, bank payment, the remedies from the wording data, the prior
 * notice's last day from the calendar. Throws `invalidArgument` for an unknown kind (path `kind`)
 * or a case file that is not an object (path `caseFile`), and for unusable options.
 */
export function decisionNotice(kind: NoticeKind, caseFile: CaseFile, opts?: DecisionNoticeOptions): DecisionNotice;
/** Checks a notice's draft: every element its kind must carry, dates against the procedure, the
 * defence, the remedies, full ID or bank numbers. Any draft gets a report. */
export function checkNotice(kind: NoticeKind, draft: NoticeDraft | unknown, opts?: CheckNoticeOptions): NoticeCheck;
/** The notices' wording in force. */
export function noticeWording(): NoticeWordingData;
/** Replaces the wording (all or nothing; bad data throws `invalidNoticeWording` with its path).
 * Returns the number of notice kinds. */
export function loadNoticeWording(data: NoticeWordingData, opts?: LocaleOptions): number;
/** Checks a payment arrangement (三（二）). Any value gets a report. */
export function validatePaymentArrangement(arrangement: PaymentArrangement | unknown, opts?: LocaleOptions): DecisionReport;
/** Checks a case's record (三（四）): separation of duties, roles, units, accounts, order and
 * timing. Any value gets a report. */
export function checkCaseRecord(record: CaseRecord | unknown, opts?: CaseRecordOptions): DecisionReport;
/** Who may do what, in force. */
export function caseRoles(): CaseRolesData;
/** Replaces the roles (all or nothing; bad data throws `invalidCaseRoles` with its path). Returns
 * the number of actions. */
export function loadCaseRoles(data: CaseRolesData, opts?: LocaleOptions): number;
