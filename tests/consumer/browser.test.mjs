// The same behaviour suites in headless Chromium against the web build, served with the strict
// Content Security Policy a government portal uses; no request may leave the page's origin.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, startServer, here } from './browser.mjs';

let server, browser, results, foreign, errors;

before(async () => {
  server = await startServer({ mounts: { '/': here('.') } });
  browser = await launch();
  const opened = await open(browser, `${server.url}/runner.html`, server.url);
  await opened.page.waitForSelector('body[data-done]', { timeout: 60_000 });
  results = await opened.page.evaluate(() => window.jiuzhuResults);
  ({ foreign, errors } = opened);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('chromium: the suites ran', () => {
  assert.ok(results.length > 10, `only ${results?.length} results`);
});

test('chromium: no request left the page and nothing was logged as an error', () => {
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

// One node:test per browser test, so failures are reported by name.
test('chromium: behaviour suites', async (t) => {
  for (const r of results) {
    await t.test(r.name, () => assert.ok(r.ok, r.error));
  }
});
