// The web build's public module: the wasm-bindgen exports (init included) with the JavaScript
// layer in front of them: the calendar's fast paths, the unpacking of validation reports and
// attachForm. Initialise once with `await init()`.
import * as raw from './jiuzhu.js';
import { fastCalendar } from './calendar-fast.js';
import { formBinding } from './form.js';
import { reportFunctions } from './reports.js';

export * from './jiuzhu.js';
export { default } from './jiuzhu.js';

const fast = fastCalendar(raw);
export const isWorkingDay = fast.isWorkingDay;
export const addWorkingDays = fast.addWorkingDays;
export const workingDaysBetween = fast.workingDaysBetween;
export const { validateApplication, validateApplications } = reportFunctions(raw);
export const { attachForm, FormBinding } = formBinding(raw, validateApplication);
