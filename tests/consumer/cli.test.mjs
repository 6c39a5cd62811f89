// The command line shipped in the package, run as a portal's CI would after `npm install jiuzhu`:
// `npx jiuzhu lint-form FILE…` prints `file: path: message` per violation and fails the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { here } from './browser.mjs';

const bin = here('node_modules/.bin/jiuzhu');
const form = (name) => `fixtures/forms/${name}`;

/** Runs the installed bin itself (its shebang and mode matter) from tests/consumer. */
function jiuzhu(...args) {
  const r = spawnSync(bin, args, { cwd: here('.'), encoding: 'utf8' });
  assert.equal(r.error, undefined, String(r.error));
  return { status: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

test('cli: a good form definition passes', () => {
  const r = jiuzhu('lint-form', form('good.json'));
  assert.equal(r.status, 0, r.err);
  assert.equal(r.out, '');
});

test('cli: a form asking for a household register fails with one line per violation', () => {
  const r = jiuzhu('lint-form', form('good.json'), form('asks-for-hukou.json'));
  assert.equal(r.status, 1);
  const where = r.lines.map((line) => line.split(': ').slice(0, 2).join(': '));
  assert.deepEqual(where, [
    `${form('asks-for-hukou.json')}: documents.1`,
    `${form('asks-for-hukou.json')}: documents.2`,
    `${form('asks-for-hukou.json')}: documents.3`,
    `${form('asks-for-hukou.json')}: documents`,
  ]);
  assert.ok(r.lines[0].includes('公安户籍信息'), r.lines[0]);
  assert.ok(r.err.includes('4'), r.err);
});

test('cli: messages in English on request', () => {
  const r = jiuzhu('lint-form', '--locale', 'en', form('asks-for-hukou.json'));
  assert.equal(r.status, 1);
  assert.ok(r.lines[0].includes('art. 46'), r.lines[0]);
  assert.equal(jiuzhu('lint-form', '--locale=fr', form('good.json')).status, 2);
});

test('cli: unreadable files and invalid JSON exit 2 with a clear message', () => {
  const broken = jiuzhu('lint-form', form('not-json.json'), form('good.json'));
  assert.equal(broken.status, 2);
  assert.match(broken.err, /not-json\.json: not valid JSON/);
  const missing = jiuzhu('lint-form', form('no-such-form.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.err, /no-such-form\.json: cannot be read \(ENOENT\)/);
});

test('cli: usage errors exit 2, help exits 0', () => {
  assert.equal(jiuzhu().status, 2);
  assert.equal(jiuzhu('lint-form').status, 2);
  assert.equal(jiuzhu('lint', form('good.json')).status, 2);
  assert.equal(jiuzhu('lint-form', '--strict', form('good.json')).status, 2);
  const help = jiuzhu('--help');
  assert.equal(help.status, 0);
  assert.match(help.out, /lint-form/);
});
