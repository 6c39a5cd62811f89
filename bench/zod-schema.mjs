// The application model as a zod 4 schema, as a portal would write it: field rules with
// normalising transforms, category-dependent requirements and the cross-field rules in superRefine.
import { z } from 'zod';
import { checkId, clean, crossRules, fen, luhn, phoneDigits, phoneOk, realDate, today, townCode } from './rules.mjs';

const text = (max = 200) => z.string().trim().min(1, '请填写。').max(max, `不能超过${max}个字。`);
const name = text(50).refine((s) => !/[0-9０-９!-,/:-@[-`{-~]/.test(s.replace(/[.'-]/g, '')), '不能有数字或符号。');
const money = z.number({ error: '请填数字（元），没有请填0。' }).nonnegative('不能是负数。').refine(fen, '最多两位小数。');
const date = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && realDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8)), '请按“年-月-日”填写。')
  .refine((s) => s <= today, '不能晚于今天。');
const idNumber = z.string().transform((v, ctx) => {
  const c = checkId(v);
  if (c.error) {
    ctx.addIssue({ code: 'custom', message: c.error });
    return z.NEVER;
  }
  return c.normalized;
});
const phone = z.string().refine(phoneOk, '请输入11位手机号或021开头的固定电话。').transform(phoneDigits);
const ID_TYPES = ['residentId', 'residentId15', 'hkMacaoResidencePermit', 'taiwanResidencePermit', 'foreignPermanentResident'];
const income = z.object({ wages: money, business: money, property: money, transfer: money, other: money });
const member = z.object({
  name,
  idType: z.enum(ID_TYPES).optional(),
  idNumber,
  birthDate: date.optional(),
  gender: z.enum(['male', 'female']).optional(),
  relationship: z.enum(['self', 'spouse', 'child', 'parent', 'grandchild', 'grandparent', 'sibling', 'other']),
  hukou: z.enum(['local', 'other']),
  livesTogether: z.boolean().optional(),
  employment: z.enum(['employed', 'unemployed', 'retired', 'student', 'preschool', 'unableToWork']).optional(),
  disability: z.object({ category: z.enum(['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple']), grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).nullable().optional(),
  health: z.string().trim().max(200).nullable().optional(),
  monthlyIncome: income.optional(),
});
export const zodSchema = z.object({
  category: z.enum(['minimumLiving', 'lowIncomeMargin', 'rigidExpenditure', 'extremePoverty', 'temporary']),
  submittedOn: date.optional(),
  town: z.string().transform((v, ctx) => townCode(v) ?? (ctx.addIssue({ code: 'custom', message: '不是青浦区的街镇。' }), z.NEVER)),
  committee: text(),
  contact: z.object({ phone, hukouAddress: text(), residenceAddress: text() }),
  members: z.array(member).min(1, '请填写家庭成员。'),
  assets: z.object({ deposits: money, securities: money, vehicles: money, nonResidentialProperty: money }).optional(),
  expenses: z.object({ medical: money, education: money }).optional(),
  bankAccount: z.object({
    bankName: text(),
    accountNumber: z.string().transform(clean).refine((d) => /^\d{12,19}$/.test(d), '应为12至19位数字。'),
    holderName: name,
  }).optional(),
  agent: z.object({ name, idType: z.enum(ID_TYPES).optional(), idNumber, phone, kind: z.enum(['committee', 'relative', 'other']) }).nullable().optional(),
  consents: z.object({
    verificationAuthorized: z.literal(true, { error: '请勾选同意核对。' }),
    declarationTruthful: z.literal(true, { error: '请勾选如实申报承诺。' }),
  }),
}).superRefine((app, ctx) => {
  // (Runs even when fields failed, as jiuzhu's cross-field rules do: see `when` below.)
  const add = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const full = app.category !== 'temporary';
  (Array.isArray(app.members) ? app.members : []).forEach((m, i) => {
    if (!m) return;
    if (full && !m.employment) add(['members', i, 'employment'], '请填写就业情况。');
    if (full && !m.monthlyIncome) add(['members', i, 'monthlyIncome'], '请填写月收入。');
  });
  if (full && !app.assets) add(['assets'], '请填写家庭财产。');
  if (full && !app.bankAccount) add(['bankAccount'], '请填写收款银行账户。');
  if (app.category === 'rigidExpenditure' && !app.expenses) add(['expenses'], '请填写刚性支出。');
  if (typeof app.bankAccount?.accountNumber === 'string' && !luhn(app.bankAccount.accountNumber)) add(['bankAccount', 'accountNumber'], '可能有数字输错（提示）。');
  crossRules(app, add);
}, { when: () => true });

