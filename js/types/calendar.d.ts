// Types of the working-day calendar.
import type { IsoDate, LocaleOptions } from "../index.js";

export interface CalendarOptions extends LocaleOptions {
  /**
   * Estimate years whose holiday notice is not yet published from the statutory holidays of
   * 全国年节及纪念日放假办法 (no make-up working days). Results are marked `provisional`.
   */
  provisional?: boolean;
}

export type CalendarErrorCode =
  | "outsideCalendar"
  | "invalidHolidayCalendar"
  | "holidayDateOutsideYear"
  | "holidayConflict"
  | "makeupDayNotWeekend"
  | "unknownHoliday"
  | "statutoryHolidayMissing"
  | "calendarGap";

export type DayKind = "workday" | "weekend" | "statutoryHoliday" | "restDay" | "makeupWorkday";

export type HolidayKey =
  | "newYear"
  | "springFestival"
  | "qingming"
  | "labourDay"
  | "dragonBoat"
  | "midAutumn"
  | "nationalDay";

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** The holidays whose rest block or make-up day this is. */
  holidays: HolidayKey[];
  /** True when the year is estimated, not published. */
  provisional: boolean;
  /** The day in words, e.g. 国庆节调休上班. */
  label: string;
}

export interface CalendarCoverage {
  from: IsoDate;
  to: IsoDate;
  years: number[];
  /** The last day `{ provisional: true }` can estimate. */
  provisionalUntil: IsoDate;
}

/** One holiday of a notice: its whole rest block and its make-up working days. */
export interface HolidayBlockData {
  holiday: HolidayKey | HolidayKey[];
  from: IsoDate;
  to: IsoDate;
  work?: IsoDate[];
}

export interface HolidayNoticeData {
  /** Addresses of the State Council notice. */
  sources?: string[];
  holidays: HolidayBlockData[];
}

/**
 * `{ "2027": { sources, holidays } }`, keyed by year. (At run time keys starting with `_`, such as
 * the `_about` of data/cn-holidays.json, are ignored.)
 */
export interface HolidayCalendarData {
  [year: string]: HolidayNoticeData;
}

/** Whether `date` is a working day (make-up working days on weekends included). */
export function isWorkingDay(date: IsoDate, opts?: CalendarOptions): boolean;
/** The kind of day `date` is. */
export function dayKind(date: IsoDate, opts?: CalendarOptions): DayKind;
/** The kind of day, its holidays and a label in words. */
export function dayInfo(date: IsoDate, opts?: CalendarOptions): DayInfo;
/** The `n`-th working day after `date` (`date` itself not counted); negative `n` counts back. */
export function addWorkingDays(date: IsoDate, n: number, opts?: CalendarOptions): IsoDate;
/** Working days in `(from, to]`; negative when `to` is before `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, opts?: CalendarOptions): number;
/** The published years loaded. */
export function calendarCoverage(): CalendarCoverage;
/**
 * Adds or replaces years of the holiday calendar, e.g. next year's notice the day it is published.
 * All or nothing: bad data throws and leaves the calendar as it was. Returns the years loaded.
 */
export function loadHolidayCalendar(data: HolidayCalendarData, opts?: LocaleOptions): number[];
