// Types of the jiuzhu package (hand-written: the generated ones say `any`). All dates are
// "YYYY-MM-DD" strings; Date objects are refused on purpose (time zones shift them by a day).

import type { CalendarErrorCode } from "./types/calendar.js";
import type { ApplicationErrorCode } from "./types/application.js";
import type { DeadlinesErrorCode } from "./types/deadlines.js";
import type { DecisionsErrorCode } from "./types/decisions.js";
import type { DocumentsErrorCode } from "./types/documents.js";
import type { PublicityErrorCode } from "./types/publicity.js";

export * from "./types/application.js";
export * from "./types/calendar.js";
export * from "./types/deadlines.js";
export * from "./types/decisions.js";
export * from "./types/documents.js";
export * from "./types/form.js";
export * from "./types/publicity.js";

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Today's date in China Standard Time, "YYYY-MM-DD": what a function that judges dates uses when
 * its `opts.today` is absent. The library reads no clock elsewhere. */
export function todayInChina(): IsoDate;

/** Message language; zh-CN is the default. Any `zh-*` or `en-*` tag is accepted. */
export type Locale = "zh-CN" | "en" | (string & {});

export interface LocaleOptions {
  locale?: Locale;
}

/** Stable identifiers of every failure: the common ones and each concept's own. */
export type ErrorCode = "invalidDate" | "invalidArgument" | "inputTooLarge" | "duplicateKey" | "internal" | CalendarErrorCode | ApplicationErrorCode | DeadlinesErrorCode | DecisionsErrorCode | DocumentsErrorCode | PublicityErrorCode | "invalidDivisionData";

/** What every function throws for an argument it cannot use. */
export interface JiuzhuError extends Error {
  name: "JiuzhuError";
  code: ErrorCode;
  /** The offending argument or data path, e.g. `date` or `2027.holidays.1.work.0`. */
  path: string;
  params: Record<string, string>;
  messages: { "zh-CN": string; en: string };
}
