// The consultant's workbench (www/consultant.html) in Chromium under the strict CSP: the resident's
// own form, every finding named by labelFor's words and linked to its field (no code paths on the
// page), stored values in the form's words, and a publicity notice drafted only from an application
// without errors and only with the amount the office enters.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, site } from './portal-site.mjs';

let portal;
before(async () => {
  portal = await site();
});
after(() => portal?.close());

// Model paths and codes as they would show if printed raw: members.1.idNumber, bankAccount,
// residentId, idChecksum, opts.today…
const CODE_WORDS = /\b(members|contact|assets|expenses|bankAccount|consents|agent|monthlyIncome)\b|[a-z][A-Z]|\b[a-z]+\.[a-z0-9]/;

test('consultant: the form is the resident’s own, with the same fields', async () => {
  const { page, errors } = await portal.visit('/consultant.html?today=2026-11-27');
  const names = (selector) => page.locator(`${selector} [name]`).evaluateAll((els) => [...new Set(els.filter((e) => e.type !== 'file').map((e) => e.name))].sort());
  const here = await names('#case-form');
  const resident = await page.evaluate(async () => {
    const doc = new DOMParser().parseFromString(await (await fetch('/apply.html')).text(), 'text/html');
    return [...new Set([...doc.querySelectorAll('#application [name]')].filter((e) => e.type !== 'file').map((e) => e.name))].sort();
  });
  assert.deepEqual(here, resident);
  assert.ok(here.includes('members.0.idNumber') && here.includes('consents.verificationAuthorized'));
  assert.deepEqual(errors, []);
});

test('consultant: every finding is named by its field’s label, linked to the field; no code path is shown', async () => {
  const { page, foreign, errors } = await portal.visit('/consultant.html?today=2026-11-27');
  assert.equal(await page.locator('#checks').isHidden(), true, 'nothing is checked before asked');
  await page.click('#load-broken');
  const findings = await page.evaluate(async () => {
    const { labelFor } = await import('/jiuzhu.js');
    return [...document.querySelectorAll('#findings li')].map((li) => ({
      path: li.dataset.path,
      code: li.dataset.code,
      name: li.querySelector('.field-name').textContent,
      label: labelFor(li.dataset.path),
      linked: li.querySelector('a.field-name')?.getAttribute('href') ?? null,
    }));
  });
  assert.deepEqual(findings.map((f) => `${f.path} ${f.code}`), [
    'contact.phone phoneFormat',
    'members.1.idNumber idChecksum',
    'bankAccount.holderName bankHolderNotMember',
    'consents.verificationAuthorized consentRequired',
  ]);
  for (const f of findings) {
    assert.equal(f.name, f.label, f.path);
    assert.ok(f.linked, `${f.path} links to its field`);
  }
  // The whole results panel and the load message speak in words.
  const panel = await page.locator('.workbench-checks').innerText();
  assert.ok(!CODE_WORDS.test(panel), panel.match(CODE_WORDS)?.[0]);
  const status = await page.locator('#case-status').innerText();
  assert.ok(status.length > 0 && !CODE_WORDS.test(status), status);
  // Documents for a member name the member.
  const documents = await page.locator('#documents li').allTextContents();
  assert.ok(documents.some((d) => d.includes('第2位家庭成员')), documents.join('\n'));

  // A finding's link takes the volunteer to the field.
  const idFinding = page.locator('#findings li[data-path="members.1.idNumber"] a.field-name');
  await idFinding.click();
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'members.1.idNumber');
  await page.screenshot({ path: `${SHOTS}consultant-findings.png`, fullPage: true });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('consultant: values stored differently are shown in words and can be put back into the form', async () => {
  const { page, errors } = await portal.visit('/consultant.html?today=2026-11-27');
  await page.click('#load-sample');
  await page.fill('[name="members.2.idNumber"]', '３１０１１８ ２０１００５０１ ００３３');
  const item = page.locator('#normalized li[data-path="members.2.idNumber"]');
  await item.waitFor();
  const text = await item.textContent();
  assert.ok(text.includes('310118201005010033') && !CODE_WORDS.test(text), text);
  await page.click('#apply-normalized');
  assert.equal(await page.inputValue('[name="members.2.idNumber"]'), '310118201005010033');
  assert.equal(await page.locator('#normalized-section').isHidden(), true);
  assert.deepEqual(errors, []);
});

test('consultant: no notice from an invalid application, none without the office’s amount, and the page has no amount of its own', async () => {
  const { page, errors } = await portal.visit('/consultant.html?today=2026-11-27');
  const notices = () => page.locator('#publicity .jiuzhu-notice').count();
  assert.equal(await page.inputValue('#monthly-amount'), '', 'no amount is preset');

  // An application with errors, even with an amount: no notice.
  await page.click('#load-broken');
  await page.fill('#monthly-amount', '1510');
  assert.equal(await notices(), 0);
  assert.ok((await page.locator('#publicity-status').innerText()).length > 0, 'the page says why');

  // Nothing at all ({}): no notice.
  await page.click('#json-panel summary');
  await page.fill('#case-json', '{}');
  await page.click('#import-json');
  assert.equal(await page.locator('#findings li').count() > 5, true);
  assert.equal(await notices(), 0);

  // A valid application without an amount: no notice; with the office's amount: the notice, with it.
  await page.fill('#monthly-amount', '');
  await page.click('#load-sample');
  assert.equal(await page.locator('#findings li').count(), 0);
  assert.equal(await notices(), 0);
  await page.fill('#monthly-amount', '1234.5');
  assert.equal(await notices(), 1);
  const notice = await page.locator('#publicity .jiuzhu-notice').innerText();
  assert.ok(notice.includes('1234.5'), notice);
  assert.ok(!notice.includes('310118198003150011') && !notice.includes('13812345678'));

  // Broken again: the notice goes.
  await page.fill('#phone', '138');
  assert.equal(await notices(), 0);
  assert.deepEqual(errors, []);
});

test('consultant: bad JSON is refused without touching the form or its checks; today is the browser’s date', async () => {
  const { page, errors } = await portal.visit('/consultant.html');
  const local = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await page.inputValue('#accepted-on'), local);
  assert.equal(await page.inputValue('#posted-on'), local);
  assert.equal(await page.inputValue('#case-form [name=submittedOn]'), local);

  await page.click('#load-broken');
  const before = await page.locator('#findings li').evaluateAll((lis) => lis.map((li) => li.dataset.path));
  assert.ok(before.length > 0, 'the broken case has findings to keep');
  await page.click('#json-panel summary');
  await page.fill('#case-json', '{ "category": ');
  await page.click('#import-json');
  assert.equal(await page.locator('#json-status .error').count(), 1);
  assert.equal(await page.inputValue('#phone'), '1381234567', 'the form is as it was');
  assert.deepEqual(await page.locator('#findings li').evaluateAll((lis) => lis.map((li) => li.dataset.path)), before, 'the checks still describe the form');
  await page.fill('#case-json', '[1, 2]');
  await page.click('#import-json');
  assert.equal(await page.locator('#json-status .error').count(), 1);

  // Export gives back what the form holds.
  await page.click('#export-json');
  const exported = JSON.parse(await page.inputValue('#case-json'));
  assert.equal(exported.contact.phone, '1381234567');
  assert.equal(exported.members.length, 5);
  assert.deepEqual(errors, []);
});
