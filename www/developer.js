// The developer's showcase: the document kinds of the catalogue, the form-definition linter and the
// application validator, live, with codes and paths (a developer's words) beside labelFor's names.
import { documentCatalog, labelFor, lintFormDefinition, validateApplication } from './jiuzhu.js';
import { at } from './household.js';
import { $, el, todayFromPage } from './page.js';


// The catalogue: what a form definition's `kind` may name.
const APPLIES = {
  always: '每份申请', adultMember: '每位成年成员', agent: '有代理人时', medicalExpense: '有医疗支出时',
  unregisteredIncome: '有无登记收入的成员', spouse: '有配偶时', disability: '有残疾成员时', minor: '有未成年成员时',
  nonLocalHukou: '有外省市户籍成员时', student: '有在校学生时', residenceElsewhere: '人户分离时', none: '不向申请人要',
};
const kinds = documentCatalog();
$('kind-count').textContent = String(kinds.length);
$('kinds').replaceChildren(
  ...kinds.map((k) => {
    const li = el('li');
    const where = k.obtainableBySharing ? `可通过信息共享获取（${k.holder?.zh ?? '有关部门'}）：不得要求申请人提交` : `向申请人收取：${APPLIES[k.appliesTo] ?? k.appliesTo}`;
    li.append(el('code', k.id), ` ${k.name.zh}`, el('span', `${where}${k.verified ? '' : '；此项尚未核实'}`, 'detail'));
    return li;
  }),
);

// The form-definition linter.
const lintSample = {
  id: 'zhaoxiang-minimum-living',
  category: 'minimumLiving',
  documents: [
    { kind: 'applicationForm', label: '社会救助申请表', required: true },
    { label: '户口本复印件（首页及本人页）', required: true },
    { label: '房产证', required: false },
    { kind: 'incomeDeclaration', label: '家庭收入和财产申报表', required: true },
  ],
};
$('definition').value = JSON.stringify(lintSample, null, 2);

function lint() {
  const locale = $('lint-locale').value;
  const en = locale === 'en';
  const result = $('lint-result');
  let definition;
  try {
    definition = JSON.parse($('definition').value);
  } catch (error) {
    result.replaceChildren(el('p', en ? `Error: not valid JSON (${error.message}).` : `错误：不是有效的 JSON（${error.message}）。`, 'error'));
    return;
  }
  const violations = lintFormDefinition(definition, { locale });
  const heading = el('h3', violations.length ? (en ? `${violations.length} problems found` : `发现 ${violations.length} 个问题`) : en ? 'No problems found.' : '没有发现问题。');
  const list = el('ol', undefined, 'findings');
  for (const v of violations) {
    const li = el('li');
    li.dataset.code = v.code;
    // A member the definition lacks is named as missing (the library says only what it expected).
    const absent = v.code === 'invalidFormDefinition' && v.path && at(definition, v.path) === undefined;
    const lacking = absent ? (en ? ` (missing: “${v.path}” is required)` : `（缺少“${v.path}”这一项）`) : '';
    li.append(el('code', `${v.code} · ${v.path || '(root)'}`, 'path'), el('br'), `${v.message}${lacking}`);
    list.append(li);
  }
  result.replaceChildren(heading, ...(violations.length ? [list] : []));
}
$('lint-form').addEventListener('submit', (event) => {
  event.preventDefault();
  lint();
});
$('lint-locale').addEventListener('change', lint);
lint();

// The application validator: every finding's code, path and field name.
$('validate-today').value = todayFromPage();
const sample = await (await fetch('/sample-application.json')).json();
sample.contact.phone = '1381234567';
sample.members[1].idNumber = '310118198207080028';
sample.members[2].idNumber = '３１０１１８ ２０１００５０１ ００３３';
$('application-json').value = JSON.stringify(sample, null, 2);

function check() {
  const locale = $('validate-locale').value;
  const en = locale === 'en';
  const result = $('validate-result');
  // Whatever the outcome, the previous report goes: it described other input.
  result.replaceChildren();
  let app;
  try {
    app = JSON.parse($('application-json').value);
  } catch (error) {
    result.append(el('p', en ? `Error: not valid JSON (${error.message}). Nothing was checked.` : `错误：不是有效的 JSON（${error.message}），没有检查。`, 'error'));
    return;
  }
  let report;
  try {
    report = validateApplication(app, { locale, today: $('validate-today').value || undefined });
  } catch (error) {
    result.append(el('p', `${en ? 'Error' : '错误'}：${error.message}`, 'error'));
    return;
  }
  result.append(el('h3', report.valid ? (en ? 'valid: true' : 'valid: true（没有错误）') : en ? 'valid: false' : 'valid: false（有错误）'));
  const list = el('ol', undefined, 'findings');
  for (const e of report.errors) {
    const li = el('li');
    li.dataset.path = e.path;
    li.append(el('code', `${e.severity} · ${e.code} · ${e.path || '(root)'}`, 'path'), el('br'), el('strong', e.path ? labelFor(e.path, { locale }) : en ? 'the application' : '整份申请'), `：${e.message}`);
    list.append(li);
  }
  if (report.errors.length) result.append(list);
  const changes = Object.entries(report.normalized);
  if (changes.length) {
    result.append(el('h4', 'normalized'));
    const normalized = el('ul', undefined, 'checklist');
    for (const [path, value] of changes) {
      const li = el('li');
      li.append(el('code', path, 'path'), ` → ${value}`);
      normalized.append(li);
    }
    result.append(normalized);
  }
}
$('validate-form').addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});
$('validate-locale').addEventListener('change', check);
check();
document.body.dataset.ready = 'true';
