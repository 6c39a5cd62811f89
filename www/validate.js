// The validation page: a consultant pastes or edits an application and sees what to correct, in
// form order, in plain words, with the path of each field. Every rule is in the library.
import { validateApplication } from './jiuzhu.js';

const form = document.getElementById('validate-form');
const input = document.getElementById('application');
const result = document.getElementById('validate-result');
const todayInput = document.getElementById('today');

const pad = (n) => String(n).padStart(2, '0');
const now = new Date();
todayInput.value = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

const valid = {
  category: 'minimumLiving',
  submittedOn: '2026-11-20',
  town: '赵巷镇',
  committee: '赵巷村村民委员会',
  contact: { phone: '138 1234 5678', hukouAddress: '青浦区赵巷镇赵巷村1号', residenceAddress: '青浦区赵巷镇赵巷村1号' },
  members: [
    { name: '张伟', idType: 'residentId', idNumber: '310118198003150011', relationship: 'self', hukou: 'local', livesTogether: true,
      employment: 'unemployed', disability: null, health: null, monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 300, other: 0 } },
    { name: '李娜', idType: 'residentId', idNumber: '310118198207080027', relationship: 'spouse', hukou: 'other', livesTogether: true,
      employment: 'employed', disability: null, health: null, monthlyIncome: { wages: 2100.5, business: 0, property: 0, transfer: 0, other: 0 } },
    { name: '张小明', idType: 'residentId', idNumber: '３１０１１８ ２０１００５０１ ００３３', relationship: 'child', hukou: 'local', livesTogether: true,
      employment: 'student', disability: null, health: null, monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 } },
  ],
  assets: { deposits: 5000, securities: 0, vehicles: 0, nonResidentialProperty: 0 },
  expenses: { medical: 800, education: 0 },
  bankAccount: { bankName: '中国工商银行', accountNumber: '6217 0000 1000 0000 011', holderName: '张伟' },
  agent: null,
  consents: { verificationAuthorized: true, declarationTruthful: true },
};
const invalid = structuredClone(valid);
invalid.contact.phone = '1381234567';
invalid.members[1].idNumber = '310118198207080028';
invalid.members[2].monthlyIncome.wages = -50;
invalid.members.push({ name: '王秀英', idNumber: '310118195202200065', relationship: 'parent', hukou: 'other', employment: 'retired',
  monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 1200.555, other: 0 } });
invalid.bankAccount.holderName = '赵六';
invalid.consents.declarationTruthful = false;

function line(parent, tag, text, cls) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (cls) el.className = cls;
  parent.append(el);
  return el;
}

function show() {
  const data = new FormData(form);
  const locale = String(data.get('locale'));
  const en = locale === 'en';
  result.replaceChildren();
  let app;
  try {
    app = JSON.parse(input.value);
  } catch (error) {
    line(result, 'p', (en ? 'This is not valid JSON: ' : '内容不是有效的 JSON：') + error.message, 'error');
    return;
  }
  const today = String(data.get('today') || '') || undefined;
  let report;
  try {
    report = validateApplication(app, { locale, today });
  } catch (error) {
    line(result, 'p', error.message, 'error');
    return;
  }
  const errors = report.errors.filter((e) => e.severity === 'error');
  const warnings = report.errors.filter((e) => e.severity === 'warning');
  const summary = report.valid
    ? en ? `No errors${warnings.length ? `; ${warnings.length} to double-check` : ''}.` : `没有错误${warnings.length ? `，有 ${warnings.length} 处请再核对` : ''}。`
    : en ? `${errors.length} to correct${warnings.length ? `, ${warnings.length} to double-check` : ''}:` : `有 ${errors.length} 处需要更正${warnings.length ? `，${warnings.length} 处请再核对` : ''}：`;
  line(result, 'h2', summary, report.valid ? 'answer' : '');
  if (report.errors.length) {
    const list = line(result, 'ol', '', 'findings');
    for (const e of report.errors) {
      const item = line(list, 'li', '', `finding ${e.severity}`);
      const label = e.severity === 'error' ? (en ? 'Correct: ' : '需更正：') : (en ? 'Check: ' : '请核对：');
      line(item, 'strong', label);
      line(item, 'span', e.message);
      line(item, 'code', e.path || (en ? '(the whole application)' : '（整份申请）'), 'path');
    }
  }
  const changes = Object.entries(report.normalized);
  if (changes.length) {
    line(result, 'h3', en ? 'Stored as' : '将按以下规范格式保存');
    const list = line(result, 'ul', '', 'normalized');
    for (const [path, value] of changes) {
      const item = line(list, 'li', '');
      line(item, 'code', path, 'path');
      line(item, 'span', ` → ${value}`);
    }
  }
}

const load = (app) => {
  input.value = JSON.stringify(app, null, 2);
  show();
};
form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
document.getElementById('sample-valid').addEventListener('click', () => load(valid));
document.getElementById('sample-invalid').addEventListener('click', () => load(invalid));
let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(show, 300);
});
form.addEventListener('change', (event) => event.target !== input && show());
load(invalid);
