// Every behaviour suite, in the order they run. A suite may change module state (loading a holiday
// year), so each keeps such tests at its end.
import calendar from './calendar.mjs';
import application from './application.mjs';
import deadlines from './deadlines.mjs';
import documents from './documents.mjs';
import publicity from './publicity.mjs';
import decisions from './decisions.mjs';
import nesting from './nesting.mjs';
import limits from './limits.mjs';

export const suites = [calendar, application, deadlines, documents, publicity, decisions, nesting, limits];
