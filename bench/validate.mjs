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
import Ajv from 'ajv';
import { valid, invalid, today, checkId, clean, crossRules, fen, luhn, phoneOk, realDate, townCode } from './rules.mjs';
import { zodSchema } from './zod-schema.mjs';

const require = createRequire(import.meta.url);
const jiuzhu = require('../dist/node/index.js');
const web = await import('../dist/web/api.js');
await web.default({ module_or_path: readFileSync(new URL('../dist/web/jiuzhu_bg.wasm', import.meta.url)) });


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
