// The calendar page: what kind of day a date is, and the N-th working day after it.
import { addWorkingDays, calendarCoverage, dayInfo } from './jiuzhu.js';

const form = document.getElementById('calendar-form');
const result = document.getElementById('calendar-result');
const weekday = (iso) => '星期' + '日一二三四五六'[new Date(`${iso}T00:00:00`).getDay()];

function show() {
  const data = new FormData(form);
  const date = String(data.get('date'));
  const n = Number(data.get('n'));
  const opts = { provisional: data.get('provisional') === 'on' };
  result.replaceChildren();
  const line = (text, cls) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (cls) p.className = cls;
    result.append(p);
  };
  try {
    const info = dayInfo(date, opts);
    line(`${date}（${weekday(date)}）：${info.working ? '工作日' : '休息日'}，${info.label}`);
    const due = addWorkingDays(date, n, opts);
    const dueInfo = dayInfo(due, opts);
    line(`${date} 之后第 ${n} 个工作日是 ${due}（${weekday(due)}，${dueInfo.label}）。`, 'answer');
    if (dueInfo.provisional || info.provisional) line('提示：该年节假日安排尚未公布，以上为估算结果，仅供参考。', 'warning');
  } catch (error) {
    line(error.message, 'error');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
const coverage = calendarCoverage();
document.getElementById('coverage').textContent = `已载入 ${coverage.from} 至 ${coverage.to} 的节假日安排。`;
show();
