// The command line shipped in the package, run as a portal's CI would after `npm install jiuzhu`:
// `npx jiuzhu lint-form FILE…` prints `file: path: message` per violation and fails the build;
// `npx jiuzhu check-roster FILE…`, as an office would, prints what to correct in an exported roster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// Rosters written for the test: the demo portal's sample application, valid and broken.
const sample = JSON.parse(readFileSync(new URL('../../www/sample-application.json', import.meta.url), 'utf8'));
const rosters = mkdtempSync(join(tmpdir(), 'jiuzhu-rosters-'));
function roster(name, content) {
  const file = join(rosters, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
const broken = () => {
  const app = structuredClone(sample);
  app.contact.phone = '1381234567';
  app.consents.declarationTruthful = false;
  return app;
};
const today = '2026-11-25';

test('cli: a roster of valid applications passes', () => {
  const r = jiuzhu('check-roster', '--today', today, roster('valid.json', [sample, sample]));
  assert.equal(r.status, 0, r.err);
  assert.deepEqual(r.lines.filter((line) => line.includes(': error: ')), []);
  assert.match(r.err, /\b0 of 2\b/);
});

test('cli: a roster with errors fails with one line per finding, by application and path', () => {
  const file = roster('mixed.json', [sample, broken(), sample, broken()]);
  const r = jiuzhu('check-roster', `--today=${today}`, file);
  assert.equal(r.status, 1, r.err);
  const errors = r.lines.filter((line) => line.includes(': error: ')).map((line) => line.split(': ').slice(0, 3).join(': '));
  assert.deepEqual(errors, [
    `${file}: 2: contact.phone`,
    `${file}: 2: consents.declarationTruthful`,
    `${file}: 4: contact.phone`,
    `${file}: 4: consents.declarationTruthful`,
  ]);
  assert.match(r.err, /\b2 of 4\b/);
  const en = jiuzhu('check-roster', '--locale', 'en', '--today', today, file);
  assert.notEqual(en.lines.find((line) => line.includes('contact.phone')), r.lines.find((line) => line.includes('contact.phone')));
});

test('cli: a file that is not a roster, an unreadable file and bad options exit 2', () => {
  const single = jiuzhu('check-roster', '--today', today, roster('one.json', sample));
  assert.equal(single.status, 2);
  assert.match(single.err, /one\.json: /);
  assert.equal(jiuzhu('check-roster', '--today', today, roster('cut.json', '[{"category":')).status, 2);
  assert.match(jiuzhu('check-roster', join(rosters, 'none.json')).err, /none\.json: cannot be read \(ENOENT\)/);
  assert.equal(jiuzhu('check-roster', '--today', '2026-13-01', roster('empty.json', [])).status, 2);
  assert.equal(jiuzhu('check-roster', '--today').status, 2);
  assert.equal(jiuzhu('check-roster').status, 2);
  assert.equal(jiuzhu('lint-form', '--today', today, form('good.json')).status, 2, '--today is for rosters only');
  assert.match(jiuzhu('--help').out, /check-roster/);
});
