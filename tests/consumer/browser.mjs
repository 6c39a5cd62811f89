// Debian's Chromium driven by playwright-core (no browser download), and the test server.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
export { startServer, STRICT_CSP } from '../../scripts/serve.mjs';

export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

export const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Opens `url` in a fresh page, recording every request that leaves `origin` and every console
 * error. Returns { page, foreign, errors }.
 */
export async function open(browser, url, origin) {
  const page = await browser.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return { page, foreign, errors };
}
