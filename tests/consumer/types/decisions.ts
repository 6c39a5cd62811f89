// A TypeScript consumer of the decisions after intake: compiles only if the declarations are real.
import {
  attachForm,
  caseRoles,
  checkCaseRecord,
  checkNotice,
  decisionNotice,
  loadCaseRoles,
  loadNoticeWording,
  noticeWording,
  validatePaymentArrangement,
  type CaseRecord,
  type DecisionNotice,
  type DecisionReport,
  type ErrorCode,
  type FormBinding,
  type NoticeCheck,
  type NoticeDraft,
  type PaymentArrangement,
} from 'jiuzhu';

const notice: DecisionNotice = decisionNotice('refusal', { application: { category: 'minimumLiving' }, reasons: '收入超标' }, { today: '2026-03-10' });
const html: string = notice.html;
const provision: string | undefined = notice.sentences[0].provision?.name;
const lastDay: string | undefined = notice.defenceWindow?.lastDay;
const draft: NoticeDraft = { issuer: '青浦区赵巷镇人民政府', remedies: { reconsideration: { body: '青浦区人民政府', days: 60 } } };
const check: NoticeCheck = checkNotice('stop', draft, { locale: 'en' });
const label: string = check.errors[0].label;
const arrangement: PaymentArrangement = { method: 'proxy', request: { written: true, by: 'householdHead', reason: 'health' } };
const paid: DecisionReport = validatePaymentArrangement(arrangement);
const record: CaseRecord = { actions: [{ action: 'approved', on: '2026-03-26', by: { role: 'deputyHead', person: '赵刚' } }] };
const kept: boolean = checkCaseRecord(record, { today: null }).valid;
const kinds: number = loadNoticeWording(noticeWording());
const actions: number = loadCaseRoles(caseRoles());
const code: ErrorCode = 'stopInsideDefenceWindow';
declare const form: HTMLFormElement;
const binding: FormBinding<DecisionReport> = attachForm(form, { check: 'paymentArrangement', onValid: (r: DecisionReport) => r.valid });

// @ts-expect-error: five kinds of notice
decisionNotice('warning', {});
// @ts-expect-error: the methods are a closed set
const cash: PaymentArrangement = { method: 'cash' };
// @ts-expect-error: a payment form's report has no normalized values
binding.validate()?.normalized;

export { html, provision, lastDay, label, paid, kept, kinds, actions, code, cash };
