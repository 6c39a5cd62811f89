// A case after intake, for the consultant and the town's clerk, on one page: the case's deadlines
// (caseTimeline), the notice to issue next (decisionNotice: drafted, checked, printable), how the
// assistance is paid (the payment form, checked by attachForm on validatePaymentArrangement) and
// the record's findings (checkCaseRecord). Every finding is named by the library's `label` and
// linked to its control; no path or code word is shown. The page holds no rule: it reads the forms,
// asks the library and shows the answers.
import { attachForm, caseRoles, caseTimeline, checkCaseRecord, decisionNotice, divisions } from './jiuzhu.js';
import { countWords, kindTag } from './findings.js';
import { stepLine } from './timeline-words.js';
import { $, el, todayFromPage } from './page.js';

const today = todayFromPage();
const roles = caseRoles();
const actionName = (key) => roles.actions.find((a) => a.action === key)?.name.zh ?? key;

for (const d of divisions()) $('town').append(new Option(d.name, d.code));
$('issued-on').value = today;

function say(text) {
  $('case-status').replaceChildren(el('p', text));
}

/** A finding: its kind in words, its field (a link to the control when there is one), its message. */
function findingItem(e, control, before) {
  const li = el('li');
  li.dataset.path = e.path;
  li.dataset.code = e.code;
  li.append(kindTag(e));
  if (control) {
    const link = el('a', e.label, 'field-name');
    link.href = `#${control.id}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      before?.();
      control.focus();
      control.scrollIntoView({ block: 'center' });
    });
    li.append(link);
  } else {
    li.append(el('span', e.label, 'field-name'));
  }
  li.append(`：${e.message}`);
  return li;
}

function findingList(report, { clean, problems, control, before }) {
  const box = [];
  const counts = countWords(report.errors);
  box.push(el('p', counts ? `${problems}：${counts}。` : clean, 'answer'));
  if (report.errors.length) {
    const list = el('ol', undefined, 'findings');
    for (const e of report.errors) list.append(findingItem(e, control(e.path), before));
    box.push(list);
  }
  return box;
}

// ---- the case and its deadlines ----

function events() {
  const out = {};
  for (const input of document.querySelectorAll('#case-form [data-event]')) {
    if (input.value) out[input.dataset.event] = input.value;
  }
  return out;
}

function timeline() {
  const list = $('timeline');
  const found = $('timeline-findings');
  list.replaceChildren();
  found.replaceChildren();
  const known = events();
  if (!Object.keys(known).length) {
    list.append(el('li', '填写已办理的日期后，显示下一步的期限。'));
    return;
  }
  let result;
  try {
    result = caseTimeline(known, { today, provisional: true });
  } catch (error) {
    found.append(el('p', `错误：${error.message}`, 'error'));
    return;
  }
  for (const s of result.steps) {
    const li = el('li', stepLine(s, result.steps));
    li.dataset.step = s.step;
    list.append(li);
  }
  if (result.findings.length) {
    const list2 = el('ul', undefined, 'checklist');
    for (const f of result.findings) list2.append(el('li', `${f.severity === 'error' ? '错误' : '请核对'}：${f.message}`, f.severity));
    found.append(list2);
  }
}

/** The notice a case needs next, from what has happened. */
function nextKind(known) {
  if (known.stopNoticeServedOn) return 'stop';
  if (known.decidedOn) return 'change';
  if (known.publicityPostedOn) return 'approval';
  return 'refusal';
}

// ---- the notice ----

const noticeForm = $('notice-form');
const kind = () => noticeForm.querySelector('input[name=kind]:checked')?.value ?? 'approval';
const radio = (name) => noticeForm.querySelector(`input[name=${name}]:checked`)?.value;

function showKindFields() {
  const k = kind();
  for (const block of noticeForm.querySelectorAll('[data-kinds]')) block.hidden = !block.dataset.kinds.split(' ').includes(k);
  for (const block of noticeForm.querySelectorAll('[data-for-to]')) block.hidden = radio('to') !== block.dataset.forTo;
  for (const block of noticeForm.querySelectorAll('[data-for-received]')) block.hidden = radio('received') !== block.dataset.forReceived;
}

/** The file the notice is drafted from: the case, and what the notice form's shown controls hold.
 * Each control names its path in the file (data-path), and the form shows only the chosen kind's
 * controls, so which kind asks for which facts is said once, in the page's markup. */
function caseFile() {
  const known = events();
  const file = {
    application: { category: $('category').value, town: $('town').value, members: [{ name: $('applicant-name').value.trim(), relationship: 'self' }] },
    events: { publicityPostedOn: known.publicityPostedOn, stopNoticeServedOn: known.stopNoticeServedOn },
  };
  for (const control of noticeForm.querySelectorAll('[data-path]')) {
    const text = control.value.trim();
    if (text === '' || control.closest('[hidden]')) continue;
    const keys = control.dataset.path.split('.');
    const last = keys.pop();
    let node = file;
    for (const key of keys) node = node[key] ??= {};
    node[last] = control.type === 'number' ? Number(text) : text;
  }
  // An agent's notice names the agent, even before the name is typed (the library then says so).
  if (radio('to') === 'agent') file.addressee = { name: $('agent-name').value.trim(), role: 'agent' };
  if (kind() === 'stop') {
    const received = radio('received');
    file.defence ??= {};
    if (received) file.defence.received = received === 'true';
    if (received === 'true') {
      file.defence.reviewed = $('reviewed').checked;
      file.defence.outcome = radio('outcome');
    }
  }
  return file;
}

/** The control a path of the notice's draft is filled from. */
function noticeControl(path) {
  const byPath = noticeForm.querySelector(`[data-path="${CSS.escape(path)}"]`);
  if (byPath && !byPath.closest('[hidden]')) return byPath;
  const other = {
    issuer: 'town',
    applicant: 'applicant-name',
    category: 'category',
    'addressee.name': radio('to') === 'agent' ? 'agent-name' : 'applicant-name',
    'events.publicityPostedOn': 'posted-on',
    'events.stopNoticeServedOn': 'served-on',
    'defence.received': 'received-no',
    'defence.reviewed': 'reviewed',
    'defence.outcome': 'outcome-rejected',
  }[path];
  return other ? $(other) : null;
}

function notice() {
  let drafted;
  try {
    drafted = decisionNotice(kind(), caseFile(), { provisional: true });
  } catch (error) {
    $('notice-result').hidden = false;
    $('notice-findings').replaceChildren(el('p', `错误：${error.message}`, 'error'));
    $('notice-sheet').replaceChildren();
    return;
  }
  $('notice-result').hidden = false;
  $('notice-findings').replaceChildren(
    ...findingList(drafted, {
      clean: '通知书要素齐全，日期符合程序，可以打印。',
      problems: '通知书还不能发出',
      control: noticeControl,
    }),
  );
  $('notice-sheet').innerHTML = drafted.html; // every value escaped by the library
  const w = drafted.defenceWindow;
  $('window-box').hidden = !w;
  if (w) {
    const head = `事先告知书${w.servedOnAssumed ? '按出具日期' : ''}于 ${w.servedOn} 送达，${w.days} 个工作日，最后一天 ${w.lastDay}`;
    const stop = w.earliestStop ? `；停止救助通知书最早 ${w.earliestStop}` : '';
    $('window-lines').replaceChildren(el('li', `${head}${stop}。`), ...w.explain.map((line) => el('li', line)));
  }
  $('basis-list').replaceChildren(
    ...drafted.sentences.map((s) => {
      const li = el('li', s.text);
      if (s.provision) {
        li.append(el('span', `依据：${s.provision.name}`, 'detail'));
        li.append(el('blockquote', s.provision.quote));
      }
      return li;
    }),
  );
}

noticeForm.addEventListener('change', showKindFields);
noticeForm.addEventListener('submit', (event) => {
  event.preventDefault();
  notice();
  $('notice-findings').querySelector('a')?.focus();
});
$('print-notice').addEventListener('click', () => window.print());

// ---- payment ----

const paymentForm = $('payment-form');
// Who signs, collects, asks or agrees: one list of people in the markup, for every such select.
for (const select of paymentForm.querySelectorAll('[data-options-from]')) {
  select.append(...[...$(select.dataset.optionsFrom).options].map((option) => option.cloneNode(true)));
}
function showMethodFields() {
  const method = paymentForm.querySelector('input[name=method]:checked')?.value;
  for (const block of paymentForm.querySelectorAll('[data-methods]')) block.hidden = !block.dataset.methods.split(' ').includes(method);
  const staff = method === 'proxy' && $('proxy-kind').value === 'staff';
  paymentForm.querySelector('[data-proxy-kind="staff"]').hidden = !staff;
}
paymentForm.addEventListener('change', showMethodFields);
// Before attachForm's own handler (the same phase, registered first): the last answer goes.
paymentForm.addEventListener('submit', () => $('payment-status').replaceChildren(), { capture: true });
attachForm(paymentForm, {
  check: 'paymentArrangement',
  onValid: () => $('payment-status').replaceChildren(el('p', '发放安排符合规定。', 'answer')),
});
// Nothing is ever submitted: a valid arrangement stays on the page.
paymentForm.addEventListener('submit', (event) => event.preventDefault());

// ---- the record ----

let actions = [];

function recordControl(path) {
  const m = /^actions\.(\d+)(?:\.(on|by)(?:\.(person|unit|role|account))?)?$/.exec(path);
  if (!m) return null;
  const field = m[2] === 'on' ? 'on' : (m[3] ?? 'person');
  return $(`rec-${m[1]}-${field}`);
}

function record() {
  const report = checkCaseRecord({ town: $('town').value, actions }, { today, provisional: true });
  $('record-findings').replaceChildren(
    ...findingList(report, {
      clean: actions.length ? '办理记录没有发现问题。' : '载入示例后，这里显示办理记录的检查结果。',
      problems: '办理记录有问题',
      control: recordControl,
      before: () => {
        $('record-panel').open = true;
      },
    }),
  );
}

/** A labelled field holding `control`, which gets `id`. */
function field(id, label, control) {
  const box = el('div', undefined, 'field');
  const l = el('label', label);
  l.htmlFor = id;
  control.id = id;
  box.append(l, control);
  return box;
}

function select(id, label, table, value) {
  const s = el('select');
  s.append(new Option('（未填）', ''));
  for (const [key, words] of Object.entries(table)) s.append(new Option(words.zh, key));
  s.value = value ?? '';
  return field(id, label, s);
}

function input(id, label, type, value) {
  const i = el('input');
  i.type = type;
  i.autocomplete = 'off';
  i.value = value ?? '';
  return field(id, label, i);
}

function rows() {
  $('record-rows').replaceChildren(
    ...actions.map((a, i) => {
      const set = el('fieldset', undefined, 'record-row');
      set.append(el('legend', `第${i + 1}项：${actionName(a.action)}`));
      set.append(
        input(`rec-${i}-on`, '日期', 'date', a.on),
        input(`rec-${i}-person`, '办理人', 'text', a.by.person),
        select(`rec-${i}-unit`, '单位', roles.units, a.by.unit),
        select(`rec-${i}-role`, '职务', roles.roles, a.by.role),
        input(`rec-${i}-account`, '系统用户', 'text', a.by.account),
      );
      return set;
    }),
  );
}

$('record-form').addEventListener('input', (event) => {
  const m = /^rec-(\d+)-(\w+)$/.exec(event.target.id);
  const a = m && actions[Number(m[1])];
  if (!a) return;
  const value = event.target.value.trim() || undefined;
  if (m[2] === 'on') a.on = value;
  else a.by[m[2]] = value;
  record();
});

// ---- samples ----

const by = (person, unit, role, account) => ({ person, unit, role, account });

const SAMPLES = {
  approval: {
    name: '张伟', town: '310118105', category: 'minimumLiving',
    dates: { 'accepted-on': '2026-11-02', 'entrusted-on': '2026-11-03', 'verified-on': '2026-11-18', 'posted-on': '2026-11-19' },
    kind: 'approval',
    fields: { amount: '1510', 'start-month': '2026-12' },
    actions: [
      { action: 'accepted', on: '2026-11-02', by: by('李敏', 'affairsCentre', 'centreStaff', 'qpzxzch') },
      { action: 'verificationEntrusted', on: '2026-11-03', by: by('李敏', 'affairsCentre', 'centreStaff') },
      { action: 'verificationCompleted', on: '2026-11-18', by: by('核对中心', 'affairsCentre', 'centreStaff') },
      { action: 'reviewOpinion', on: '2026-11-19', by: by('李敏', 'communityOffice', 'officeStaff') },
      { action: 'publicityPosted', on: '2026-11-19', by: by('陈红', 'committee', 'committeeStaff') },
      { action: 'approved', on: '2026-11-27', by: by('赵刚', 'townGovernment', 'deputyHead') },
      { action: 'approvalEntry', on: '2026-11-27', by: by('王强', 'communityOffice', 'officeStaff', 'qpzxzch') },
    ],
  },
  stop: {
    name: '王芳', town: '310118001', category: 'lowIncomeMargin',
    dates: { 'served-on': '2026-09-30' },
    kind: 'stop',
    fields: {
      'issued-on': '2026-10-12', 'from-month': '2026-11',
      facts: '经核查，你户家庭成员名下新增机动车一辆。',
      reasons: '家庭财产超过本市低收入家庭认定标准。',
      basis: '《上海市社会救助条例》及本市低收入家庭认定的相关规定',
      'received-on': '2026-10-09', 'defence-reasons': '所称车辆已于登记前转让，但未能提供过户证明。',
    },
    received: 'true', outcome: 'rejected', reviewed: true,
    actions: [
      { action: 'stopNoticeServed', on: '2026-09-30', by: by('李敏', 'affairsCentre', 'centreStaff') },
      { action: 'stopped', on: '2026-10-12', by: by('赵刚', 'townGovernment', 'deputyHead') },
      { action: 'systemEntry', on: '2026-10-13', by: by('李敏', 'affairsCentre', 'centreStaff', 'qpxyzop') },
    ],
  },
};

function load(name) {
  const s = SAMPLES[name];
  document.querySelectorAll('#case-form input').forEach((i) => {
    i.value = '';
  });
  noticeForm.reset();
  $('issued-on').value = today;
  $('applicant-name').value = s.name;
  $('town').value = s.town;
  $('category').value = s.category;
  for (const [id, value] of Object.entries(s.dates)) $(id).value = value;
  $(`kind-${s.kind}`).checked = true;
  for (const [id, value] of Object.entries(s.fields)) $(id).value = value;
  if (s.received) $(`received-${s.received === 'true' ? 'yes' : 'no'}`).checked = true;
  if (s.outcome) $(`outcome-${s.outcome}`).checked = true;
  $('reviewed').checked = Boolean(s.reviewed);
  actions = structuredClone(s.actions);
  showKindFields();
  timeline();
  notice();
  rows();
  record();
  say(name === 'approval' ? '已载入示例：一件公示期刚结束的申请。' : '已载入示例：一件停止救助的案件。');
}

$('load-approval').addEventListener('click', () => load('approval'));
$('load-stop').addEventListener('click', () => load('stop'));
$('case-form').addEventListener('input', () => {
  timeline();
  if (!$('notice-result').hidden) notice();
  record();
  const known = events();
  if (!noticeForm.querySelector('input[name=kind]:checked')) $(`kind-${nextKind(known)}`).checked = true;
  showKindFields();
});

$(`kind-${nextKind(events())}`).checked = true;
showKindFields();
showMethodFields();
timeline();
record();
document.body.dataset.ready = 'true';
