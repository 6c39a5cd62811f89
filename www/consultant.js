// The consultant's page: one application, everything about it on one page.
import { caseTimeline, publicityNotice, requestableDocuments, timelineSvg, validateApplication } from './jiuzhu.js';

const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const sample = await (await fetch('/sample-application.json')).json();

function broken() {
  const app = structuredClone(sample);
  app.contact.phone = '1381234567';
  app.members[1].idNumber = '310118198207080028';
  app.bankAccount.holderName = '赵六';
  app.consents.verificationAuthorized = false;
  return app;
}

function show() {
  const today = $('today').value;
  const acceptedOn = $('accepted-on').value;
  let app;
  try {
    app = JSON.parse($('case-json').value);
  } catch {
    $('errors').replaceChildren(el('p', '申请内容不是有效的 JSON，请检查括号和引号。', 'error'));
    return;
  }
  const report = validateApplication(app, { today });
  const list = el('ol', undefined, 'problems');
  for (const e of report.errors) {
    const li = el('li');
    li.append(el('strong', e.severity === 'error' ? '需修改：' : '请注意：'), e.message, el('span', e.path, 'detail'));
    list.append(li);
  }
  $('errors').replaceChildren(report.errors.length ? list : el('p', '没有发现问题，可以受理。', 'answer'));

  const docs = requestableDocuments(app, { today });
  const bring = el('ul', undefined, 'checklist');
  for (const r of docs.request) bring.append(el('li', `${r.name}${r.path ? `（${r.path}）` : ''}：${r.reason}`));
  $('documents').replaceChildren(el('h3', '需要申请人提交'), bring, el('h3', '无需提交'), el('p', docs.notice, 'notice-ok'));

  try {
    const events = { acceptedOn };
    const timeline = caseTimeline(events, { today, provisional: true });
    const svg = timelineSvg(events, { today, provisional: true });
    const box = el('div', undefined, 'timeline-figure');
    box.innerHTML = svg; // drawn and escaped by the library
    const steps = el('ul');
    for (const s of timeline.steps) steps.append(el('li', `${s.label}：${s.dueOn ?? '—'}（${s.statusLabel}）`));
    $('timeline').replaceChildren(box, steps);
  } catch (error) {
    $('timeline').replaceChildren(el('p', error.message, 'error'));
  }

  try {
    const notice = publicityNotice(app, { postedOn: today, monthlyAmount: 1510, supervisionPhone: '021-59730000' });
    const preview = el('div', undefined, 'publicity-preview');
    preview.innerHTML = notice.html; // every value escaped by the library
    $('publicity').replaceChildren(preview, el('p', `未公示的信息：${notice.withheld.length} 项（身份证号、电话、地址、收入、财产、健康状况、其他成员姓名等）。`, 'detail'));
  } catch (error) {
    $('publicity').replaceChildren(el('p', error.message, 'error'));
  }
}

$('case-form').addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
$('load-sample').addEventListener('click', () => {
  $('case-json').value = JSON.stringify(sample, null, 2);
  show();
});
$('load-broken').addEventListener('click', () => {
  $('case-json').value = JSON.stringify(broken(), null, 2);
  show();
});
$('case-json').value = JSON.stringify(broken(), null, 2);
show();
document.body.dataset.ready = 'true';
