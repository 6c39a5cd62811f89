// The web build's public module: the wasm-bindgen exports (init included) with the JavaScript
// layer's fast paths in front of them. Initialise once with `await init()`.
import * as raw from './jiuzhu.js';
import { fastCalendar } from './calendar-fast.js';

export * from './jiuzhu.js';
export { default } from './jiuzhu.js';

const fast = fastCalendar(raw);
export const isWorkingDay = fast.isWorkingDay;
export const addWorkingDays = fast.addWorkingDays;
export const workingDaysBetween = fast.workingDaysBetween;
