// What happens after an application, in the resident's words: the steps with the dates the rules
// give (caseTimeline: 青民〔2022〕21号 and the published holidays) and the documents to bring. The
// words are the portal's; every date and every number of days is the library's. Estimated dates
// are marked as such.
import { caseTimeline, disbursementSchedule } from './jiuzhu.js';
import { el, formatDate } from './page.js';

// The dates these steps show are written by formatDate; it is exported here too for the pages and
// tests that show steps.
export { formatDate };

/**
 * The steps after acceptance on `acceptedOn` (and, when known, the day the publicity notice was
 * posted): [{ step, when, what, estimate, late }] and the years whose dates are estimates.
 */
export function nextSteps(acceptedOn, { today, publicityPostedOn } = {}) {
  const events = { acceptedOn };
  if (publicityPostedOn) events.publicityPostedOn = publicityPostedOn;
  const timeline = caseTimeline(events, { today, provisional: true });
  const years = new Set();
  const out = [];
  for (const s of timeline.steps) {
    if (s.procedure !== 'application') continue;
    const days = s.rule.workingDays ?? s.rule.calendarDays;
    const unit = s.rule.workingDays !== undefined ? '个工作日' : '天';
    const date = s.dueOn ? formatDate(s.dueOn) : null;
    let when;
    let what;
    switch (s.step) {
      case 'verificationEntrusted':
        when = date ? `最迟 ${date}` : `受理后 ${days} ${unit}内`;
        what = '工作人员委托核对机构，核对您家的收入和财产。';
        break;
      case 'verificationCompleted':
        when = date ? `最迟 ${date}` : `开始核对后 ${days} ${unit}内`;
        what = '核对完成。需要进一步了解情况的，工作人员可能上门看看，或向邻居、村（居）委会了解。';
        break;
      case 'publicityEnds':
        when = date ? `公示到 ${date} 结束` : '核对以后，日期由街镇安排';
        what = `如果初审认为符合条件，会在您所在村（居）委会的公开栏公示 ${days} 天。公示上不写身份证号、电话、地址和收入。`;
        break;
      case 'decision':
        when = date ? `最迟 ${date}` : `公示结束后 ${days} ${unit}内`;
        what = '街镇作出决定，书面通知您。不批准的，通知书会写明理由和依据。';
        break;
      default:
        when = date ?? '';
        what = s.label;
    }
    if (s.provisional) {
      when += '（估算）';
      years.add(s.dueOn.slice(0, 4));
    }
    out.push({ step: s.step, when, what, estimate: s.provisional, late: s.status === 'overdue' });
  }
  const month = Number(acceptedOn.slice(5, 7));
  const payday = disbursementSchedule(Number(acceptedOn.slice(0, 4)), month, { provisional: true }).paymentDue.rule.day;
  out.push({ step: 'payment', when: '批准以后', what: `救助金按月打到您填写的银行账户，每月 ${payday} 日前到账。`, estimate: false, late: false });
  return { steps: out, years: [...years].sort() };
}

/** A document to bring (requestableDocuments' `request`), in the resident's words. */
export const documentLine = (d) => `${d.name}：${d.reason}${d.verified ? '' : '（是否需要，以受理中心的要求为准）'}`;

/** Shows `nextSteps` in an <ol class="steps"> and the estimate note (a <p>, hidden when none). */
export function showSteps(list, note, result) {
  list.replaceChildren();
  for (const s of result.steps) {
    const li = el('li');
    li.dataset.step = s.step;
    if (s.estimate) li.dataset.estimate = 'true';
    li.append(el('strong', s.when, 'when'), el('span', s.what, 'what'));
    if (s.late) li.append(el('span', '这个日期已经过了。如果还没有消息，可以打电话问街镇社区事务受理服务中心。', 'what warning'));
    list.append(li);
  }
  note.hidden = result.years.length === 0;
  note.textContent = result.years.length
    ? `标“估算”的日期在${result.years.join('、')}年：国家还没有公布这一年的放假安排，日期按法定节假日估算，可能会有变化。`
    : '';
}
