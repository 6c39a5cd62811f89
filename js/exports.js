// The package's public functions: the wasm-bindgen exports through the JavaScript layer. One list
// for every build (the packaging test checks it against the module's exports).
import * as raw from './jiuzhu.js';
import { layer } from './layer.js';

export { FormBinding } from './jiuzhu.js';
export { todayInChina } from './layer.js';

export const {
  addWorkingDays,
  attachForm,
  blocksSubmit,
  calendarCoverage,
  caseRoles,
  caseTimeline,
  checkCaseRecord,
  checkNotice,
  dayInfo,
  dayKind,
  decisionNotice,
  disbursementSchedule,
  divisions,
  documentCatalog,
  isWorkingDay,
  labelFor,
  lintFormDefinition,
  loadCaseRoles,
  loadDivisions,
  loadDocumentCatalog,
  loadHolidayCalendar,
  loadNoticeWording,
  loadProcedureRules,
  noticeWording,
  publicityNotice,
  requestableDocuments,
  timelineSvg,
  validateApplication,
  validateApplications,
  validateIdNumber,
  validatePaymentArrangement,
  workingDaysBetween,
} = layer(raw);
