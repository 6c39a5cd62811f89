// The JavaScript layer over the wasm-bindgen exports (`raw`). It holds no rule; it adapts:
// - the calendar's hot calls, whose dates cross as numbers rather than strings when there are no
//   options (conversion only: every answer and every failure is the module's);
// - the date "today", which the core takes as an argument and never reads from a clock: a call
//   without `opts.today` is judged on today in China Standard Time (`today: null` turns the date
//   checks off);
// - the last line of defence: should a call ever trap the WebAssembly module (a defect), the next
//   call runs in a fresh instance (wasm-bindgen's reinit) and this one throws a `JiuzhuError` with
//   `code: "internal"`, so a page keeps working. A fresh instance starts from the compiled-in
//   tables: a page that loaded its own (holidays, divisions, catalogue, rules) loads them again;
//   a form binding from before has to be attached again.

const CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

let today = { day: '', until: 0 };

/** Today's date in China Standard Time, "YYYY-MM-DD". Formatted once a minute: the date changes
 * on a minute's boundary, and a validation may run on every keystroke. */
export function todayInChina() {
  const now = Date.now();
  if (now >= today.until) today = { day: CHINA.format(now), until: now - (now % 60000) + 60000 };
  return today.day;
}

/** The functions that judge dates against today: (first argument, opts, today). */
const DATED = new Set(['attachForm', 'caseTimeline', 'checkCaseRecord', 'requestableDocuments', 'timelineSvg', 'validateApplication', 'validateApplications', 'validateIdNumber']);

/** `fn` (of at most three arguments), recovering the module when a call traps it. */
function guarded(raw, fn) {
  return function call(a, b, c) {
    try {
      return fn.call(this, a, b, c);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      raw.__scheduleReinit();
      // In the caller's locale: the options are the last argument given (second or third).
      throw raw.__internalError(c ?? b);
    }
  };
}

/** "2026-02-14" → 20260214; 0 when the text is not ASCII digits and dashes in that shape. */
function packDate(s) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return 0;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

function unpackDate(n) {
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${Math.floor(n / 10000)}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The calendar's hot calls: without options, a date crosses as a number (see the module's
 * `__…Packed` exports); anything else, and every failure, takes the general path. */
function fastCalendar(raw) {
  return {
    isWorkingDay(date, opts) {
      const packed = opts === undefined ? packDate(date) : 0;
      const working = packed > 0 ? raw.__isWorkingDayPacked(packed) : -1;
      return working >= 0 ? working === 1 : raw.isWorkingDay(date, opts);
    },
    addWorkingDays(date, n, opts) {
      const packed = opts === undefined && Number.isInteger(n) && Math.abs(n) <= 100000 ? packDate(date) : 0;
      const due = packed > 0 ? raw.__addWorkingDaysPacked(packed, n) : -1;
      return due > 0 ? unpackDate(due) : raw.addWorkingDays(date, n, opts);
    },
    workingDaysBetween(from, to, opts) {
      const a = opts === undefined ? packDate(from) : 0;
      const b = a > 0 ? packDate(to) : 0;
      const count = b > 0 ? raw.__workingDaysBetweenPacked(a, b) : NaN;
      return Number.isNaN(count) ? raw.workingDaysBetween(from, to, opts) : count;
    },
  };
}

/** The public functions over `raw`, each guarded; dated ones given today's date. */
export function layer(raw) {
  const api = {};
  const fast = fastCalendar(raw);
  for (const [name, fn] of Object.entries(raw)) {
    if (typeof fn !== 'function' || name.startsWith('__') || /^[A-Z]/.test(name) || name === 'initSync' || name === 'default') continue;
    const adapted = fast[name] ?? (DATED.has(name) ? (first, opts) => fn(first, opts, todayInChina()) : fn);
    api[name] = guarded(raw, adapted);
  }
  const binding = raw.FormBinding?.prototype;
  if (binding) {
    binding.validate = guarded(raw, binding.validate);
    // Disposing a binding (`using binding = attachForm(…)`) takes it off the form, then frees the
    // handle. wasm-bindgen makes disposal `free()` alone, which leaves the form enhanced: it is also
    // what runs when JavaScript collects a handle the page did not keep, and that must not.
    if (Symbol.dispose) {
      binding[Symbol.dispose] = function dispose() {
        this.detach();
        this.free();
      };
    }
  }
  return api;
}
