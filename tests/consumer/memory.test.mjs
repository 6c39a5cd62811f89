// Issue 16: the module's memory stays within a documented bound over many calls of every kind —
// nothing a call keeps outlives it. Against the installed package's Node build, in a fresh process
// (memory only grows, so what other suites did must not count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { here } from './browser.mjs';

const require = createRequire(import.meta.url);
const lib = require('jiuzhu');
const raw = require(join(here('node_modules/jiuzhu/'), 'dist/node/jiuzhu.js'));

/** The bound README documents for the memory of a module in steady use. */
const BOUND = 8 * 1024 * 1024;

const app = {
  category: 'minimumLiving', submittedOn: '2026-11-20', town: '310118105', committee: '赵巷村村民委员会',
  contact: { phone: '13812345678', hukouAddress: '赵巷村1号', residenceAddress: '赵巷村1号' },
  members: [
    { name: '张伟', idNumber: '310118198003150011', relationship: 'self', hukou: 'local', employment: 'unemployed', monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 300, other: 0 } },
    { name: '李娜', idNumber: '310118198207080028', relationship: 'spouse', hukou: 'local', employment: 'employed', monthlyIncome: { wages: 2100, business: 0, property: 0, transfer: 0, other: 0 } },
  ],
  assets: { deposits: 5000, securities: 0, vehicles: 0, nonResidentialProperty: 0 },
  bankAccount: { bankName: '中国工商银行', accountNumber: '6217000010000000011', holderName: '张伟' },
  consents: { verificationAuthorized: true, declarationTruthful: false },
};

/** One round of mixed calls: results, reports, failures, notices, timelines, loads. */
function round(i) {
  lib.isWorkingDay('2026-10-10');
  lib.addWorkingDays('2026-09-30', 3 + (i % 5));
  lib.dayInfo('2026-10-05', { locale: i % 2 ? 'en' : 'zh-CN' });
  lib.validateApplication(app, { today: '2026-11-25' });
  lib.validateApplications(JSON.stringify([app, {}, app]));
  lib.validateIdNumber('１１０１０５ １９４９１２３１ ００２ｘ');
  lib.requestableDocuments(app);
  lib.lintFormDefinition({ id: 'f', fields: [{ name: 'hukou', label: '户口本', type: 'file' }] });
  lib.caseTimeline({ acceptedOn: '2026-03-02' }, { today: '2026-03-20' });
  lib.timelineSvg({ acceptedOn: '2026-03-02' }, { today: '2026-03-20' });
  lib.publicityNotice(app, { postedOn: '2026-11-30', monthlyAmount: 1510 });
  lib.labelFor('members.1.idNumber');
  for (const bad of [() => lib.isWorkingDay('2027-02-30'), () => lib.addWorkingDays('2026-12-30', 30), () => lib.validateApplication(app, { today: 'x' })]) {
    assert.throws(bad);
  }
  if (i % 100 === 0) lib.loadDivisions({ divisions: lib.divisions() });
}

/** Calls a round makes. */
const CALLS = 15;

test('memory: 10,000 calls of every kind stay within the bound, and the module stops growing', () => {
  const rounds = Math.ceil(10000 / CALLS);
  for (let i = 0; i < 100; i++) round(i);
  const warm = raw.__memoryBytes();
  for (let i = 100; i < rounds; i++) round(i);
  const after = raw.__memoryBytes();
  console.log(`memory: ${(warm / 1048576).toFixed(1)} MB after warm-up, ${(after / 1048576).toFixed(1)} MB after 10,000 calls (bound ${BOUND / 1048576} MB)`);
  assert.ok(after <= BOUND, `${after} bytes`);
  assert.ok(after - warm <= 1024 * 1024, `grew by ${after - warm} bytes after warm-up`);
});
