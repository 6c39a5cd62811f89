// The consultant's workbench: the resident's own form (taken from /apply.html, so the two never
// drift apart), filled together with the applicant, and beside it every finding named by its field
// (labelFor), the documents, the deadlines and, only for an application without errors and with
// the amount the office has set, a draft of the publicity notice.
import { attachForm, caseTimeline, labelFor, publicityNotice, requestableDocuments, validateApplication } from './jiuzhu.js';
import { fillApplication, householdEditor, readApplication, shownValue } from './household.js';
import { countWords, kindTag, missingWords, publicityBlockers } from './findings.js';
import { stepLine } from './timeline-words.js';
import { $, el, todayFromPage } from './page.js';

const today = todayFromPage();
$('accepted-on').value = today;
$('posted-on').value = today;

// The resident's form, as the resident sees it, less the uploads (the documents are listed here).
const source = new DOMParser().parseFromString(await (await fetch('/apply.html')).text(), 'text/html');
const form = document.importNode(source.getElementById('application'), true);
const template = document.importNode(source.getElementById('member-template'), true);
form.querySelector('input[type=file]')?.closest('fieldset')?.remove();
form.querySelectorAll('noscript').forEach((n) => n.remove());
form.removeAttribute('action');
form.removeAttribute('method');
form.removeAttribute('enctype');
form.id = 'case-form';
form.querySelector('button[type=submit]').textContent = '检查';
form.querySelector('[name=submittedOn]').value = today;
$('form-host').replaceChildren(form, template);
const editor = householdEditor(form, { template, status: form.querySelector('#household-status'), addButton: form.querySelector('#add-member'), changed: () => refresh() });

let checked = false;

/** The checks for the form as it stands. */
function show() {
  const app = readApplication(form);
  const report = validateApplication(app, { today });
  $('checks-empty').hidden = true;
  $('checks').hidden = false;
  findings(report);
  normalized(report);
  documents(app);
  timeline();
  publicity(app, report);
}

/** A link to the control a path names (its field label as the text), or the label alone. */
function fieldName(path) {
  const text = path ? labelFor(path) : '整份申请';
  const control = path && form.elements.namedItem(path);
  const target = control instanceof RadioNodeList ? control[0] : control;
  if (!target?.id) return el('span', text, 'field-name');
  const link = el('a', text, 'field-name');
  link.href = `#${target.id}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });
  return link;
}

function findings(report) {
  const box = $('findings');
  box.replaceChildren();
  const counts = countWords(report.errors);
  box.append(el('p', counts ? `共 ${counts}：` : '没有需要修改的地方，可以受理。', 'answer'));
  if (!report.errors.length) return;
  const list = el('ol', undefined, 'findings');
  for (const e of report.errors) {
    const li = el('li');
    li.dataset.path = e.path;
    li.dataset.code = e.code;
    li.append(kindTag(e));
    // The message names its field (labelFor's words): that name becomes the link to the field.
    const name = e.path ? labelFor(e.path) : '';
    const at = name ? e.message.indexOf(name) : -1;
    if (at >= 0) li.append(e.message.slice(0, at), fieldName(e.path), e.message.slice(at + name.length));
    else li.append(fieldName(e.path), `：${e.message}`);
    list.append(li);
  }
  box.append(list);
}

/** What will be stored differently from what was typed, in words (an option's text, not its code). */
function normalized(report) {
  const entries = Object.entries(report.normalized);
  $('normalized-section').hidden = entries.length === 0;
  $('normalized').replaceChildren(
    ...entries.map(([path, value]) => {
      const li = el('li');
      li.dataset.path = path;
      li.append(fieldName(path), el('span', `：${shownValue(form, path, value)}`));
      return li;
    }),
  );
  $('apply-normalized').onclick = () => {
    for (const [path, value] of entries) {
      const control = form.elements.namedItem(path);
      if (control && !(control instanceof RadioNodeList)) control.value = value;
    }
    form.dispatchEvent(new Event('change', { bubbles: true }));
    refresh();
    say('已按统一写法填回表单。');
  };
}

function documents(app) {
  const docs = requestableDocuments(app, { today });
  $('documents').replaceChildren(
    ...docs.request.map((d) => {
      const whom = d.path ? `（${labelFor(d.path)}）` : '';
      const unverified = d.verified ? '' : '（这项规定尚未核实，以街镇的要求为准）';
      return el('li', `${d.name}${whom}：${d.reason}${unverified}`);
    }),
  );
  $('obtained').replaceChildren(...docs.obtainedByOffice.map((d) => el('li', d.authorizationRequired ? `${d.name}（凭核对授权书）` : d.name)));
}

function timeline() {
  const acceptedOn = $('accepted-on').value;
  const list = $('timeline');
  list.replaceChildren();
  if (!acceptedOn) {
    list.append(el('li', '填写受理日期后显示各步的期限。'));
    return;
  }
  let result;
  try {
    result = caseTimeline({ acceptedOn }, { today, provisional: true });
  } catch (error) {
    list.append(el('li', `错误：${error.message}`, 'error'));
    return;
  }
  for (const s of result.steps) list.append(el('li', stepLine(s, result.steps)));
}

/** The notice is drafted only from an application without errors, with the amount the office set. */
function publicity(app, report) {
  const status = $('publicity-status');
  const sheet = $('publicity');
  sheet.replaceChildren();
  const amount = $('monthly-amount').value.trim();
  const why = publicityBlockers(report, amount);
  if (why.length) {
    status.replaceChildren(el('p', '还不能起草公示：', 'answer'), ...why.map((w) => el('p', w, 'warning')));
    return;
  }
  const opts = { postedOn: $('posted-on').value || today, monthlyAmount: Number(amount) };
  const phone = $('supervision-phone').value.trim();
  if (phone) opts.supervisionPhone = phone;
  let notice;
  try {
    notice = publicityNotice(app, opts);
  } catch (error) {
    status.replaceChildren(el('p', `错误：${error.message}`, 'error'));
    return;
  }
  if (notice.missing.length) {
    status.replaceChildren(el('p', `还不能起草公示：缺少${missingWords(notice.missing)}。`, 'warning'));
    return;
  }
  status.replaceChildren(el('p', `公示草稿（未公开 ${notice.withheld.length} 项：身份证号、电话、地址、收入、财产、健康状况、其他成员姓名等）。打印请用“公示打印”页。`, 'detail'));
  sheet.innerHTML = notice.html; // every value escaped by the library
}

/** Checks again as the form changes, once it has been checked: synchronously, so what is shown is
 * always the form's state (a check takes well under a millisecond). */
function refresh() {
  if (checked) show();
}

function say(text) {
  $('case-status').replaceChildren(el('p', text));
}

/** Loads an application into the form and checks it; says what the form could not hold. */
function load(app, what) {
  const dropped = fillApplication(form, editor, app);
  checked = true;
  show();
  const note = dropped.length ? `表单上没有这些项目，没有载入：${dropped.map((p) => labelFor(p)).join('、')}。` : '';
  say(`${what}${note ? ` ${note}` : ''}`);
}

// Checking: before attachForm's own handler (registered later, same phase), which then marks the
// fields and stops the submit while the application has errors. Nothing is ever submitted here.
form.addEventListener(
  'submit',
  (event) => {
    event.preventDefault();
    checked = true;
    show();
  },
  true,
);
attachForm(form, { today });
form.addEventListener('input', refresh);
form.addEventListener('change', refresh);
for (const id of ['accepted-on', 'monthly-amount', 'posted-on', 'supervision-phone']) $(id).addEventListener('input', () => checked && show());

const sample = await (await fetch('/sample-application.json')).json();
function broken() {
  const app = structuredClone(sample);
  app.contact.phone = '1381234567';
  app.members[1].idNumber = '310118198207080028';
  app.bankAccount.holderName = '赵六';
  app.consents.verificationAuthorized = false;
  return app;
}
$('load-sample').addEventListener('click', () => load(structuredClone(sample), '已载入示例申请。'));
$('load-broken').addEventListener('click', () => load(broken(), '已载入有错误的示例。'));
$('clear-case').addEventListener('click', () => {
  fillApplication(form, editor, { category: 'minimumLiving', members: [{ relationship: 'self', idType: 'residentId', hukou: 'local', livesTogether: true, employment: 'unemployed' }] });
  checked = false;
  $('checks').hidden = true;
  $('checks-empty').hidden = false;
  $('monthly-amount').value = '';
  say('已清空，可以新填一份。');
});

$('import-json').addEventListener('click', () => {
  let app;
  try {
    app = JSON.parse($('case-json').value);
  } catch (error) {
    $('json-status').replaceChildren(el('p', `错误：没有导入，内容不是有效的 JSON（${error.message}）。表单和检查结果没有改动，仍是表单上的这份申请。`, 'error'));
    return;
  }
  if (app === null || typeof app !== 'object' || Array.isArray(app)) {
    $('json-status').replaceChildren(el('p', '错误：没有导入，内容应是一份申请（JSON 对象）。表单和检查结果没有改动。', 'error'));
    return;
  }
  $('json-status').replaceChildren();
  load(app, '已从 JSON 导入。');
});
$('export-json').addEventListener('click', () => {
  $('case-json').value = JSON.stringify(readApplication(form), null, 2);
  $('json-status').replaceChildren(el('p', '已把表单导出为 JSON。'));
});
document.body.dataset.ready = 'true';
