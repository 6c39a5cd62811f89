// The due date of a timeline step in the office's words, for the staff pages (deadlines, the case
// page and the consultant's workbench): "最迟 2026年12月1日（星期二）", with what the two kinds of
// uncertain date mean said in words, once, instead of bare "（推算）（估算）" marks.
import { formatDate } from './page.js';

/** The events of a case, as the deadlines page's form names them. */
export const EVENT_WORDS = {
  acceptedOn: '受理申请',
  verificationEntrustedOn: '委托经济状况核对',
  verificationCompletedOn: '核对完成',
  publicityPostedOn: '张贴公示',
  decidedOn: '审核确认',
  stopNoticeServedOn: '送达停止救助事先告知',
  stopDecidedOn: '发放正式停止救助通知书',
};

/**
 * { due, notes }: the due date in words (or why there is none yet) and the notes on it: projected
 * (counted from an earlier step's latest date) and estimated (a year whose holidays are not
 * published).
 */
export function dueWords(step, steps) {
  const notes = [];
  if (step.projected) notes.push('前一步还没有办理，按它的最迟日期推算');
  if (step.provisional) notes.push(`估算：${step.dueOn.slice(0, 4)}年的放假安排尚未公布，按法定节假日计算`);
  if (step.dueOn) {
    const word = step.kind === 'notBefore' ? '不早于' : step.kind === 'period' ? '届满于' : '最迟';
    return { due: `${word} ${formatDate(step.dueOn)}`, notes };
  }
  const after = steps.find((s) => s.step === step.rule.after)?.label ?? EVENT_WORDS[step.rule.after] ?? step.rule.after;
  return { due: `暂时算不出：要先有“${after}”的日期`, notes };
}

/** A step in one line: "委托核对：最迟 2026年12月1日（星期二）（…）。未到期。" */
export function stepLine(step, steps) {
  const { due, notes } = dueWords(step, steps);
  return `${step.label}：${due}${notes.length ? `（${notes.join('；')}）` : ''}。${step.statusLabel}。`;
}
