// The application form's household editor and its model, shared by the resident's page and the
// consultant's workbench (which shows the same form). Controls are named by model path
// (members.0.name), as attachForm reads them; a member block is renumbered whenever one is added
// or removed, so the paths stay members.0 … members.N-1. Nothing here holds a rule: validation is
// the library's.

let serial = 0;

/** Gives a new member block its ids, once: they stay when members are renumbered, so that labels,
 * hints and the messages attachForm ties to them never point at another member's field. */
function identify(block) {
  const n = ++serial;
  const idOf = (field) => `member-${n}-${field.replace(/\./g, '-')}`;
  for (const control of block.querySelectorAll('[data-field]')) control.id = idOf(control.dataset.field);
  for (const label of block.querySelectorAll('[data-for]')) label.htmlFor = idOf(label.dataset.for);
  for (const hint of block.querySelectorAll('[data-hint]')) {
    hint.id = `${idOf(hint.dataset.hint)}-hint`;
    block.querySelector(`[data-field="${hint.dataset.hint}"]`).setAttribute('aria-describedby', hint.id);
  }
}

/** Renumbers a member block to index `i`: its controls' names (model paths) and its visible number. */
function number(block, i) {
  for (const control of block.querySelectorAll('[data-field]')) control.name = `members.${i}.${control.dataset.field}`;
  for (const n of block.querySelectorAll('.member-number')) n.textContent = String(i + 1);
}

/**
 * Makes `form`'s household editable: the "add" button (shown only with JavaScript) adds a member
 * from `template`, each added member has its own "remove" button, and a removal can be undone.
 * `status` is a polite live region for what happened. `changed()` runs after every change (the
 * form also receives a `change` event, so attachForm re-validates once the form was submitted).
 * Returns { blocks, setCount(n), add(), remove(i) }.
 */
export function householdEditor(form, { template, status, addButton, changed = () => {} }) {
  const list = form.querySelector('#members');
  const blocks = () => [...list.querySelectorAll('[data-member]')];
  let undo = null;

  const renumber = () => blocks().forEach(number);
  const notify = () => {
    renumber();
    form.dispatchEvent(new Event('change', { bubbles: true }));
    changed();
  };
  const say = (text, action) => {
    const p = document.createElement('p');
    p.tabIndex = -1;
    p.textContent = text;
    if (action) {
      p.append(' ');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = action.label;
      button.addEventListener('click', action.run);
      p.append(button);
    }
    status.replaceChildren(p);
    return p;
  };

  function fresh() {
    const block = template.content.firstElementChild.cloneNode(true);
    identify(block);
    block.querySelector('.remove-member').addEventListener('click', () => remove(blocks().indexOf(block)));
    list.append(block);
    return block;
  }

  function add() {
    const block = fresh();
    undo = null;
    notify();
    return block;
  }

  function remove(i) {
    const all = blocks();
    const block = all[i];
    if (!block || all.length <= 1) return;
    const name = block.querySelector('[data-field="name"]').value.trim();
    const next = all[i + 1] ?? null;
    block.remove();
    notify();
    undo = () => {
      list.insertBefore(block, next && next.isConnected ? next : null);
      notify();
      undo = null;
      say(`已恢复第${blocks().indexOf(block) + 1}位家庭成员${name ? `（${name}）` : ''}。`);
      block.querySelector('.member-legend').focus();
    };
    const message = say(`已删除第${i + 1}位家庭成员${name ? `（${name}）` : ''}。`, { label: '撤销删除', run: () => undo?.() });
    message.focus();
  }

  addButton.hidden = false;
  addButton.addEventListener('click', () => {
    const block = add();
    const n = blocks().length;
    say(`已增加第${n}位家庭成员，请填写。`);
    block.querySelector('[data-field="name"]').focus();
  });
  renumber();

  return {
    blocks,
    add,
    remove,
    /** Makes the household exactly `n` members long (the first stays), without announcing. */
    setCount(n) {
      while (blocks().length > Math.max(1, n)) blocks().at(-1).remove();
      while (blocks().length < n) fresh();
      status.replaceChildren();
      renumber();
    },
  };
}

/** A form control's value in the model, as attachForm reads it (undefined: none). */
function valueOf(control) {
  if (control instanceof HTMLInputElement) {
    switch (control.type) {
      case 'checkbox':
        return control.checked;
      case 'radio':
        return control.checked ? control.value : undefined;
      case 'file':
      case 'submit':
      case 'button':
      case 'reset':
      case 'image':
        return undefined;
      case 'number': {
        const text = control.value.trim();
        if (!text) return null;
        const n = Number(text);
        return Number.isFinite(n) ? n : control.value;
      }
    }
    return control.value;
  }
  if (control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) return control.value;
  return undefined;
}

/** The application model read from the form (what attachForm validates). */
export function readApplication(form) {
  const app = {};
  for (const control of form.elements) {
    const path = control.getAttribute('name');
    if (!path || path.startsWith('upload-')) continue;
    const value = valueOf(control);
    if (value === undefined) continue;
    let node = app;
    const keys = path.split('.');
    keys.forEach((key, k) => {
      const last = k === keys.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(keys[k + 1]);
      if (last) node[key] = value;
      else node = node[key] ??= nextIsIndex ? [] : {};
    });
  }
  return app;
}

/** The value at a dotted path of a plain object (undefined when absent). */
export function at(object, path) {
  let node = object;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Fills the form from an application (the consultant loading one): the household sized to its
 * members, every control set from its path, a control whose path is absent emptied (a number
 * field too: "" is not 0). A select is matched by value, else by its option's text (a town
 * given by name). Returns the paths of the application that no control holds, for the page to
 * say what the form cannot show.
 */
export function fillApplication(form, editor, app) {
  const members = Array.isArray(app?.members) ? app.members : [];
  editor.setCount(Math.max(1, members.length));
  const held = new Set();
  for (const control of form.elements) {
    const path = control.getAttribute('name');
    if (!path || path.startsWith('upload-') || control.type === 'hidden') continue;
    const value = at(app, path);
    held.add(path);
    if (control.type === 'checkbox') control.checked = value === true;
    else if (control.type === 'radio') control.checked = value === control.value;
    else if (control instanceof HTMLSelectElement) {
      const text = value === undefined || value === null ? '' : String(value);
      const option = [...control.options].find((o) => o.value === text) ?? [...control.options].find((o) => o.text === text);
      control.value = option ? option.value : '';
    } else control.value = value === undefined || value === null ? '' : String(value);
  }
  const hidden = form.querySelector('[name=submittedOn]');
  if (hidden && typeof app?.submittedOn === 'string') hidden.value = app.submittedOn;
  held.add('submittedOn');
  // Leaves of the application the form has no control for.
  const missing = [];
  const walk = (value, path) => {
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
      if (entries.length === 0 && !held.has(path)) missing.push(path);
      for (const [key, v] of entries) walk(v, path ? `${path}.${key}` : key);
    } else if (value !== null && value !== undefined && !held.has(path)) {
      missing.push(path);
    }
  };
  walk(app ?? {}, '');
  return missing.filter((p) => p !== '');
}

/** The text a select shows for its current value (an option's words, not its code). */
export function shownValue(form, path, value) {
  const control = form.elements.namedItem(path);
  if (control instanceof HTMLSelectElement) {
    const option = [...control.options].find((o) => o.value === String(value));
    if (option) return option.text;
  }
  if (control instanceof RadioNodeList) {
    const radio = [...control].find((r) => r.value === String(value));
    const label = radio && form.querySelector(`label[for="${radio.id}"]`);
    if (label) return label.textContent.trim();
  }
  return String(value);
}
