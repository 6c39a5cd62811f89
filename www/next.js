// What happens next, for residents: the steps after acceptance with the dates the rules give,
// from the day the application was (or would be) accepted and, once posted, the publicity notice.
import { caseTimeline } from './jiuzhu.js';
import { nextSteps, showSteps } from './next-steps.js';
import { $, el, formatDate, todayFromPage } from './page.js';

const form = $('dates-form');
const today = todayFromPage();
const params = new URLSearchParams(location.search);
$('accepted-on').value = params.get('acceptedOn') || today;
$('posted-on').value = params.get('publicityPostedOn') || '';

function problem(text) {
  $('dates-error').replaceChildren(el('p', text, 'error'));
  $('next-steps').replaceChildren();
  $('steps-basis').textContent = '';
  $('steps-estimate').hidden = true;
}

function show() {
  const acceptedOn = $('accepted-on').value;
  const postedOn = $('posted-on').value;
  if (!acceptedOn) return problem('错误：请填写受理日期。');
  // The dates themselves are the library's to judge: one in the wrong order is a finding.
  const events = { acceptedOn };
  if (postedOn) events.publicityPostedOn = postedOn;
  let findings;
  try {
    findings = caseTimeline(events, { provisional: true }).findings;
  } catch (error) {
    return problem(`错误：${error.message}`);
  }
  if (findings.some((f) => f.code === 'eventOutOfOrder')) return problem('错误：公示贴出来的日期不能早于受理日期，请检查。');
  $('dates-error').replaceChildren();
  $('steps-basis').textContent = `下面的日期从 ${formatDate(acceptedOn)} 受理算起。`;
  showSteps($('next-steps'), $('steps-estimate'), nextSteps(acceptedOn, { today, publicityPostedOn: postedOn || undefined }));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
form.addEventListener('change', show);
show();
document.body.dataset.ready = 'true';
