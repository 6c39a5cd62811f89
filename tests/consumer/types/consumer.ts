// A TypeScript consumer: compiles only if the declarations are real (no `any`).
import {
  addWorkingDays,
  calendarCoverage,
  dayInfo,
  dayKind,
  isWorkingDay,
  loadHolidayCalendar,
  workingDaysBetween,
  type DayInfo,
  type DayKind,
  type HolidayCalendarData,
  type JiuzhuError,
} from 'jiuzhu';
import init, { isWorkingDay as webIsWorkingDay } from 'jiuzhu/web';
import { validateApplication, validateApplications, validateIdNumber, divisions, loadDivisions, type Division, type IdCheck, type ValidationReport } from 'jiuzhu';

const due: string = addWorkingDays('2026-09-30', 3, { provisional: true });
const kind: DayKind = dayKind(due);
const info: DayInfo = dayInfo(due, { locale: 'en' });
const working: boolean = isWorkingDay(info.date) && webIsWorkingDay(due);
const count: number = workingDaysBetween('2026-01-01', due);
const years: number[] = calendarCoverage().years;
const data: HolidayCalendarData = {
  2027: { sources: [], holidays: [{ holiday: ['midAutumn', 'nationalDay'], from: '2027-10-01', to: '2027-10-07', work: [] }] },
};
const loaded: number[] = loadHolidayCalendar(data);
void init();

try {
  addWorkingDays('2026-12-30', 3);
} catch (e) {
  const error = e as JiuzhuError;
  const code: 'outsideCalendar' | string = error.code;
  console.log(code, error.params.year, error.messages.en);
}

// @ts-expect-error: counts are numbers, not strings
addWorkingDays('2026-01-05', '2');
// @ts-expect-error: day kinds are a closed set
const wrong: DayKind = 'holiday';
// @ts-expect-error: a holiday block needs its dates
const incomplete: HolidayCalendarData = { 2027: { holidays: [{ holiday: 'newYear' }] } };

const report: ValidationReport = validateApplication({ category: 'temporary' }, { today: '2026-11-25', fields: ['category'] });
const firstPath: string | undefined = report.errors[0]?.path;
const id: IdCheck = validateIdNumber('110105491231002', { type: 'residentId15' });
const reports: ValidationReport[] = validateApplications('[]', { locale: 'en' });
// @ts-expect-error: the roster is JSON text
validateApplications([]);
// @ts-expect-error: identity types are a closed set
validateIdNumber('x', { type: 'passport' });

export { kind, working, count, years, loaded, wrong, incomplete, firstPath, id, reports };

const towns: Division[] = divisions();
const townCount: number = loadDivisions({ divisions: towns }, { locale: 'en' });
// @ts-expect-error a division list is an object with `divisions`, not an array
loadDivisions(towns);
void townCount;
