// The developer's page: the form-definition linter, live.
import { lintFormDefinition } from './jiuzhu.js';

const sample = {
  id: 'zhaoxiang-minimum-living',
  category: 'minimumLiving',
  documents: [
    { kind: 'applicationForm', label: '社会救助申请表', required: true },
    { label: '户口本复印件（首页及本人页）', required: true },
    { label: '房产证', required: false },
    { kind: 'incomeDeclaration', label: '家庭收入和财产申报表', required: true },
  ],
};
const area = document.getElementById('definition');
const result = document.getElementById('lint-result');
area.value = JSON.stringify(sample, null, 2);

function check() {
  let definition;
  try {
    definition = JSON.parse(area.value);
  } catch {
    result.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', textContent: '不是有效的 JSON。' }));
    return;
  }
  const violations = lintFormDefinition(definition);
  const list = document.createElement('ol');
  list.className = 'violations';
  for (const v of violations) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `${v.code} · ${v.path}`;
    li.append(code, document.createElement('br'), v.message);
    list.append(li);
  }
  const heading = document.createElement('p');
  heading.className = violations.length ? 'error' : 'answer';
  heading.textContent = violations.length ? `发现 ${violations.length} 个问题` : '没有问题。';
  result.replaceChildren(heading, list);
}

document.getElementById('lint-form').addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});
check();
document.body.dataset.ready = 'true';
