// The resident's application form: the portal's own markup, enhanced by attachForm. After a valid
// submit, the resident sees when to expect each step.
import { attachForm, caseTimeline, timelineSvg } from './jiuzhu.js';

const params = new URLSearchParams(location.search);
// "Today" is the page's to give (the library never reads a clock); ?today= makes tests repeatable.
const today = params.get('today') ?? new Date().toLocaleDateString('sv-SE');

const form = document.getElementById('application');
const members = document.getElementById('members');
const template = document.getElementById('member-template');
let count = 0;

/** A member block from the template, its controls named by model path (members.N.field). */
function addMember(relationship) {
  const i = count++;
  const block = template.content.firstElementChild.cloneNode(true);
  block.querySelector('.member-number').textContent = String(i + 1);
  const idOf = (field) => `member-${i}-${field.replace('.', '-')}`;
  for (const control of block.querySelectorAll('[data-name]')) {
    control.name = `members.${i}.${control.dataset.name}`;
    control.id = idOf(control.dataset.name);
  }
  for (const label of block.querySelectorAll('[data-for]')) label.htmlFor = idOf(label.dataset.for);
  block.querySelector('[data-name="relationship"]').value = relationship;
  members.append(block);
  return block;
}

addMember('self');
document.getElementById('add-member').addEventListener('click', () => {
  addMember('spouse').querySelector('input').focus();
});
document.getElementById('submitted-on').value = today;

attachForm(form, { today });

// attachForm stops an invalid submit before this listener; a valid one arrives here. The demo
// sends nothing anywhere: it shows what happens next.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const events = { acceptedOn: today };
  const options = { today, provisional: true };
  const timeline = caseTimeline(events, options);
  const figure = document.getElementById('timeline');
  figure.innerHTML = timelineSvg(events, options); // drawn and escaped by the library
  const list = document.createElement('ol');
  for (const step of timeline.steps) {
    const li = document.createElement('li');
    li.textContent = `${step.label}：${step.dueOn ?? '—'}`;
    list.append(li);
  }
  figure.append(list);
  const after = document.getElementById('after-submit');
  after.hidden = false;
  document.getElementById('after-title').focus();
});
document.body.dataset.ready = 'true';
