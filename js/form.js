// attachForm: the GOV.UK validation pattern on a portal's own HTML form. Validate on submit and
// block it while invalid; after the first submit, re-validate as fields change; a message before
// each field (aria-describedby, aria-invalid) and a focused error summary whose links focus the
// fields; warnings shown, never blocking. Upload fields for documents the office obtains by
// information sharing are disabled, hidden and replaced by the notice. detach() puts the form back.
//
// JavaScript, not Rust, because it holds no rule: it reads the DOM into the application model, asks
// the core (validateApplication; __attachForm for the options, texts and notices) and writes the
// answers back. Through web-sys the same binding cost 11 KB gzip of the 80 KB budget.

const SUMMARY = 'jiuzhu-error-summary';
const SUMMARY_TITLE = 'jiuzhu-error-summary-title';
const INVALID = 'jiuzhu-invalid';
const UPLOADS = 'input[type=file][data-document]';
// Rust's str::trim (Unicode White_Space): JavaScript's trim() differs on U+0085 and U+FEFF.
const SPACE = /^[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** The model path of a control: `data-jiuzhu-path`, else its `name`; null when empty. */
function pathOf(element) {
  return (element.getAttribute('data-jiuzhu-path') ?? element.getAttribute('name')) || null;
}

/** The form's controls that carry a model path, in document order. */
function controls(form) {
  const found = [];
  for (const element of form.elements) {
    const path = pathOf(element);
    if (path) found.push([path, element]);
  }
  return found;
}

/** A number field: empty is null; a number stays a number; anything else stays text so that the
 * validator names it. */
function number(text) {
  const trimmed = text.replace(SPACE, '');
  if (!trimmed) return null;
  let n;
  try {
    n = JSON.parse(trimmed);
  } catch {}
  return typeof n === 'number' && Number.isFinite(n) ? n : text;
}

/** A control's value in the model (undefined: none): checkboxes are booleans, number inputs
 * numbers, radios count only when checked, file and button controls not at all. */
function valueOf(element) {
  const numeric = element.getAttribute('data-jiuzhu-type') === 'number';
  if (element instanceof HTMLInputElement) {
    switch (element.type) {
      case 'checkbox':
        return element.checked;
      case 'radio':
        return element.checked ? element.value : undefined;
      case 'file':
      case 'submit':
      case 'button':
      case 'reset':
      case 'image':
        return undefined;
      case 'number':
        return number(element.value);
    }
  } else if (!(element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) {
    return undefined;
  }
  return numeric ? number(element.value) : element.value;
}

/** Sets `value` at a dotted path: objects, and arrays for digit segments, are made on the way,
 * replacing what stands there; an index above 999 stops it (a form never has that many repeated
 * blocks; a stray name must not allocate); digits beyond a u32 are a key. `box[0]` is the root. */
function setPath(box, path, value) {
  let parent = box;
  let key = 0;
  for (const segment of path.split('.')) {
    const index = /^\d+$/.test(segment) && +segment <= 0xffffffff ? +segment : -1;
    if (index > 999) return;
    let node = parent[key];
    if (index >= 0) {
      if (!Array.isArray(node)) node = parent[key] = [];
      while (node.length <= index) node.push(null);
      key = index;
    } else {
      // No prototype: a control named `__proto__` is a key like any other.
      if (node === null || typeof node !== 'object' || Array.isArray(node)) node = parent[key] = Object.create(null);
      if (!(segment in node)) node[segment] = null;
      key = segment;
    }
    parent = node;
  }
  parent[key] = value;
}

/** The application model read from the form. */
function read(form) {
  const box = [Object.create(null)];
  for (const [path, element] of controls(form)) {
    const value = valueOf(element);
    if (value !== undefined) setPath(box, path, value);
  }
  return box[0];
}

/** Records the attributes `names` of `element` as they are, for restore(). */
function remember(list, element, names) {
  for (const name of names) list.push([element, name, element.getAttribute(name)]);
}

/** Puts back, newest first, the attributes recorded in `list`, and empties it. */
function restore(list) {
  for (const [element, name, value] of list.splice(0).reverse()) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/** Where a field's message goes: before the control, or for a radio or checkbox after its
 * fieldset's legend, so the message is read with the question. */
function anchorOf(control) {
  const grouped = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
  return (grouped && control.closest('fieldset')?.querySelector('legend')?.nextElementSibling) || control;
}

function element(doc, tag, className, text) {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** The error summary: a heading and one item per problem, a link to its field when it has one. */
function summary(doc, title, items) {
  const box = element(doc, 'div', SUMMARY);
  box.setAttribute('role', 'alert');
  box.setAttribute('tabindex', '-1');
  box.setAttribute('aria-labelledby', SUMMARY_TITLE);
  const heading = element(doc, 'h2', '', title);
  heading.id = SUMMARY_TITLE;
  const list = doc.createElement('ul');
  for (const [target, text] of items) {
    const item = doc.createElement('li');
    if (target) {
      const link = element(doc, 'a', '', text);
      link.setAttribute('href', `#${target}`);
      link.setAttribute('data-jiuzhu-target', target);
      item.append(link);
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  box.append(heading, list);
  return box;
}

/** Removes what the last render added and puts back the attributes it changed. */
function clear(b) {
  for (const added of b.added.splice(0)) added.remove();
  restore(b.marks);
}

/** The control's id, giving it one (recorded for removal) when it has none. */
function idFor(b, control) {
  if (control.id) return control.id;
  remember(b.marks, control, ['id']);
  control.id = `jiuzhu-field-${++b.nextId}`;
  return control.id;
}

/** Shows the report's findings: one message per field (its first, most basic finding), and the
 * blocking ones in the summary, which takes focus on `focusSummary` (a submit). */
function render(b, findings, focusSummary) {
  clear(b);
  const doc = b.form.ownerDocument;
  const fields = controls(b.form);
  const items = [];
  const marked = new Set();
  for (const { path, severity, message } of findings) {
    const blocking = severity === 'error';
    const control = fields.find(([p]) => p === path)?.[1];
    if (!control) {
      if (blocking) items.push(['', message]);
      continue;
    }
    const id = idFor(b, control);
    if (marked.has(path)) continue;
    marked.add(path);
    const shown = doc.createElement('p');
    shown.id = `${id}-jiuzhu-message`;
    shown.className = blocking ? 'jiuzhu-error-message' : 'jiuzhu-warning-message';
    const prefix = blocking ? b.texts.errorPrefix : b.texts.warningPrefix;
    shown.append(element(doc, 'span', 'jiuzhu-visually-hidden', prefix), message);
    anchorOf(control).before(shown);
    b.added.push(shown);
    remember(b.marks, control, ['aria-describedby', 'aria-invalid', 'class']);
    const describedby = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', describedby ? `${shown.id} ${describedby}` : shown.id);
    if (blocking) {
      control.setAttribute('aria-invalid', 'true');
      control.classList.add(INVALID);
      items.push([id, message]);
    }
  }
  if (!items.length) return;
  const box = summary(doc, b.texts.summaryTitle, items);
  b.form.prepend(box);
  if (focusSummary) box.focus();
  b.added.push(box);
}

/** Validates the form and renders the result; returns the report. Live re-validation waits while
 * this (or a submit's onValid) runs, so a render is never interleaved with another. */
function run(b, focusSummary) {
  const busy = b.busy;
  b.busy = true;
  try {
    const report = b.validate(read(b.form));
    render(b, report.errors, focusSummary);
    return report;
  } finally {
    b.busy = busy;
  }
}

/** Disables and hides each upload field the core gave a notice for, and shows the notice after it. */
function replaceSharedUploads(b, uploads, notices) {
  uploads.forEach((input, i) => {
    if (typeof notices[i] !== 'string') return;
    const notice = element(b.form.ownerDocument, 'p', 'jiuzhu-document-notice', notices[i]);
    notice.setAttribute('role', 'note');
    input.after(notice);
    // detach() puts back the field as it was at attach, attributes included ("hidden" stays "hidden").
    remember(b.uploads, input, ['aria-describedby', 'aria-invalid', 'class', 'disabled', 'hidden']);
    input.disabled = true;
    input.hidden = true;
    b.notices.push(notice);
  });
}

/** The form's event listeners: [type, listener, capture]. */
function listeners(b, onValid) {
  const submit = (event) => {
    b.submitted = true;
    const report = run(b, true);
    if (!report.valid) {
      event.preventDefault();
      event.stopImmediatePropagation();
    } else if (onValid) {
      b.busy = true;
      // The portal's callback cannot break the form: the submit goes on whatever it does.
      try {
        onValid.call(null, report);
      } catch {}
      b.busy = false;
    }
  };
  const live = () => {
    if (b.submitted && !b.busy) run(b, false);
  };
  const click = (event) => {
    const link = event.target;
    const target = link instanceof Element ? link.getAttribute('data-jiuzhu-target') : null;
    const field = target === null ? null : b.form.ownerDocument.getElementById(target);
    if (!field) return;
    event.preventDefault();
    if (field instanceof HTMLElement) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  };
  // Submit in the capture phase, so the check runs before the portal's own handlers and can stop them.
  return [['submit', submit, true], ['input', live, false], ['change', live, false], ['click', click, false]];
}

/** The handle attachForm returns. */
class FormBinding {
  #b;
  constructor(b) {
    this.#b = b;
  }

  /** Validates now and renders the result as on submit (without submitting); returns the report
   * (null once detached). */
  validate() {
    const b = this.#b;
    return b?.attached ? run(b, true) : null;
  }

  /** Removes every listener, message, summary and notice this binding added, and restores the
   * attributes it changed. Calling it again does nothing. */
  detach() {
    const b = this.#b;
    if (!b?.attached) return;
    b.attached = false;
    for (const [type, listener, capture] of b.listeners) b.form.removeEventListener(type, listener, capture);
    clear(b);
    restore(b.uploads);
    for (const notice of b.notices) notice.remove();
  }

  /** Nothing to free: the binding holds no wasm memory. Kept for code written when it did. */
  free() {}
}
// Disposing a binding (`using binding = attachForm(…)`) takes it off the form.
if (Symbol.dispose) FormBinding.prototype[Symbol.dispose] = FormBinding.prototype.detach;

function isForm(value) {
  try {
    return value instanceof HTMLFormElement;
  } catch {
    return false; // no DOM (Node)
  }
}

/** A callback option; absent, not a function or behind a throwing getter is none. */
function callback(opts, key) {
  try {
    const value = opts?.[key];
    return value instanceof Function ? value : null;
  } catch {
    return null;
  }
}

/**
 * attachForm and the class of its handle, over the raw wasm-bindgen exports `raw` and the
 * `validateApplication` that unpacks their reports (reports.js).
 */
export function formBinding(raw, validateApplication) {
  function attachForm(form, opts) {
    const ok = isForm(form);
    const uploads = ok ? [...form.querySelectorAll(UPLOADS)] : [];
    // Throws the coded Error for bad options or a non-form, as every export does.
    const setup = raw.__attachForm(ok, opts, uploads.map((u) => u.getAttribute('data-document') ?? ''));
    const options = { locale: setup.locale, today: setup.today };
    // The binding's state: what it added (messages, summary; notices) and the attributes to put back
    // after a render (marks) and at detach (uploads).
    const b = {
      form,
      texts: setup,
      validate: (app) => validateApplication(app, options),
      attached: true,
      submitted: false,
      busy: false,
      nextId: 0,
      added: [],
      marks: [],
      uploads: [],
      notices: [],
    };
    replaceSharedUploads(b, uploads, setup.notices);
    b.listeners = listeners(b, callback(opts, 'onValid'));
    for (const [type, listener, capture] of b.listeners) form.addEventListener(type, listener, capture);
    return new FormBinding(b);
  }
  return { attachForm, FormBinding };
}
