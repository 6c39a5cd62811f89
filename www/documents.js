// What a household brings, for residents: a few questions (no names, no numbers) make a sketch of
// the household, and the library says what may be asked for and what the office looks up itself
// (requestableDocuments). The people in the sketch are named by who they are to the resident, so
// the library's reasons read "您的配偶已成年，须本人签署".
import { requestableDocuments } from './jiuzhu.js';
import { documentLine } from './next-steps.js';
import { $, el, todayFromPage } from './page.js';

const form = $('household-form');
const result = $('result');
const today = todayFromPage();
const year = Number(today.slice(0, 4));

const count = (value, min, max) => {
  const n = Number(value);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : min;
};

/** The household the answers describe, in the library's application model. */
function sketch(data) {
  const yes = (name) => data.get(name) === 'yes';
  const adults = count(data.get('adults'), 1, 20);
  const minors = count(data.get('minors'), 0, 20);
  const person = (name, relationship, age) => ({
    name,
    relationship,
    birthDate: `${year - age}-01-01`,
    hukou: 'local',
    employment: age < 18 ? 'preschool' : 'unemployed',
    disability: null,
    monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 },
  });
  const members = [person('您本人', 'self', 45)];
  for (let k = 2; k <= adults; k++) {
    members.push(k === 2 && yes('spouse') ? person('您的配偶', 'spouse', 45) : person(`第${k}位成年家庭成员`, 'other', 45));
  }
  for (let k = 1; k <= minors; k++) members.push(person(minors === 1 ? '孩子' : `第${k}个孩子`, 'child', 10));
  const others = members.slice(1);
  if (yes('student')) (members.find((m) => m.relationship === 'child') ?? others[0] ?? members[0]).employment = 'student';
  if (yes('disability')) members[0].disability = { category: 'physical', grade: 3 };
  if (yes('nonlocal')) (others[0] ?? members[0]).hukou = 'other';
  if (yes('oddJobs')) members[0].monthlyIncome.other = 1;
  return {
    category: String(data.get('category') ?? 'minimumLiving'),
    submittedOn: today,
    contact: { hukouAddress: '户籍地址', residenceAddress: yes('elsewhere') ? '另一处地址' : '户籍地址' },
    members,
    expenses: { medical: yes('medical') ? 1 : 0, education: 0 },
    agent: yes('agent') ? { name: '代办人', kind: 'relative' } : null,
  };
}

function show() {
  const docs = requestableDocuments(sketch(new FormData(form)), { today });
  $('request-list').replaceChildren(
    ...docs.request.map((d) => el('li', documentLine(d))),
  );
  const authorised = docs.obtainedByOffice.filter((d) => d.authorizationRequired).map((d) => d.name);
  $('authorized-note').textContent = authorised.length ? `（其中${authorised.join('、')}，凭您签的核对授权书查询）` : '';
  $('office-list').replaceChildren(...docs.obtainedByOffice.map((d) => el('li', d.name)));
  result.hidden = false;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
  $('result-title').focus();
});
form.addEventListener('change', () => {
  if (!result.hidden) show();
});
show();
document.body.dataset.ready = 'true';
