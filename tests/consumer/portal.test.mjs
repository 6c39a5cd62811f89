// The demo portal and attachForm in Chromium, served with the strict Content Security Policy, against
// the installed package's web build: the resident's form (GOV.UK validation pattern), the consultant
// and developer pages, axe-core scans and screenshots (tests/screenshots/, not committed).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, open, startServer, here } from './browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shots = here('../screenshots/');
mkdirSync(shots, { recursive: true });
let server, browser;

before(async () => {
  server = await startServer({
    mounts: { '/': here('../../www'), '/jiuzhu/': here('node_modules/jiuzhu/dist/web'), '/fixtures/': here('fixtures'), '/node_modules/': here('node_modules') },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function page(path) {
  const opened = await open(browser, `${server.url}${path}`, server.url);
  await opened.page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  return opened;
}

const fill = async (p) => {
  await p.selectOption('#town', '310118105');
  await p.fill('#committee', '赵巷村村民委员会');
  await p.fill('#phone', '13812345678');
  await p.fill('#hukou-address', '青浦区赵巷镇赵巷村1号');
  await p.fill('#residence-address', '青浦区赵巷镇赵巷村1号');
  await p.fill('#member-0-name', '张伟');
  await p.fill('#member-0-idNumber', '310118198003150011');
  await p.fill('#bank-name', '中国工商银行');
  await p.fill('#account-number', '6217000010000000011');
  await p.fill('#holder-name', '张伟');
  await p.check('#authorized');
  await p.check('#truthful');
};

test('portal: resident form — mistakes give a focused summary whose links focus the fields; corrected, it submits', async () => {
  const { page: p, foreign, errors } = await page('/apply.html?today=2026-11-27');
  // Shareable uploads are replaced by the positive notice; the others stay.
  assert.equal(await p.locator('#upload-hukou').isDisabled(), true);
  assert.equal(await p.locator('#upload-hukou').isHidden(), true);
  assert.equal(await p.locator('#upload-declaration').isDisabled(), false);
  assert.equal(await p.locator('.jiuzhu-document-notice').count(), 2);

  await p.fill('#phone', '1381234');
  await p.click('button[type=submit]');
  assert.equal(await p.evaluate(() => document.activeElement?.className), 'jiuzhu-error-summary');
  assert.equal(await p.locator('#after-submit').isHidden(), true, 'submit is blocked');
  const invalid = await p.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.name));
  for (const path of ['town', 'contact.phone', 'members.0.idNumber', 'consents.verificationAuthorized']) assert.ok(invalid.includes(path), path);
  // The phone's message is announced with the field, the hint kept.
  const describedby = await p.getAttribute('#phone', 'aria-describedby');
  assert.ok(describedby.split(' ').includes('phone-hint'));
  const messageId = describedby.split(' ').find((id) => id !== 'phone-hint');
  assert.ok((await p.locator(`#${messageId}`).textContent()).length > 0);
  // A summary link moves focus to its field.
  await p.locator('.jiuzhu-error-summary a[data-jiuzhu-target="phone"]').click();
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'phone');
  await p.screenshot({ path: `${shots}apply-errors.png`, fullPage: true });

  // After the first submit, fixing a field re-validates it.
  await p.fill('#phone', '13812345678');
  assert.equal(await p.getAttribute('#phone', 'aria-invalid'), null);
  await fill(p);
  assert.equal(await p.locator('.jiuzhu-error-summary').count(), 0);
  await p.click('button[type=submit]');
  assert.equal(await p.locator('#after-submit').isVisible(), true);
  assert.equal(await p.locator('#timeline svg[role=img]').count(), 1);
  await p.screenshot({ path: `${shots}apply-submitted.png`, fullPage: true });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('portal: attachForm blocks the page’s own submit handler while invalid, and detach() restores the form', async () => {
  const { page: p, errors } = await page('/fixtures/form/index.html');
  assert.equal(await p.locator('#hukou').isDisabled(), true);
  await p.click('button[type=submit]');
  assert.equal(await p.evaluate(() => window.submitted), 0);
  assert.equal(await p.getAttribute('#phone', 'aria-invalid'), 'true');
  await p.evaluate(() => window.binding.detach());
  const [before, afterDetach] = await p.evaluate(() => [window.before, document.getElementById('f').outerHTML]);
  assert.equal(afterDetach, before);
  await p.click('button[type=submit]');
  assert.equal(await p.evaluate(() => window.submitted), 1, 'no listener left behind');
  assert.deepEqual(errors, []);
});

test('portal: disposing a binding (`using`, Symbol.dispose) detaches it like detach()', async () => {
  const { page: p, errors } = await page('/fixtures/form/index.html');
  await p.click('button[type=submit]');
  assert.equal(await p.getAttribute('#phone', 'aria-invalid'), 'true');
  await p.evaluate(() => window.binding[Symbol.dispose]());
  assert.equal(await p.evaluate(() => document.getElementById('f').outerHTML === window.before), true);
  await p.click('button[type=submit]');
  assert.equal(await p.evaluate(() => window.submitted), 1, 'no listener left behind');
  assert.deepEqual(errors, []);
});

test('portal: attachForm reads radios, checkboxes, selects and number fields into the model, by name or data-jiuzhu-path', async () => {
  const { page: p, errors } = await page('/fixtures/form/rich.html');
  const findings = () => p.evaluate(() => window.binding.validate().errors.map((e) => `${e.path} ${e.code} ${e.severity}`));
  const empty = await findings();
  for (const f of ['category required error', 'town required error', 'assets.securities required error', 'assets.deposits required error', 'consents.declarationTruthful consentRequired error']) {
    assert.ok(empty.includes(f), f);
  }
  assert.ok(!empty.some((f) => f.startsWith('note')), 'data-jiuzhu-path="" leaves a control out');
  await p.check('input[value=temporary]');
  await p.selectOption('#town', '310118105');
  await p.fill('[name=committee]', '赵巷村村民委员会');
  await p.fill('#phone', '13812345678');
  await p.fill('#id0', '310118198003150011');
  await p.fill('#securities', ' 12 ');
  await p.fill('#deposits', '3');
  await p.check('#truthful');
  assert.deepEqual(await findings(), []);
  await p.fill('#securities', 'abc');
  await p.fill('#id0', '310118800315001');
  assert.deepEqual(await findings(), ['members.0.idNumber idLegacy15 warning', 'assets.securities wrongType error']);
  assert.deepEqual(errors, []);
});

test('portal: attachForm marks each field with the core’s message, a warning does not block, and detach() leaves nothing behind', async () => {
  const { page: p, errors } = await page('/fixtures/form/rich.html');
  const report = await p.evaluate(() => window.binding.validate());
  assert.equal(report.valid, false);
  assert.equal(await p.evaluate(() => document.activeElement?.className), 'jiuzhu-error-summary');
  // One link per blocking finding, in report order, each to a field marked invalid that announces the same message.
  const links = await p.locator('.jiuzhu-error-summary a').evaluateAll((as) =>
    as.map((a) => {
      const field = document.getElementById(a.dataset.jiuzhuTarget);
      const message = document.getElementById(field.getAttribute('aria-describedby').split(' ')[0]);
      return { path: field.name, text: a.textContent, invalid: field.getAttribute('aria-invalid'), message: message.lastChild.textContent };
    }),
  );
  const blocking = report.errors.filter((e) => e.severity === 'error');
  assert.deepEqual(links.map((l) => l.path), blocking.map((e) => e.path));
  for (const [i, l] of links.entries()) {
    assert.equal(l.text, blocking[i].message);
    assert.equal(l.message, blocking[i].message);
    assert.equal(l.invalid, 'true');
  }
  // The portal's own class and description are kept; a radio group's message follows its legend.
  assert.deepEqual((await p.getAttribute('#phone', 'class')).split(' '), ['portal', 'jiuzhu-invalid']);
  assert.ok((await p.getAttribute('#phone', 'aria-describedby')).endsWith(' phone-hint'));
  const groupMessage = await p.evaluate(() => {
    const next = document.querySelector('#categories').closest('fieldset').querySelector('legend').nextElementSibling;
    return [next.className, document.querySelector('input[name=category]').getAttribute('aria-describedby') === next.id];
  });
  assert.deepEqual(groupMessage, ['jiuzhu-error-message', true]);
  // A field without an id is given one, so that its summary link can reach it.
  assert.match(await p.getAttribute('[name=committee]', 'id'), /\S/);
  // The shared upload is replaced by the notice; the other stays.
  assert.equal(await p.locator('#hukou').isDisabled(), true);
  assert.equal(await p.evaluate(() => document.querySelector('#hukou').nextElementSibling.className), 'jiuzhu-document-notice');
  assert.equal(await p.locator('#declaration').isDisabled(), false);

  // Corrected but for an old 15-digit ID (a warning): the submit goes through, onValid gets the report.
  await p.check('input[value=temporary]');
  await p.selectOption('#town', '310118105');
  await p.fill('[name=committee]', '赵巷村村民委员会');
  await p.fill('#phone', '13812345678');
  await p.fill('#id0', '310118800315001');
  await p.fill('#securities', '12');
  await p.fill('#deposits', '3');
  await p.check('#truthful');
  await p.click('button[type=submit]');
  assert.equal(await p.evaluate(() => window.submitted), 1);
  assert.deepEqual(await p.evaluate(() => window.reports.map((r) => [r.valid, r.errors.map((e) => e.code)])), [[true, ['idLegacy15']]]);
  assert.equal(await p.locator('.jiuzhu-error-summary').count(), 0);
  const warning = await p.evaluate(() => document.getElementById('id0').getAttribute('aria-describedby'));
  assert.equal(await p.locator(`#${warning}`).getAttribute('class'), 'jiuzhu-warning-message');
  assert.equal(await p.getAttribute('#id0', 'aria-invalid'), null);

  // Detached: the form as it was, byte for byte, and no listener left.
  await p.evaluate(() => window.binding.detach());
  assert.equal(await p.evaluate(() => document.getElementById('f').outerHTML === window.before), true);
  assert.equal(await p.evaluate(() => window.binding.validate()), null);
  await p.fill('#phone', '1');
  await p.fill('#id0', '');
  assert.equal(await p.locator('.jiuzhu-error-message, .jiuzhu-warning-message').count(), 0, 'no re-validation');
  await p.click('button[type=submit]');
  assert.equal(await p.evaluate(() => window.submitted), 2, 'the submit is no longer checked');
  assert.equal(await p.evaluate(() => window.reports.length), 1, 'onValid is no longer called');
  await p.evaluate(() => window.binding.detach());
  assert.equal(await p.evaluate(() => document.getElementById('f').outerHTML === window.before), true);
  assert.deepEqual(errors, []);
});

test('portal: attachForm refuses a non-form and bad options with coded errors, touching nothing', async () => {
  const { page: p, errors } = await page('/fixtures/form/index.html');
  const thrown = await p.evaluate(() => {
    const form = document.getElementById('f');
    const html = form.outerHTML;
    const attempts = [
      ['#f'],
      [document.createElement('div')],
      [form, { locale: 'fr' }],
      [form, 5],
      ['#f', { locale: 'fr' }],
      [form, { today: '2026-13-01' }],
      ['#f', { today: 20261127 }],
    ];
    const codes = attempts.map((args) => {
      try {
        window.attachForm(...args);
        return 'attached';
      } catch (e) {
        return `${e.name} ${e.code} ${e.path}`;
      }
    });
    return [codes, form.outerHTML === html];
  });
  assert.deepEqual(thrown, [
    [
      'JiuzhuError invalidArgument form',
      'JiuzhuError invalidArgument form',
      'JiuzhuError invalidArgument opts.locale',
      'JiuzhuError invalidArgument opts',
      'JiuzhuError invalidArgument opts.locale',
      'JiuzhuError invalidDate opts.today',
      'JiuzhuError invalidDate opts.today',
    ],
    true,
  ]);
  assert.deepEqual(errors, []);
});

test('portal: the consultant sees errors, documents, the timeline and the publicity preview on one page', async () => {
  const { page: p, foreign, errors } = await page('/consultant.html');
  assert.ok((await p.locator('#errors li').count()) >= 3);
  assert.ok((await p.locator('#documents li').count()) >= 1);
  assert.equal(await p.locator('#timeline svg').count(), 1);
  const preview = await p.locator('#publicity').textContent();
  assert.ok(preview.length > 20);
  assert.ok(!preview.includes('310118198003150011') && !preview.includes('13812345678'));
  await p.screenshot({ path: `${shots}consultant.png`, fullPage: true });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('portal: the developer page lints a form definition live', async () => {
  const { page: p, errors } = await page('/developer.html');
  const codes = await p.locator('#lint-result code').allTextContents();
  assert.ok(codes.some((c) => c.startsWith('forbiddenDocumentRequest')), codes.join());
  await p.screenshot({ path: `${shots}developer.png`, fullPage: true });
  assert.deepEqual(errors, []);
});

// axe-core is injected as a script, which the strict CSP would block: these scans alone bypass it.
for (const path of ['/', '/apply.html', '/consultant.html', '/developer.html', '/deadlines.html', '/validate.html', '/documents.html', '/publicity.html']) {
  test(`portal: axe-core finds no serious or critical violation on ${path}`, async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const p = await context.newPage();
    await p.goto(`${server.url}${path}`);
    await p.waitForLoadState('networkidle');
    await p.addScriptTag({ path: axePath });
    const result = await p.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    await p.screenshot({ path: `${shots}${path === '/' ? 'index' : path.slice(1, -5)}.png`, fullPage: true });
    await context.close();
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  });
}
