// The working-day calculator (staff): what kind of day a date is, and the n-th working day after
// (or, for a negative n, before) it. An empty or fractional count is refused, not taken as 0.
import { addWorkingDays, calendarCoverage, dayInfo } from './jiuzhu.js';
import { $, el, formatDate } from './page.js';

const form = $('calendar-form');
const result = $('calendar-result');

/** The day in words: its label, and whether offices work, unless the label says so already. */
function describe(info) {
  if (/工作日|上班/.test(info.label)) return info.label;
  return `${info.label}，${info.working ? '上班' : '休息'}`;
}

function show() {
  const data = new FormData(form);
  const date = String(data.get('date') ?? '');
  const count = String(data.get('n') ?? '').trim();
  const opts = { provisional: data.get('provisional') === 'on' };
  result.replaceChildren();
  const line = (text, cls) => result.append(el('p', text, cls));
  if (!date) return line('错误：请填写日期。', 'error');
  const n = Number(count);
  if (!count || !Number.isInteger(n) || n === 0) return line('错误：请填写要数的工作日个数，是不为 0 的整数（往前数填负数）。', 'error');
  try {
    const info = dayInfo(date, opts);
    line(`${formatDate(date)}：${describe(info)}。`);
    const due = addWorkingDays(date, n, opts);
    const dueInfo = dayInfo(due, opts);
    const direction = n > 0 ? `往后数第 ${n} 个工作日` : `往前数第 ${-n} 个工作日`;
    line(`${direction}是 ${formatDate(due)}：${describe(dueInfo)}。`, 'answer');
    if (dueInfo.provisional || info.provisional) line('估算：该年的放假安排尚未公布，按法定节假日计算，公布后可能变动。', 'estimate');
  } catch (error) {
    line(`错误：${error.message}`, 'error');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
const coverage = calendarCoverage();
$('coverage').textContent = `已载入 ${coverage.from} 至 ${coverage.to} 的放假安排。`;
show();
document.body.dataset.ready = 'true';
