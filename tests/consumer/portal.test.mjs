// attachForm in Chromium, served with the strict Content Security Policy, against the installed
// package's web build, on the fixture forms of tests/consumer/fixtures/form/ (GOV.UK validation
// pattern, detach, coded refusals). The demo portal's pages have their own tests: apply-page,
// consultant-page, publicity-page, portal-pages and portal-layout (layout, axe-core, screenshots).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, startServer, here } from './browser.mjs';

let server, browser;

before(async () => {
  server = await startServer({
    mounts: { '/jiuzhu/': here('node_modules/jiuzhu/dist/web'), '/fixtures/': here('fixtures'), '/node_modules/': here('node_modules') },
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

/** Fills fixtures/form/rich.html: an application without errors but for what `id` and `securities` hold. */
async function fillRich(p, { id, securities }) {
  await p.check('input[value=temporary]');
  await p.selectOption('#town', '310118105');
  await p.fill('[name=committee]', '赵巷村村民委员会');
  await p.fill('#phone', '13812345678');
  await p.fill('#id0', id);
  await p.fill('#securities', securities);
  await p.fill('#deposits', '3');
  await p.check('#truthful');
}

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
  await fillRich(p, { id: '310118198003150011', securities: ' 12 ' });
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
  await fillRich(p, { id: '310118800315001', securities: '12' });
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
