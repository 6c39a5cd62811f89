// Findings and a publicity draft in the staff pages' words, shared by the consultant's workbench,
// the case page and the publicity page. Which finding blocks is the library's to say
// (blocksSubmit); whether a notice may be posted is publicityNotice's `missing`.
import { blocksSubmit, labelFor } from './jiuzhu.js';
import { el } from './page.js';

const blocks = (finding) => blocksSubmit(finding);

/** "2 处需要修改，1 处请核对", or '' for no findings. */
export function countWords(findings) {
  const blocking = findings.filter(blocks).length;
  const others = findings.length - blocking;
  return [blocking ? `${blocking} 处需要修改` : '', others ? `${others} 处请核对` : ''].filter(Boolean).join('，');
}

/** A finding's kind as a tag: one that blocks needs changing, another wants checking. */
export const kindTag = (finding) => el('span', blocks(finding) ? '需要修改' : '请核对', `kind-tag ${finding.severity}`);

/**
 * Why a publicity notice cannot be drafted yet ([] when it can): the application still has
 * findings that block, or the office has not set the monthly amount (the page has none of its own).
 */
export function publicityBlockers(report, amount) {
  const why = [];
  if (!report.valid) why.push(`申请还有 ${report.errors.filter(blocks).length} 处需要修改，改好后才能起草公示。`);
  if (!amount) why.push('请填写街镇核定的月救助金额。');
  return why;
}

// The facts of a notice that are no field of the application.
const NOTICE_FACTS = { name: '申请人姓名', householdSize: '家庭人数' };

/** The required facts a notice lacks (publicityNotice's `missing`), in words. */
export const missingWords = (missing) => missing.map((key) => NOTICE_FACTS[key] ?? labelFor(key)).join('、');
