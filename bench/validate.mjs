// Application validation side by side, timed in the same run: jiuzhu (Rust/wasm) against an honest
// zod 4 schema and an ajv 8 schema (custom keywords for the ID, phone and card checks) enforcing the
// same rules, on the same applications (5 members; one valid, one with five errors). Prints
// operations per second and the ratios. Not a test: nothing here asserts timings.
//
// jiuzhu is the Node build (compiled for speed); the roster is timed with the web build too
// (compiled for size, what browsers load), run here in Node's engine.
//
//   bash scripts/build.sh && node bench/validate.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const jiuzhu = require('../dist/node/index.js');
const web = await import('../dist/web/api.js');
await web.default({ module_or_path: readFileSync(new URL('../dist/web/jiuzhu_bg.wasm', import.meta.url)) });

// ---------------------------------------------------------------------------------------------
// The applications.
const valid = {
  category: 'minimumLiving',
  submittedOn: '2026-11-20',
  town: '310118105',
  committee: '赵巷村村民委员会',
  contact: { phone: '13812345678', hukouAddress: '青浦区赵巷镇赵巷村1号', residenceAddress: '青浦区赵巷镇赵巷村1号' },
  members: [
    { name: '张伟', idType: 'residentId', idNumber: '310118198003150011', relationship: 'self', hukou: 'local', livesTogether: true,
      employment: 'unemployed', disability: null, health: null, birthDate: '1980-03-15', gender: 'male',
      monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 300, other: 0 } },
    { name: '李娜', idType: 'residentId', idNumber: '310118198207080027', relationship: 'spouse', hukou: 'other', livesTogether: true,
      employment: 'employed', disability: null, health: null, monthlyIncome: { wages: 2100.5, business: 0, property: 0, transfer: 0, other: 0 } },
    { name: '张小明', idType: 'residentId', idNumber: '310118201005010033', relationship: 'child', hukou: 'local', livesTogether: true,
      employment: 'student', disability: null, health: null, monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 } },
    { name: '张小红', idType: 'residentId', idNumber: '310118201509120041', relationship: 'child', hukou: 'local', livesTogether: true,
      employment: 'student', disability: { category: 'intellectual', grade: 2 }, health: '癫痫',
      monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 } },
    { name: '王秀英', idType: 'residentId', idNumber: '310118195202200065', relationship: 'parent', hukou: 'local', livesTogether: true,
      employment: 'retired', disability: null, health: null, monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 1200, other: 0 } },
  ],
  assets: { deposits: 5000, securities: 0, vehicles: 0, nonResidentialProperty: 0 },
  expenses: { medical: 800, education: 0 },
  bankAccount: { bankName: '中国工商银行', accountNumber: '6217000010000000011', holderName: '张伟' },
  agent: null,
  consents: { verificationAuthorized: true, declarationTruthful: true },
};
const invalid = structuredClone(valid);
invalid.contact.phone = '1381234567'; // 10 digits
invalid.members[1].idNumber = '310118198207080028'; // check character
invalid.members[4].monthlyIncome.transfer = -1200; // negative
invalid.bankAccount.holderName = '赵六'; // not a member
invalid.consents.declarationTruthful = false; // consent
const today = '2026-11-25';

// ---------------------------------------------------------------------------------------------
// The same rules in JavaScript, for zod and ajv.
const TOWNS = new Map([
  ['310118001', '夏阳街道'], ['310118002', '盈浦街道'], ['310118003', '香花桥街道'], ['310118102', '朱家角镇'],
  ['310118103', '练塘镇'], ['310118104', '金泽镇'], ['310118105', '赵巷镇'], ['310118106', '徐泾镇'],
  ['310118107', '华新镇'], ['310118109', '重固镇'], ['310118110', '白鹤镇'],
]);
const townCode = (v) => (TOWNS.has(v.trim()) ? v.trim() : [...TOWNS].find(([, n]) => n === v.trim())?.[0]);
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71]);
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const clean = (s) =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u2010-\u2015\u2212\uFE58\uFE63-]/g, '')
    .replace(/\u00D7/g, 'X')
    .toUpperCase();
const checkChar = (s17) => '10X98765432'[[...s17].reduce((sum, d, i) => sum + Number(d) * W[i], 0) % 11];
const realDate = (y, m, d) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1880 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** { error, type, normalized, birthDate, gender } */
function checkId(value) {
  const n = clean(value);
  if (/^\d{17}[\dX]$/.test(n)) {
    const type = /^8[12]0000/.test(n) ? 'hkMacaoResidencePermit' : n.startsWith('830000') ? 'taiwanResidencePermit' : n[0] === '9' ? 'foreignPermanentResident' : 'residentId';
    const region = type === 'residentId' ? n.slice(0, 2) : type === 'foreignPermanentResident' ? n.slice(1, 3) : '11';
    if (!PROVINCES.has(Number(region))) return { error: '证件号码开头不是有效地区代码，请核对。' };
    const [y, m, d] = [+n.slice(6, 10), +n.slice(10, 12), +n.slice(12, 14)];
    if (!realDate(y, m, d) || iso(y, m, d) > today) return { error: '证件号码中的出生日期有误，请核对。' };
    if (checkChar(n.slice(0, 17)) !== n[17]) return { error: '证件号码有误，可能输错或颠倒了数字，请逐位核对。' };
    return { type, normalized: n, birthDate: iso(y, m, d), gender: +n[16] % 2 ? 'male' : 'female' };
  }
  if (/^\d{15}$/.test(n)) {
    const [y, m, d] = [1900 + +n.slice(6, 8), +n.slice(8, 10), +n.slice(10, 12)];
    if (!PROVINCES.has(Number(n.slice(0, 2))) || !realDate(y, m, d)) return { error: '证件号码有误，请核对。' };
    const s17 = n.slice(0, 6) + '19' + n.slice(6);
    return { type: 'residentId15', normalized: s17 + checkChar(s17), birthDate: iso(y, m, d), gender: +n[14] % 2 ? 'male' : 'female' };
  }
  if (/^[A-Z]{3}\d{12}$/.test(n)) return { type: 'foreignPermanentResident', normalized: n };
  return { error: '请输入18位身份证号码，最后一位可能是X。' };
}
const phoneDigits = (v) => clean(v).replace(/[()（）]/g, '').replace(/^(\+86|0086)/, '');
const MOBILE = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const phoneOk = (v) => {
  const d = phoneDigits(v);
  return MOBILE.test(d) || /^021[2-9]\d{7}$/.test(d) || /^[2-9]\d{7}$/.test(d);
};
const luhn = (d) => [...d].reverse().reduce((s, c, i) => s + (i % 2 ? ((2 * c) > 9 ? 2 * c - 9 : 2 * c) : +c), 0) % 10 === 0;
const fen = (n) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 + Math.abs(n * 100) * 4 * Number.EPSILON;
const ageOn = (born, on) => {
  if (!born || !on) return undefined;
  const [by, bm, bd] = born.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};
const sameName = (a, b) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

/** The cross-field rules, reporting `add(path, message)`; shared by zod and ajv. */
function crossRules(app, add) {
  const ms = Array.isArray(app.members) ? app.members : [];
  const ids = ms.map((m) => (typeof m?.idNumber === 'string' ? checkId(m.idNumber) : {}));
  const born = ms.map((m, i) => ids[i].birthDate ?? m?.birthDate);
  let selves = 0;
  let spouses = 0;
  ms.forEach((m, i) => {
    if (m?.relationship === 'self' && ++selves > 1) add(['members', i, 'relationship'], '只能有一位“本人”。');
    if (m?.relationship === 'spouse' && ++spouses > 1) add(['members', i, 'relationship'], '只能有一位配偶。');
  });
  if (ms.length && !selves && ms.every((m) => m?.relationship)) add(['members'], '家庭成员中没有“本人”。');
  ids.forEach((c, j) => {
    const i = ids.findIndex((o) => o.normalized && o.normalized === c.normalized);
    if (c.normalized && i < j) add(['members', j, 'idNumber'], `与第${i + 1}位成员相同。`);
    const m = ms[j];
    if (c.birthDate && m?.birthDate && m.birthDate !== c.birthDate) add(['members', j, 'birthDate'], '出生日期与证件号码不一致。');
    if (c.gender && m?.gender && m.gender !== c.gender) add(['members', j, 'gender'], '性别与证件号码不一致。');
    const t = m?.idType ?? c.type;
    if (t && !t.startsWith('residentId') && m?.hukou === 'local') add(['members', j, 'hukou'], '居住证持有人没有本市户籍。');
  });
  const a = ms.findIndex((m) => m?.relationship === 'self');
  const on = app.submittedOn ?? today;
  if (a >= 0) {
    ms.forEach((m, i) => {
      const rel = m?.relationship;
      if ((rel === 'child' || rel === 'grandchild') && born[i] && born[a] && born[i] <= born[a]) add(['members', i, 'relationship'], '子女应比申请人小。');
      if ((rel === 'parent' || rel === 'grandparent') && born[i] && born[a] && born[i] >= born[a]) add(['members', i, 'relationship'], '父母应比申请人大。');
    });
    if (app.category && app.category !== 'temporary') {
      const local = (rel, except) => ms.some((m, i) => i !== except && m?.relationship === rel && m?.hukou === 'local');
      ms.forEach((m, i) => {
        if (m?.hukou !== 'other') return;
        const rel = m.relationship;
        if (rel === 'self') return add(['members', i, 'hukou'], '申请人须为本市户籍。');
        if ((rel === 'spouse' || rel === 'child') && (local('self', i) || (rel === 'child' && local('spouse', i)))) {
          if (m.livesTogether === false) add(['members', i, 'hukou'], '须共同生活。');
          return;
        }
        if ((rel === 'grandchild' && local('child', i)) || (rel === 'parent' && local('parent', i)) || (rel === 'grandparent' && local('grandparent', i)) || (rel === 'sibling' && local('parent', i))) return;
        add(['members', i, 'hukou'], '外省市户籍成员须是本市户籍成员的配偶或子女。');
      });
    }
    const age = ageOn(born[a], on);
    if (app.category === 'extremePoverty' && !ms[a].disability && age >= 16 && age < 60) add(['category'], '特困供养要求申请人未满16岁、满60岁或有残疾。');
    if (!app.agent && age < 18) add(['agent'], '申请人未满18岁，请填写代理人。');
    if (app.agent && typeof app.agent.idNumber === 'string' && checkId(app.agent.idNumber).normalized === ids[a].normalized) add(['agent', 'idNumber'], '代理人应是他人。');
  }
  const holder = app.bankAccount?.holderName;
  if (typeof holder === 'string' && ms.length && ms.every((m) => typeof m?.name === 'string') && !ms.some((m) => sameName(m.name, holder))) {
    add(['bankAccount', 'holderName'], '户名须是家庭成员。');
  }
}

// ---------------------------------------------------------------------------------------------
// zod 4: field rules in the schema (with normalising transforms), category-dependent requirements
// and the cross-field rules in superRefine.
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
const zodSchema = z.object({
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

// ---------------------------------------------------------------------------------------------
// ajv 8: JSON Schema with if/then for the category, custom keywords for the number checks and one
// for the cross-field rules. (ajv validates only; it does not normalise.)
const ajv = new Ajv({ allErrors: true, strictTypes: false });
const keyword = (name, test, message) =>
  ajv.addKeyword({ keyword: name, type: 'string', schemaType: 'boolean', errors: true,
    validate: function v(_, data) { const ok = test(data); if (!ok) v.errors = [{ keyword: name, message, params: {} }]; return ok; } });
keyword('idNumber', (d) => !checkId(d).error, '证件号码有误。');
keyword('phone', phoneOk, '请输入11位手机号或021开头的固定电话。');
keyword('bankAccount', (d) => /^\d{12,19}$/.test(clean(d)), '应为12至19位数字。');
keyword('date', (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && realDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8)) && s <= today, '请按“年-月-日”填写。');
keyword('town', (d) => townCode(d) !== undefined, '不是青浦区的街镇。');
ajv.addKeyword({ keyword: 'fen', type: 'number', schemaType: 'boolean', validate: (_, d) => fen(d) });
ajv.addKeyword({ keyword: 'household', type: 'object', schemaType: 'boolean', errors: true,
  validate: function v(_, app) {
    const errors = [];
    crossRules(app, (path, message) => errors.push({ keyword: 'household', instancePath: '/' + path.join('/'), message, params: {} }));
    if (app.bankAccount && !luhn(clean(app.bankAccount.accountNumber))) errors.push({ keyword: 'household', instancePath: '/bankAccount/accountNumber', message: '提示', params: {} });
    v.errors = errors;
    return errors.length === 0;
  } });
const str = { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' };
const nm = { type: 'string', minLength: 1, maxLength: 50, pattern: '^[^0-9０-９!-,/:-@\\[-`{-~]+$' };
const amount = { type: 'number', minimum: 0, fen: true };
const amounts = (keys) => ({ type: 'object', required: keys, properties: Object.fromEntries(keys.map((k) => [k, amount])) });
const ID = { type: 'string', idNumber: true };
const ajvSchema = {
  type: 'object',
  required: ['category', 'town', 'committee', 'contact', 'members', 'consents'],
  household: true,
  properties: {
    category: { enum: ['minimumLiving', 'lowIncomeMargin', 'rigidExpenditure', 'extremePoverty', 'temporary'] },
    submittedOn: { type: 'string', date: true },
    town: { type: 'string', town: true },
    committee: str,
    contact: { type: 'object', required: ['phone', 'hukouAddress', 'residenceAddress'],
      properties: { phone: { type: 'string', phone: true }, hukouAddress: str, residenceAddress: str } },
    members: { type: 'array', minItems: 1, items: {
      type: 'object', required: ['name', 'idNumber', 'relationship', 'hukou'],
      properties: {
        name: nm, idType: { enum: ['residentId', 'residentId15', 'hkMacaoResidencePermit', 'taiwanResidencePermit', 'foreignPermanentResident'] },
        idNumber: ID, birthDate: { type: 'string', date: true }, gender: { enum: ['male', 'female'] },
        relationship: { enum: ['self', 'spouse', 'child', 'parent', 'grandchild', 'grandparent', 'sibling', 'other'] },
        hukou: { enum: ['local', 'other'] }, livesTogether: { type: 'boolean' },
        employment: { enum: ['employed', 'unemployed', 'retired', 'student', 'preschool', 'unableToWork'] },
        disability: { anyOf: [{ type: 'null' }, { type: 'object', required: ['category', 'grade'], properties: {
          category: { enum: ['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple'] }, grade: { enum: [1, 2, 3, 4] } } }] },
        health: { type: ['string', 'null'], maxLength: 200 },
        monthlyIncome: amounts(['wages', 'business', 'property', 'transfer', 'other']),
      } } },
    assets: amounts(['deposits', 'securities', 'vehicles', 'nonResidentialProperty']),
    expenses: amounts(['medical', 'education']),
    bankAccount: { type: 'object', required: ['bankName', 'accountNumber', 'holderName'],
      properties: { bankName: str, accountNumber: { type: 'string', bankAccount: true }, holderName: nm } },
    agent: { anyOf: [{ type: 'null' }, { type: 'object', required: ['name', 'idNumber', 'phone', 'kind'],
      properties: { name: nm, idNumber: ID, phone: { type: 'string', phone: true }, kind: { enum: ['committee', 'relative', 'other'] } } }] },
    consents: { type: 'object', required: ['verificationAuthorized', 'declarationTruthful'],
      properties: { verificationAuthorized: { const: true }, declarationTruthful: { const: true } } },
  },
  allOf: [
    { if: { properties: { category: { not: { const: 'temporary' } } } },
      then: { required: ['assets', 'bankAccount'], properties: { members: { items: { required: ['employment', 'monthlyIncome'] } } } } },
    { if: { properties: { category: { const: 'rigidExpenditure' } } }, then: { required: ['expenses'] } },
  ],
};
const ajvValidate = ajv.compile(ajvSchema);

// ---------------------------------------------------------------------------------------------
// Sanity: all three agree on what is valid.
const ours = (app) => jiuzhu.validateApplication(app, { today });
const zodResult = (app) => zodSchema.safeParse(app);
const ajvResult = (app) => (ajvValidate(app) ? [] : ajvValidate.errors);
{
  const [v, i] = [ours(valid), ours(invalid)];
  const zv = zodResult(valid);
  const zi = zodResult(invalid);
  console.log(`jiuzhu: valid ${v.valid} (${v.errors.length} findings), invalid ${i.errors.length} findings: ${i.errors.map((e) => e.code).join(', ')}`);
  console.log(`zod:    valid ${zv.success}, invalid ${zi.error?.issues.length} issues`);
  console.log(`ajv:    valid ${ajvResult(valid).length === 0}, invalid ${ajvResult(invalid).length} errors`);
  if (!v.valid || i.errors.length !== 5 || !zv.success || zi.error?.issues.length !== 5 || ajvResult(valid).length || ajvResult(invalid).length !== 5) {
    console.warn('warning: the validators disagree on the fixtures');
  }
}

// ---------------------------------------------------------------------------------------------
// Timing: the three validators take turns, rounds of about 200 ms each after a warm-up, so that a
// busy machine slows them alike; the median of 7 rounds counts.
function rate(fn, units) {
  const step = units > 1 ? 1 : 50;
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < 200) {
    for (let i = 0; i < step; i++) fn();
    n += step;
    now = performance.now();
  }
  return (n * units * 1000) / (now - start);
}
function race(fns, units = 1) {
  const names = Object.keys(fns);
  for (const name of names) for (let i = 0; i < Math.ceil(2000 / units); i++) fns[name]();
  const rates = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < 7; round++) for (const name of names) rates[name].push(rate(fns[name], units));
  return Object.fromEntries(names.map((n) => [n, rates[n].sort((a, b) => a - b)[3]]));
}

const rows = [];
const row = (label, rates) => rows.push({ label, ...rates });
let sink = 0;
for (const [label, app] of [['valid application', valid], ['invalid application (5 errors)', invalid]]) {
  row(label, race({
    jiuzhu: () => (sink += ours(app).errors.length),
    zod: () => (sink += zodResult(app).success ? 0 : 1),
    ajv: () => (sink += ajvValidate(app) ? 0 : 1),
  }));
}
// A roster of 1000 applications, half of them invalid, as exported text.
const roster = Array.from({ length: 1000 }, (_, i) => (i % 2 ? invalid : valid));
const rosterText = JSON.stringify(roster);
row('roster of 1000 from JSON text, per application', race({
  jiuzhu: () => (sink += jiuzhu.validateApplications(rosterText, { today }).length),
  zod: () => (sink += JSON.parse(rosterText).filter((a) => zodResult(a).success).length),
  ajv: () => (sink += JSON.parse(rosterText).filter((a) => ajvValidate(a)).length),
}, 1000));
row('the same roster, web build (built for size)', race({
  jiuzhu: () => (sink += web.validateApplications(rosterText, { today }).length),
  zod: () => (sink += JSON.parse(rosterText).filter((a) => zodResult(a).success).length),
  ajv: () => (sink += JSON.parse(rosterText).filter((a) => ajvValidate(a)).length),
}, 1000));
row('roster of 1000 already parsed, per application', race({
  jiuzhu: () => (sink += jiuzhu.validateApplications(JSON.stringify(roster), { today }).length),
  zod: () => (sink += roster.filter((a) => zodResult(a).success).length),
  ajv: () => (sink += roster.filter((a) => ajvValidate(a)).length),
}, 1000));

const fmt = (n) => Math.round(n).toLocaleString('en-US').padStart(10);
console.log(`\nNode ${process.version}; applications per second (median of 7 rounds)\n`);
console.log(`${'case'.padEnd(50)} ${'jiuzhu'.padStart(10)} ${'zod 4'.padStart(10)} ${'ajv 8'.padStart(10)}   jiuzhu/zod  jiuzhu/ajv`);
for (const r of rows) {
  console.log(`${r.label.padEnd(50)} ${fmt(r.jiuzhu)} ${fmt(r.zod)} ${fmt(r.ajv)}   ${(r.jiuzhu / r.zod).toFixed(2).padStart(9)}×  ${(r.jiuzhu / r.ajv).toFixed(2).padStart(9)}×`);
}
const single = rows[0].zod;
console.log(`\nroster (from text) vs zod per application (valid): ${(rows[2].jiuzhu / single).toFixed(2)}× zod's single-application throughput`);
if (sink === 0.5) console.log(sink);
