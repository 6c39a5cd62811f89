// Time from navigation to the first validation result in headless Chromium, for a page that loads
// jiuzhu's web build (the module fetched and compiled with WebAssembly.instantiateStreaming as it
// downloads) and for a page that bundles the same rules as a zod schema. With and without 4× CPU
// throttling (DevTools' Emulation.setCPUThrottlingRate), a fresh browser context each run; the
// median of the runs counts. Not a test: it prints milliseconds and ratios.
//
//   bash scripts/build.sh && node bench/first-result.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'rolldown';
import { startServer } from '../scripts/serve.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dir = join(tmpdir(), `jiuzhu-first-result-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// Each page records performance.now() (milliseconds since navigation) when its first result is in.
const page = (script) => `<!doctype html><meta charset="utf-8"><title>first result</title><pre id="out"></pre><script type="module" src="${script}"></script>`;
writeFileSync(join(dir, 'jiuzhu.html'), page('/jiuzhu-page.js'));
writeFileSync(join(dir, 'zod.html'), page('/zod-page.js'));
writeFileSync(
  join(dir, 'jiuzhu-page.js'),
  `import init, { validateApplication } from '/jiuzhu/api.js';
import { valid, today } from '/rules.js';
await init();
const report = validateApplication(valid, { today });
window.firstResult = performance.now();
document.getElementById('out').textContent = JSON.stringify(report.valid);`,
);
// The zod page as a portal would ship it: bundled and minified, zod included.
writeFileSync(
  join(dir, 'zod-entry.js'),
  `import { zodSchema } from '${here('./zod-schema.mjs')}';
import { valid } from '${here('./rules.mjs')}';
const result = zodSchema.safeParse(valid);
window.firstResult = performance.now();
document.getElementById('out').textContent = JSON.stringify(result.success);`,
);
await build({ input: join(dir, 'zod-entry.js'), output: { file: join(dir, 'zod-page.js'), format: 'esm', minify: true }, logLevel: 'silent' });
await build({ input: here('./rules.mjs'), output: { file: join(dir, 'rules.js'), format: 'esm', minify: true }, logLevel: 'silent' });

const server = await startServer({ mounts: { '/': dir, '/jiuzhu/': here('../dist/web') } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function firstResult(path, throttle) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.goto(`${server.url}${path}`);
  await tab.waitForFunction(() => window.firstResult !== undefined, null, { timeout: 60000 });
  const ms = await tab.evaluate(() => window.firstResult);
  await context.close();
  return ms;
}

const RUNS = 9;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`first validation result after navigation, headless Chromium ${browser.version()}, median of ${RUNS} runs (cache disabled, loopback)\n`);
console.log('| CPU | jiuzhu (ms) | zod (ms) | jiuzhu / zod |');
console.log('|---|---:|---:|---:|');
for (const throttle of [1, 4]) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await firstResult('/jiuzhu.html', throttle));
    theirs.push(await firstResult('/zod.html', throttle));
  }
  const [a, b] = [median(ours), median(theirs)];
  console.log(`| ${throttle === 1 ? 'unthrottled' : `${throttle}× slower`} | ${a.toFixed(0)} (${Math.min(...ours).toFixed(0)}–${Math.max(...ours).toFixed(0)}) | ${b.toFixed(0)} (${Math.min(...theirs).toFixed(0)}–${Math.max(...theirs).toFixed(0)}) | ${(a / b).toFixed(2)} |`);
}
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
