// The deadlines page: a case timeline drawn by the library (SVG) from editable event dates, each
// step explained, and a month view of the payment cut-offs.
import { caseTimeline, timelineSvg, disbursementSchedule, dayInfo } from './jiuzhu.js';
import { dueWords } from './timeline-words.js';
import { $, el, todayFromPage } from './page.js';


const EVENTS = ['acceptedOn', 'verificationEntrustedOn', 'verificationCompletedOn', 'publicityPostedOn', 'decidedOn', 'stopNoticeServedOn', 'stopDecidedOn'];
const caseForm = $('case-form');
$('today').value = todayFromPage();

/** A finding of the calendar in a line: an error, or a note to heed. */
const findingLine = (tag, f) => el(tag, `${f.severity === 'error' ? '错误' : '请注意'}：${f.message}`, f.severity === 'error' ? 'error' : 'warning');

/** One note for every date estimated from the statutory holidays, instead of one per date. */
function estimateNote(findings, node) {
  const years = [...new Set(findings.filter((f) => f.code === 'provisionalDate').map((f) => f.params.year))].sort();
  node.hidden = years.length === 0;
  node.textContent = years.length ? `估算：${years.join('、')}年的放假安排国家尚未公布，这一年的日期按法定节假日计算，公布后可能变动。` : '';
}

function showCase() {
  const data = new FormData(caseForm);
  const events = {};
  for (const name of EVENTS) if (data.get(name)) events[name] = String(data.get(name));
  const opts = {
    provisional: data.get('provisional') === 'on',
    publicity: { unit: String(data.get('publicityUnit')) },
  };
  if (data.get('today')) opts.today = String(data.get('today'));
  const picture = $('case-picture');
  const findings = $('case-findings');
  const steps = $('case-steps');
  picture.replaceChildren();
  findings.replaceChildren();
  steps.replaceChildren();
  let timeline;
  try {
    timeline = caseTimeline(events, opts);
    // The library draws the picture; parse it as SVG (no HTML parsing, no scripts).
    const svg = new DOMParser().parseFromString(timelineSvg(events, opts), 'image/svg+xml').documentElement;
    picture.append(document.importNode(svg, true));
  } catch (error) {
    findings.append(el('p', error.message, 'error'));
    return;
  }
  // An estimated date says so in its own cell (dueWords), so the per-date findings are not repeated.
  const shown = timeline.findings.filter((f) => f.code !== 'provisionalDate');
  if (shown.length) {
    const list = el('ul', undefined, 'findings');
    for (const f of shown) list.append(findingLine('li', f));
    findings.append(el('h3', '需要注意'), list);
  }
  if (!timeline.steps.length) {
    steps.append(el('p', '填写受理日期（或停止救助事先告知的送达日期）后显示各步骤的期限。'));
    return;
  }
  const table = el('table', undefined, 'steps stack');
  const head = table.createTHead().insertRow();
  for (const h of ['步骤', '期限', '办理日期', '状态', '依据与算法']) head.append(el('th', h));
  const body = table.createTBody();
  for (const s of timeline.steps) {
    const row = body.insertRow();
    const name = el('th', s.label);
    name.scope = 'row';
    row.append(name);
    const { due, notes } = dueWords(s, timeline.steps);
    const dueCell = row.insertCell();
    dueCell.dataset.label = '期限';
    dueCell.append(el('span', due));
    for (const note of notes) dueCell.append(el('span', note, 'due-note'));
    const done = row.insertCell();
    done.dataset.label = '办理日期';
    done.textContent = s.doneOn ?? '还没有办理';
    const status = row.insertCell();
    status.dataset.label = '状态';
    status.append(el('span', s.statusLabel, `step-status status-${s.status}`));
    const how = el('details');
    how.append(el('summary', '怎么算的'));
    const lines = el('ol');
    for (const line of s.explain) lines.append(el('li', line));
    how.append(lines, el('blockquote', s.basis));
    const howCell = row.insertCell();
    howCell.dataset.label = '依据';
    howCell.append(how);
  }
  steps.append(table);
}

const monthForm = $('month-form');
const CUTOFF_MARK = {
  systemWorkDue: '系统录入截止',
  reconciliationDays: '核对月报表',
  paymentDue: '发放到位截止',
  correctionPaymentDue: '误差修正截止',
};

function showMonth() {
  const view = $('month-view');
  view.replaceChildren();
  const [year, month] = String(new FormData(monthForm).get('month')).split('-').map(Number);
  let schedule;
  try {
    schedule = disbursementSchedule(year, month, { provisional: true });
  } catch (error) {
    view.append(el('p', error.message, 'error'));
    return;
  }
  const marks = new Map();
  for (const id of Object.keys(CUTOFF_MARK)) {
    for (const date of schedule[id].dates) marks.set(date, [...(marks.get(date) ?? []), CUTOFF_MARK[id]]);
  }
  const table = el('table', undefined, 'month');
  table.append(el('caption', `${year}年${month}月`));
  const head = table.createTHead().insertRow();
  for (const d of '一二三四五六日') head.append(el('th', `周${d}`));
  const body = table.createTBody();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  let row = body.insertRow();
  for (let i = 0; i < offset; i++) row.insertCell();
  for (let day = 1; day <= days; day++) {
    if (row.cells.length === 7) row = body.insertRow();
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const cell = row.insertCell();
    cell.append(el('span', String(day), 'day'));
    try {
      const info = dayInfo(iso, { provisional: true });
      if (info.kind === 'makeupWorkday') cell.classList.add('makeup');
      else if (!info.working) cell.classList.add(info.holidays.length ? 'holiday' : 'rest');
      // One note below the month says which dates are estimates; the cells do not repeat it.
      const label = info.provisional ? info.label.replace(/（估算）$/, '') : info.label;
      if (info.kind !== 'workday' && info.kind !== 'weekend') cell.append(el('span', label, 'kind'));
    } catch {
      cell.classList.add('unknown');
    }
    for (const mark of marks.get(iso) ?? []) cell.append(el('span', mark, 'cutoff'));
  }
  view.append(table);
  const list = el('dl', undefined, 'cutoffs');
  for (const id of Object.keys(CUTOFF_MARK)) {
    const c = schedule[id];
    list.append(el('dt', `${c.label}：${c.dates.join('、') || '无法计算'}`));
    const dd = el('dd');
    dd.append(el('p', c.explain.join('；')), el('blockquote', c.basis));
    list.append(dd);
  }
  view.append(list);
  if (schedule.earlyClosing.holidays.length) {
    const names = schedule.earlyClosing.holidays.map((h) => `${h.name}（${h.cutoffs.map((id) => CUTOFF_MARK[id]).join('、')}）`);
    view.append(el('p', `本月因${names.join('、')}提前办理。`, 'answer'), el('blockquote', schedule.earlyClosing.basis));
  }
  for (const f of schedule.findings.filter((f) => f.code !== 'provisionalDate')) {
    view.append(findingLine('p', f));
  }
  const estimate = el('p', undefined, 'estimate');
  estimateNote(schedule.findings, estimate);
  if (schedule.provisional && estimate.hidden) {
    estimate.hidden = false;
    estimate.textContent = `估算：${year}年的放假安排国家尚未公布，本月日期按法定节假日计算，公布后可能变动。`;
  }
  if (!estimate.hidden) view.append(estimate);
}

caseForm.addEventListener('input', showCase);
caseForm.addEventListener('change', showCase);
caseForm.addEventListener('submit', (event) => event.preventDefault());
monthForm.addEventListener('input', showMonth);
monthForm.addEventListener('submit', (event) => event.preventDefault());
showCase();
showMonth();
document.body.dataset.ready = 'true';
