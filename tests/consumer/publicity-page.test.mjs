// The demo portal's printable publicity page (www/publicity.html) in headless Chromium, under the
// strict CSP, against the installed package's web build: it renders the sample's notice, shows
// none of the sample's ID numbers or phones, prints on A4, and leaves screenshots in
// tests/screenshots/ (gitignored) to look at.
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

test('publicity page: renders the notice, leaks nothing, prints on A4', async () => {
  const { page, foreign, errors } = await open(browser, `${server.url}/publicity.html`, server.url);
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.waitForSelector('body[data-done] .jiuzhu-notice', { timeout: 30_000 });
  await page.screenshot({ path: `${shots}publicity.png`, fullPage: true });

  const notice = await page.textContent('.jiuzhu-notice');
  assert.ok(notice.includes('最低生活保障拟救助对象公示'), notice);
  assert.ok(notice.includes('王*'), 'the masked name');
  assert.ok(notice.includes('2025年10月9日'), 'the period ends after National Day');
  assert.equal(await page.locator('.jiuzhu-notice dd').count(), 9);
  assert.ok((await page.locator('#withheld tr').count()) > 20, 'the audit lists what was withheld');

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
