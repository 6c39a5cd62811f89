// Types of publicity notices (公示 before approval, 公布 after it).
import type { IsoDate, LocaleOptions } from "../index.js";

export type PublicityErrorCode = "invalidMonthlyAmount" | "invalidSupervisionPhone";

export interface PublicityOptions extends LocaleOptions {
  /** The day the notice is posted: the period's start (not counted, 民法典 第201条). Required. */
  postedOn: IsoDate;
  /** `"notice"` (公示, default) before approval, with an objection period; `"announcement"` (公布) after it. */
  kind?: "notice" | "announcement";
  /** The proposed (or granted) monthly amount in yuan, 0 to 99999.99, at most two decimals. */
  monthlyAmount?: number;
  /** The office's supervision phone (5 to 11 digits: 12345, 021-59728888…). Never the applicant's. */
  supervisionPhone?: string;
  /** `"masked"` (default: 张三 → 张*, first character kept, counted in Unicode characters) or `"full"`. */
  nameStyle?: "masked" | "full";
  /** Length of the publicity period, 1 to 60; default 7. */
  publicityDays?: number;
  /** Default `"calendarDays"` (a last day on a rest day moves to the next working day, 民法典 第203条). */
  publicityUnit?: "calendarDays" | "workingDays";
  /** Count the period over estimated years whose holiday notice is not yet published. */
  provisional?: boolean;
}

/** Keys of the published fields, in the order they appear. */
export type PublicityFieldKey =
  | "category"
  | "town"
  | "committee"
  | "name"
  | "householdSize"
  | "monthlyAmount"
  | "period"
  | "postedOn"
  | "supervisionPhone"
  | "objection";

/** Why a value of the input was not published. */
export type WithheldReason =
  /** Not on the allow-list: the default for every field, fields added to the model later included. */
  | "notAllowed"
  | "identity"
  | "contact"
  | "financial"
  | "health"
  | "agent"
  | "otherMember"
  /** An allow-listed value of an unexpected shape (a name with digits, an unknown town, two `self` members). */
  | "unexpectedShape"
  | "containsIdNumber"
  | "containsPhone"
  | "containsBankAccount"
  /** Free text holding another value of the application (a member's name however spaced, the applicant's full name while masked). */
  | "containsApplicationData"
  /** A value holding part of an address below the village or community (100弄1号101室, 3栋2单元). */
  | "containsAddress";

export interface PublicityField {
  key: PublicityFieldKey;
  label: string;
  value: string;
}

export interface PublicityNotice {
  kind: "notice" | "announcement";
  title: string;
  /** What the notice publishes, and nothing else. */
  fields: PublicityField[];
  /** The notice as plain text, ready to print. */
  text: string;
  /** The notice as an `<article class="jiuzhu-notice">`, every value escaped: safe for `innerHTML`. */
  html: string;
  /** The publicity period of a notice (null for an announcement). */
  period: { start: IsoDate; end: IsoDate; extendedFrom: IsoDate | null } | null;
  /**
   * Every leaf of the input that was not published (and refused options such as
   * `opts.supervisionPhone`), for the clerk's audit. Paths and reasons only, never values; it is
   * not part of the notice and must not be posted.
   */
  withheld: { path: string; reason: WithheldReason; message: string }[];
  /** Required facts the notice lacks (`category`, `town`, `committee`, `name`, `householdSize`): not ready to post. */
  missing: Array<"category" | "town" | "committee" | "name" | "householdSize">;
}

/**
 * The publicity notice of an application: only the allow-listed facts, masked and scanned, with
 * an audit of what was withheld. Bad data inside the application is withheld and reported, never
 * thrown; an unusable argument throws a JiuzhuError (`invalidArgument`, `invalidDate`,
 * `outsideCalendar`, `invalidMonthlyAmount`, `invalidSupervisionPhone`).
 */
export function publicityNotice(app: object, opts: PublicityOptions): PublicityNotice;
