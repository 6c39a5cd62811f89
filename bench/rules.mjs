// The applications the benchmarks validate, and the rules of the application model in plain
// JavaScript, as a portal without jiuzhu would write them for zod or ajv (bench/validate.mjs,
// bench/first-result.mjs).
// ---------------------------------------------------------------------------------------------
// The applications.
export const valid = {
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
export const invalid = structuredClone(valid);
invalid.contact.phone = '1381234567'; // 10 digits
invalid.members[1].idNumber = '310118198207080028'; // check character
invalid.members[4].monthlyIncome.transfer = -1200; // negative
invalid.bankAccount.holderName = '赵六'; // not a member
invalid.consents.declarationTruthful = false; // consent
export const today = '2026-11-25';

// ---------------------------------------------------------------------------------------------
// The same rules in JavaScript, for zod and ajv.
const TOWNS = new Map([
  ['310118001', '夏阳街道'], ['310118002', '盈浦街道'], ['310118003', '香花桥街道'], ['310118102', '朱家角镇'],
  ['310118103', '练塘镇'], ['310118104', '金泽镇'], ['310118105', '赵巷镇'], ['310118106', '徐泾镇'],
  ['310118107', '华新镇'], ['310118109', '重固镇'], ['310118110', '白鹤镇'],
]);
export const townCode = (v) => (TOWNS.has(v.trim()) ? v.trim() : [...TOWNS].find(([, n]) => n === v.trim())?.[0]);
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71]);
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const clean = (s) =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u2010-\u2015\u2212\uFE58\uFE63-]/g, '')
    .replace(/\u00D7/g, 'X')
    .toUpperCase();
const checkChar = (s17) => '10X98765432'[[...s17].reduce((sum, d, i) => sum + Number(d) * W[i], 0) % 11];
export const realDate = (y, m, d) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1880 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** { error, type, normalized, birthDate, gender } */
export function checkId(value) {
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
export const phoneDigits = (v) => clean(v).replace(/[()（）]/g, '').replace(/^(\+86|0086)/, '');
const MOBILE = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
export const phoneOk = (v) => {
  const d = phoneDigits(v);
  return MOBILE.test(d) || /^021[2-9]\d{7}$/.test(d) || /^[2-9]\d{7}$/.test(d);
};
export const luhn = (d) => [...d].reverse().reduce((s, c, i) => s + (i % 2 ? ((2 * c) > 9 ? 2 * c - 9 : 2 * c) : +c), 0) % 10 === 0;
export const fen = (n) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6 + Math.abs(n * 100) * 4 * Number.EPSILON;
const ageOn = (born, on) => {
  if (!born || !on) return undefined;
  const [by, bm, bd] = born.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};
const sameName = (a, b) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

/** The cross-field rules, reporting `add(path, message)`; shared by zod and ajv. */
export function crossRules(app, add) {
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

