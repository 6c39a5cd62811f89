// The resident's application: the portal's own form (it works without JavaScript: POST, nothing in
// the address), enhanced by attachForm and a household editor. After a valid submit the resident
// gets what they can keep: a summary to print or save, the next steps with the dates the rules
// give, the documents to bring. The demo sends nothing anywhere, and says so.
import { attachForm, labelFor, requestableDocuments } from './jiuzhu.js';
import { householdEditor, readApplication, shownValue } from './household.js';
import { documentLine, nextSteps, showSteps } from './next-steps.js';
import { $, el, formatDate, todayFromPage } from './page.js';


// "Today" is the page's to give: the library never reads a clock.
const today = todayFromPage();
const form = $('application');
const after = $('after-submit');

householdEditor(form, { template: $('member-template'), status: $('household-status'), addButton: $('add-member') });
$('submitted-on').value = today;
attachForm(form, { today });

/** What a control holds, in words: an option's text, 是/否, an amount in yuan. */
function shown(control, value) {
  if (typeof value === 'boolean') return control.name.startsWith('consents.') ? (value ? '已勾选' : '未勾选') : value ? '是' : '否';
  if (typeof value === 'number') return `${value} 元`;
  return shownValue(form, control.name, value) || '（未填）';
}

/** The summary: every answer under the library's name for its field, members each under a heading. */
function summary(app) {
  const box = $('summary');
  box.replaceChildren();
  let list = null;
  let member = null;
  const seen = new Set();
  for (const control of form.elements) {
    const path = control.name;
    if (!path || seen.has(path) || control.type === 'file' || control.type === 'hidden' || control.type === 'submit' || control.type === 'button') continue;
    seen.add(path);
    const m = /^members\.(\d+)\.(.+)$/.exec(path);
    const group = m ? m[1] : null;
    if (!list || group !== member) {
      if (group !== null) box.append(el('h4', labelFor(`members.${group}`)));
      list = el('dl', undefined, 'summary');
      box.append(list);
      member = group;
    }
    const value = path.split('.').reduce((node, key) => node?.[key], app);
    const row = el('div');
    row.append(el('dt', labelFor(m ? m[2] : path)), el('dd', shown(control, value)));
    list.append(row);
  }
}

/** The documents to bring for this application, and those the office obtains itself. */
function documents(app) {
  const docs = requestableDocuments(app, { today });
  $('bring-list').replaceChildren(
    ...docs.request.map((d) => el('li', documentLine(d))),
  );
  const notNeeded = $('not-needed');
  notNeeded.replaceChildren();
  if (docs.obtainedByOffice.length) {
    const details = el('details');
    details.append(el('summary', `这些不用您提供：工作人员会通过数据共享查询（${docs.obtainedByOffice.length} 项）`));
    const list = el('ul', undefined, 'inline-list');
    for (const d of docs.obtainedByOffice) list.append(el('li', d.name));
    details.append(list);
    notNeeded.append(details);
  }
}

// attachForm stops an invalid submit before this listener runs; a valid one arrives here.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const app = readApplication(form);
  $('steps-basis').textContent = `下面的日期按 ${formatDate(today)} 受理计算。实际从受理中心受理您申请的那天算起，遇到节假日顺延。`;
  showSteps($('next-steps'), $('steps-estimate'), nextSteps(today, { today }));
  documents(app);
  $('summary-date').textContent = `填写日期：${formatDate(today)}`;
  summary(app);
  form.hidden = true;
  $('apply-intro').hidden = true;
  after.hidden = false;
  window.scrollTo(0, 0);
  $('after-title').focus();
});

$('edit-again').addEventListener('click', () => {
  after.hidden = true;
  form.hidden = false;
  $('apply-intro').hidden = false;
  form.querySelector('button[type=submit]').focus();
});
$('print-summary').addEventListener('click', () => window.print());
document.body.dataset.ready = 'true';
