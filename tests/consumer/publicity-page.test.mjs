// The demo portal's printable publicity page (www/publicity.html) in headless Chromium, under the
// strict CSP, against the installed package's web build: no notice until the office enters the
// amount (the page has none of its own); then the sample's notice, none of the sample's ID numbers
// or phones, an audit grouped by reason and named by field, an A4 print with room for the seal,
// and screenshots in tests/screenshots/ (gitignored) to look at.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, open, startServer, here } from './browser.mjs';

const shots = here('../screenshots/');
const source = readFileSync(here('../../www/publicity.js'), 'utf8');
// The sample's secrets, read from the page's own source so the test follows the sample.
const ids = [...source.matchAll(/'(\d{17}[\dX])'/g)].map((m) => m[1]);
const phones = [...source.matchAll(/'(1[3-9]\d{9})'/g)].map((m) => m[1]);
const accounts = [...source.matchAll(/'(\d{16,19})'/g)].map((m) => m[1]);
let server, browser;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer({ mounts: { '/': here('../../www'), '/jiuzhu/': here('node_modules/jiuzhu/dist/web') } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('publicity page: the sample has the secrets this test looks for', () => {
  assert.ok(ids.length >= 3 && phones.length >= 1 && accounts.length >= 1, JSON.stringify({ ids, phones, accounts }));
});

test('publicity page: no notice before the office enters the amount; then the notice, leaking nothing, printed on A4 with room for the seal', async () => {
  const { page, foreign, errors } = await open(browser, `${server.url}/publicity.html`, server.url);
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.waitForSelector('body[data-done]', { timeout: 30_000 });
  assert.equal(await page.inputValue('#monthly-amount'), '', 'the page has no amount of its own');
  assert.equal(await page.locator('.jiuzhu-notice').count(), 0);
  assert.ok((await page.locator('#notice-status').innerText()).length > 0, 'the page says why there is no notice');
  assert.equal(await page.locator('#print').isDisabled(), true);

  await page.fill('#monthly-amount', '2390');
  await page.fill('#supervision-phone', '021-59728888');
  await page.click('#notice-form button[type=submit]');
  await page.waitForSelector('.jiuzhu-notice');
  await page.screenshot({ path: `${shots}publicity.png`, fullPage: true });

  const notice = await page.textContent('.jiuzhu-notice');
  assert.ok(notice.includes('最低生活保障拟救助对象公示'), notice);
  assert.ok(notice.includes('王*'), 'the masked name');
  assert.ok(notice.includes('2390'), 'the amount the office entered');
  assert.ok(notice.includes('2025年10月9日'), 'the period ends after National Day');
  assert.equal(await page.locator('.jiuzhu-notice dd').count(), 9);

  // The audit: one group per reason, its count the library's, every field named in words.
  const expected = await page.evaluate(async () => {
    const { publicityNotice } = await import('/jiuzhu/api.js');
    const { SAMPLE } = await import('/publicity.js');
    const counts = {};
    for (const w of publicityNotice(SAMPLE, { postedOn: '2025-09-30', monthlyAmount: 2390 }).withheld) counts[w.reason] = (counts[w.reason] ?? 0) + 1;
    return counts;
  });
  const groups = await page.locator('#withheld details').evaluateAll((ds) => ds.map((d) => [d.dataset.reason, Number(d.querySelector('summary').textContent.match(/（(\d+) 项）/)[1])]));
  assert.deepEqual(Object.fromEntries(groups), expected);
  assert.ok(Object.values(expected).reduce((a, b) => a + b, 0) > 20, 'the audit covers what was withheld');
  await page.locator('#withheld details').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
  const audit = await page.locator('#withheld').innerText();
  assert.ok(!/\b(members|contact|assets|bankAccount|consents)\b|\b[a-z]+\.[a-z0-9]/.test(audit), audit);

  const text = await page.evaluate(() => document.body.innerText);
  const digits = text.replace(/\D+/g, ' ');
  for (const secret of [...ids, ...phones, ...accounts]) {
    assert.ok(!text.includes(secret), secret);
    for (let i = 0; i + 6 <= secret.length; i++) {
      const run = secret.slice(i, i + 6);
      if (/^\d{6}$/.test(run)) assert.ok(!digits.includes(run), `${run} of ${secret}`);
    }
  }
  for (const name of ['王𠮷', '李秀英', '王小明', '慢性肾功能衰竭', '业辉路']) assert.ok(!text.includes(name), name);

  // Print: only the notice, on an A4 page.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.site').isVisible(), false);
  assert.equal(await page.locator('form').isVisible(), false);
  assert.equal(await page.locator('.audit').isVisible(), false);
  assert.ok(await page.locator('.jiuzhu-notice').isVisible());
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  // The seal (about 42 mm across) is stamped over the issuer's name and date: the space is kept.
  const issuer = await page.locator('.jiuzhu-issuer').boundingBox();
  assert.ok(issuer.height >= (42 / 25.4) * 96, `issuer block ${issuer.height}px`);
  await page.screenshot({ path: `${shots}publicity-print.png`, fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 595.28 × 841.89 points; one page.
  const box = pdf.toString('latin1').match(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  assert.ok(box, 'the PDF has a page box');
  assert.ok(Math.abs(Number(box[1]) - 595.28) < 1 && Math.abs(Number(box[2]) - 841.89) < 1, box[0]);
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 1, 'one page');

  // Switching to the announcement and English re-renders through the library.
  await page.emulateMedia({ media: 'screen' });
  await page.selectOption('#kind', 'announcement');
  await page.selectOption('#locale', 'en');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('.jiuzhu-notice h2')?.textContent.startsWith('Announcement'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, [], 'no console errors (a CSP violation would be one)');
  await page.close();
});
