// The documents page: what a sample applicant brings and what the office obtains itself, and a
// form-definition checker for portal developers.
import { lintFormDefinition, requestableDocuments } from './jiuzhu.js';

const sampleApplication = {
  category: 'rigidExpenditure',
  submittedOn: '2026-11-20',
  members: [
    { name: '张三', idType: 'residentId', idNumber: '310118198001010012', relationship: 'self', hukou: 'local' },
    { name: '王芳', idType: 'residentId', idNumber: '310118198202020024', relationship: 'spouse', hukou: 'local' },
    { name: '张小明', idType: 'residentId', idNumber: '310118201005060019', relationship: 'child', hukou: 'local', employment: 'student' },
  ],
  expenses: { medical: 18600, education: 0 },
  agent: { name: '李四', kind: 'relative' },
};

const sampleForm = {
  id: 'town-portal-2023',
  category: 'rigidExpenditure',
  documents: [
    { kind: 'applicationForm', label: '申请表', required: true },
    { label: '户口本首页及本人页复印件', required: true },
    { label: '身份证复印件（正反面）', required: true },
    { kind: 'other', label: '房产证', required: false },
    { label: '家庭经济状况声明', required: true },
    { label: '医疗费用发票', required: false },
  ],
};

const item = (text, detail) => {
  const li = document.createElement('li');
  li.textContent = text;
  if (detail) {
    const small = document.createElement('span');
    small.className = 'detail';
    small.textContent = detail;
    li.append(small);
  }
  return li;
};

function showChecklist() {
  const r = requestableDocuments(sampleApplication);
  document.getElementById('request-list').replaceChildren(
    ...r.request.map((d) => item(d.name, `${d.reason}${d.verified ? '' : '（待核实）'}`)),
  );
  document.getElementById('office-notice').textContent = r.notice;
  document.getElementById('office-list').replaceChildren(
    ...r.obtainedByOffice.map((d) => item(d.name, `${d.source}${d.authorizationRequired ? '，凭核对授权书' : ''}`)),
  );
}

const form = document.getElementById('lint-form');
const textarea = document.getElementById('definition');
const result = document.getElementById('lint-result');

function lint() {
  const locale = new FormData(form).get('locale');
  const line = (text, cls) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (cls) p.className = cls;
    return p;
  };
  let def;
  try {
    def = JSON.parse(textarea.value);
  } catch (error) {
    result.replaceChildren(line(`不是有效的 JSON：${error.message}`, 'error'));
    return;
  }
  const found = lintFormDefinition(def, { locale });
  if (found.length === 0) {
    result.replaceChildren(line('没有发现问题：表单没有要求可共享获取的材料。', 'answer'));
    return;
  }
  const list = document.createElement('ol');
  list.className = 'violations';
  for (const v of found) list.append(item(v.message, `${v.code} · ${v.path}`));
  result.replaceChildren(line(`发现 ${found.length} 个问题：`, 'answer'), list);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  lint();
});
textarea.value = JSON.stringify(sampleForm, null, 2);
showChecklist();
lint();
