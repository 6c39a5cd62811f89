// The JavaScript layer over the wasm-bindgen exports (`raw`). It holds no rule; it adapts:
// - the date "today", which the core takes as an argument and never reads from a clock: a call
//   without `opts.today` is judged on today in China Standard Time (`today: null` turns the date
//   checks off);
// - the last line of defence: should a call ever trap the WebAssembly module (a defect), the next
//   call runs in a fresh instance (wasm-bindgen's reinit) and this one throws a `JiuzhuError` with
//   `code: "internal"`, so a page keeps working. A fresh instance starts from the compiled-in
//   tables: a page that loaded its own (holidays, divisions, catalogue, rules) loads them again;
//   a form binding from before has to be attached again.

const CHINA = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in China Standard Time, "YYYY-MM-DD". */
export function todayInChina() {
  return CHINA.format(new Date());
}

/** The functions that judge dates against today: (first argument, opts, today). */
const DATED = new Set(['attachForm', 'caseTimeline', 'requestableDocuments', 'timelineSvg', 'validateApplication', 'validateApplications', 'validateIdNumber']);

/** `fn`, recovering the module when a call traps it. */
function guarded(raw, fn) {
  return function call(...args) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      raw.__scheduleReinit();
      throw raw.__internalError(undefined);
    }
  };
}

/** The public functions over `raw`, each guarded; dated ones given today's date. */
export function layer(raw) {
  const api = {};
  for (const [name, fn] of Object.entries(raw)) {
    if (typeof fn !== 'function' || name.startsWith('__') || /^[A-Z]/.test(name) || name === 'initSync' || name === 'default') continue;
    const dated = DATED.has(name) ? (first, opts) => fn(first, opts, todayInChina()) : fn;
    api[name] = guarded(raw, dated);
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
