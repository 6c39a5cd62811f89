// The behaviour suites against the Node build of the installed tarball: `import` and `require`,
// synchronous, no init call.
import { test } from 'node:test';
import { createRequire } from 'node:module';
import * as lib from 'jiuzhu';
import { assert } from './harness.mjs';
import { suites } from './suite/index.mjs';

test('node: require is synchronous and shares the instance of import', () => {
  const required = createRequire(import.meta.url)('jiuzhu');
  assert.equal(typeof required.isWorkingDay, 'function');
  assert.equal(required.isWorkingDay('2026-02-14'), true);
  assert.equal(required.addWorkingDays, lib.addWorkingDays);
});

test('node: attachForm is exported by import and require, and without a DOM refuses its form with a coded error', () => {
  const required = createRequire(import.meta.url)('jiuzhu');
  assert.equal(required.attachForm, lib.attachForm);
  assert.equal(assert.throwsCode(() => lib.attachForm({}), 'invalidArgument', 'form').name, 'JiuzhuError');
  assert.throwsCode(() => lib.attachForm({}, { locale: 'fr' }), 'invalidArgument', 'opts.locale');
});

for (const suite of suites) {
  suite.define({ test: (name, fn) => test(`node: ${suite.name}: ${name}`, fn), assert }, lib);
}
