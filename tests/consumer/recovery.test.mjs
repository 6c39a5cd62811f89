// The last line of defence (issue 16): a call that traps the WebAssembly module throws a coded
// JiuzhuError and the next call works. Against the installed package's Node build, its JavaScript
// layer as shipped, with a module built with the `trap-for-tests` feature (scripts/test.sh puts it
// in .tmp/trap/): there, labelFor("jiuzhu:trap-for-tests") traps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const lib = createRequire(import.meta.url)('../../.tmp/trap/index.js');

test('recovery: a trap becomes a JiuzhuError with code "internal", and the module keeps working', () => {
  assert.equal(lib.labelFor('members.0.name'), '第1位家庭成员的姓名');
  let error;
  try {
    lib.labelFor('jiuzhu:trap-for-tests');
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof Error, 'the trap is thrown');
  assert.equal(error.name, 'JiuzhuError');
  assert.equal(error.code, 'internal');
  assert.ok(error.messages.en.length > 0 && error.messages['zh-CN'].length > 0);
  assert.equal(error.message, error.messages['zh-CN'], 'zh-CN by default');
  // In the locale the call asked for.
  assert.throws(
    () => lib.labelFor('jiuzhu:trap-for-tests', { locale: 'en' }),
    (e) => e.code === 'internal' && e.message === e.messages.en && e.message !== e.messages['zh-CN'],
  );
  // Every kind of call works after it, in a fresh instance.
  assert.equal(lib.isWorkingDay('2026-10-10'), true);
  assert.equal(lib.validateApplication({}).valid, false);
  assert.equal(lib.labelFor('members.0.name'), '第1位家庭成员的姓名');
  // Twice in a row, too.
  assert.throws(() => lib.labelFor('jiuzhu:trap-for-tests'), (e) => e.code === 'internal');
  assert.throws(() => lib.labelFor('jiuzhu:trap-for-tests'), (e) => e.code === 'internal');
  assert.equal(lib.addWorkingDays('2026-09-30', 3), '2026-10-10');
});

test('recovery: without the layer, the same trap is a bare RuntimeError (what the layer guards against)', () => {
  const raw = createRequire(import.meta.url)('../../.tmp/trap/jiuzhu.js');
  assert.throws(() => raw.labelFor('jiuzhu:trap-for-tests', undefined), WebAssembly.RuntimeError);
  raw.__scheduleReinit();
  assert.equal(raw.isWorkingDay('2026-10-10', undefined), true);
});
