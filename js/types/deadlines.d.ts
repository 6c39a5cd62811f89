// Types of the procedure deadlines (青民〔2022〕21号).
import type { IsoDate, LocaleOptions } from "../index.js";
import type { HolidayKey } from "./calendar.js";

export type DeadlinesErrorCode =
  | "eventOutOfOrder"
  | "actedTooEarly"
  | "eventInFuture"
  | "missingEvent"
  | "unknownEvent"
  | "stepOverdue"
  | "stepLate"
  | "provisionalDate"
  | "invalidProcedureData";

/** The dates that have happened in a case (omit or null what has not). */
export interface CaseEvents {
  acceptedOn?: IsoDate | null;
  verificationEntrustedOn?: IsoDate | null;
  verificationCompletedOn?: IsoDate | null;
  publicityPostedOn?: IsoDate | null;
  decidedOn?: IsoDate | null;
  /** The written prior notice of stopping assistance (停止救助事先告知) was served. */
  stopNoticeServedOn?: IsoDate | null;
  /** The formal stop notice (停止救助通知书) was issued. */
  stopDecidedOn?: IsoDate | null;
}

export interface TimelineOptions extends LocaleOptions {
  /**
   * The day statuses are relative to. Absent, today in China Standard Time (`todayInChina()`).
   * `null`: no day is known, and a step is `pending` unless the events themselves prove it late
   * (today is no earlier than the latest event); never `dueToday`.
   */
  today?: IsoDate | null;
  /** Estimate dates in years whose holiday notice is not published (steps get `provisional: true`). */
  provisional?: boolean;
  /** The publicity period: 7 calendar days by default (民法典 第201/203条). */
  publicity?: { length?: number; unit?: "calendarDays" | "workingDays" };
}

export type StepId =
  | "verificationEntrusted"
  | "verificationCompleted"
  | "publicityEnds"
  | "decision"
  | "defenceWindowEnds"
  | "formalStopEarliest";

export type StepStatus = "done" | "doneLate" | "pending" | "dueToday" | "overdue";

export interface TimelineStep {
  step: StepId | (string & {});
  procedure: "application" | "stop" | (string & {});
  /** deadline: the office acts by `dueOn`; period: runs out on `dueOn`; notBefore: not before `dueOn`. */
  kind: "deadline" | "period" | "notBefore";
  label: string;
  labels: { "zh-CN": string; en: string };
  /** Null when it cannot be computed (an event missing, or beyond the calendar: see findings). */
  dueOn: IsoDate | null;
  doneOn: IsoDate | null;
  status: StepStatus;
  statusLabel: string;
  /** The sentence of 青民〔2022〕21号 the period comes from. */
  basis: string;
  /** e.g. `{ workingDays: 2, after: "acceptedOn" }` or `{ calendarDays: 7, after: "publicityPostedOn" }`. */
  rule: { workingDays?: number; calendarDays?: number; after: string };
  /** How `dueOn` was reached, line by line (rest days skipped, make-up days counted). */
  explain: string[];
  /** The date lies in a year estimated from the statutory holidays. */
  provisional: boolean;
  /** Counted from an earlier step's due date because its event is not known. */
  projected: boolean;
}

export interface Finding {
  code: DeadlinesErrorCode | "invalidDate" | "outsideCalendar";
  /** `events.decidedOn`, `steps.2.dueOn`, `correctionPaymentDue.dueOn`, … */
  path: string;
  severity: "error" | "warning";
  message: string;
  params: Record<string, string>;
}

export interface Timeline {
  steps: TimelineStep[];
  findings: Finding[];
  today: IsoDate | null;
}

export type CutoffId = "systemWorkDue" | "reconciliationDays" | "paymentDue" | "correctionPaymentDue";

export interface Cutoff {
  cutoff: CutoffId;
  label: string;
  /** The (last) working day of the cut-off; null beyond the calendar. */
  dueOn: IsoDate | null;
  /** Its working days: one, or the reconciliation days. */
  dates: IsoDate[];
  /** The day the rule names (February's last day for the 30th). */
  nominal: IsoDate;
  basis: string;
  rule: { day: number; workingDaysBefore?: number; nextMonth?: boolean };
  explain: string[];
  provisional: boolean;
}

export interface Disbursement {
  year: number;
  month: number;
  provisional: boolean;
  systemWorkDue: Cutoff;
  reconciliationDays: Cutoff;
  paymentDue: Cutoff;
  correctionPaymentDue: Cutoff;
  /** Holidays that moved cut-offs earlier (提前做好月结). */
  earlyClosing: { basis: string; holidays: { holiday: HolidayKey; name: string; cutoffs: CutoffId[] }[] };
  findings: Finding[];
}

/** The case's steps, each with its due date, status, basis and explanation, and what is wrong. */
export function caseTimeline(events: CaseEvents, opts?: TimelineOptions): Timeline;
/** The same timeline as an SVG string (role="img", title and desc; no style attributes). */
export function timelineSvg(events: CaseEvents, opts?: TimelineOptions): string;
/** The payment cut-offs of a month (1–12). */
export function disbursementSchedule(year: number, month: number, opts?: LocaleOptions & { provisional?: boolean }): Disbursement;
/** Replaces the periods and cut-offs (shaped like data/procedure.json). All or nothing. */
export function loadProcedureRules(data: object, opts?: LocaleOptions): void;
