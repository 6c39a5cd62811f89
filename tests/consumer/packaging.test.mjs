// The packed tarball as portal developers use it: bundled by Vite 8 and webpack 5 and run in
// Chromium, type-checked by TypeScript, within its size budget, and containing only what it should.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, open, startServer, here } from './browser.mjs';

const out = here('.out/');
const pkg = here('node_modules/jiuzhu/');
let browser;

before(async () => {
  rmSync(out, { recursive: true, force: true });
  browser = await launch();
});
after(() => browser?.close());

/** Serves a built app, opens it, returns what its page computed. */
async function runApp(dir) {
  const server = await startServer({ mounts: { '/': dir } });
  try {
    const { page, foreign, errors } = await open(browser, `${server.url}/`, server.url);
    await page.waitForSelector('#out[data-done]', { timeout: 30_000 });
    const result = JSON.parse(await page.textContent('#out'));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await page.close();
    return result;
  } finally {
    await server.close();
  }
}

const expected = { due: '2026-10-10', kind: 'restDay', label: '国庆节调休上班' };

test('packaging: a Vite 8 build runs in Chromium, with no plugin', async () => {
  const { build } = await import('vite');
  await build({
    root: here('fixtures/app'),
    logLevel: 'silent',
    configFile: false,
    build: { outDir: join(out, 'vite'), emptyOutDir: true },
  });
  assert.deepEqual(await runApp(join(out, 'vite')), expected);
});

test('packaging: a webpack 5 build runs in Chromium, with no wasm configuration', async () => {
  const { default: webpack } = await import('webpack');
  const dir = join(out, 'webpack');
  const stats = await new Promise((ok, fail) =>
    webpack(
      {
        mode: 'production',
        target: 'web',
        context: here('fixtures/app'),
        entry: './main.js',
        output: { path: dir, filename: 'main.js', clean: true },
        performance: { hints: false },
      },
      (err, s) => (err ? fail(err) : ok(s)),
    ),
  );
  assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
  const html = readFileSync(here('fixtures/app/index.html'), 'utf8').replace('type="module" src="./main.js"', 'src="./main.js"');
  writeFileSync(join(dir, 'index.html'), html);
  assert.deepEqual(await runApp(dir), expected);
});

test('packaging: the TypeScript declarations type-check a consumer', () => {
  const tsc = here('../../node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', here('types/tsconfig.json')], { stdio: 'pipe' });
});

test('packaging: the web build (wasm and every JavaScript file) does not grow past its ceiling', async () => {
  const { TARGET_BYTES, CEILING_BYTES, webBuildSize } = await import('../../scripts/size.mjs');
  const { files, gzip } = webBuildSize(join(pkg, 'dist/web'));
  assert.ok(['jiuzhu_bg.wasm', 'jiuzhu.js', 'api.js'].every((f) => files.some((s) => s.file === f)), 'every file counted');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`web build: ${kb(gzip)} gzip; target ${kb(TARGET_BYTES)} (${gzip <= TARGET_BYTES ? 'met' : 'NOT met'}), ceiling ${kb(CEILING_BYTES)}`);
  assert.ok(gzip <= CEILING_BYTES, `${gzip} bytes gzip`);
});

test('packaging: the minified web files have source maps holding their readable source', () => {
  const web = join(pkg, 'dist/web');
  const minified = readdirSync(web).filter((f) => f.endsWith('.js.map')).map((f) => f.slice(0, -4));
  assert.ok(minified.includes('jiuzhu.js'), 'the wasm-bindgen glue is minified');
  for (const file of minified) {
    const code = readFileSync(join(web, file), 'utf8');
    assert.ok(code.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`), `${file} names its map`);
    const map = JSON.parse(readFileSync(join(web, `${file}.map`), 'utf8'));
    assert.equal(map.version, 3);
    assert.equal(map.sourcesContent.length, map.sources.length);
    assert.ok(map.mappings.length > 0, `${file}: mappings`);
    // The shipped file is smaller than the source its map holds, which keeps its names.
    const source = map.sourcesContent.join('\n');
    assert.ok(code.length < source.length, `${file} is minified`);
  }
  const glue = JSON.parse(readFileSync(join(web, 'jiuzhu.js.map'), 'utf8')).sourcesContent.join('\n');
  assert.match(glue, /export function validateApplication\(/);
});

test('packaging: every function of the module is in the public API, through the JavaScript layer', () => {
  const require = createRequire(import.meta.url);
  const lib = require('jiuzhu');
  const raw = require(join(pkg, 'dist/node/jiuzhu.js'));
  const functions = (m) => Object.keys(m).filter((k) => typeof m[k] === 'function' && !k.startsWith('__') && !/^[A-Z]/.test(k)).sort();
  const layer = functions(lib).filter((k) => k !== 'todayInChina');
  assert.deepEqual(layer, functions(raw));
  for (const name of layer) assert.notEqual(lib[name], raw[name], `${name} goes through the layer`);
  assert.equal(lib.FormBinding, raw.FormBinding);
});

test('packaging: the tarball holds the builds and typings, no sources', () => {
  const list = (dir) =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? list(join(dir, f)).map((g) => `${f}/${g}`) : [f]));
  const files = list(pkg).sort();
  for (const required of ['package.json', 'README.md', 'dist/index.d.ts', 'dist/node/index.js', 'dist/node/jiuzhu.js', 'dist/node/jiuzhu_bg.wasm', 'dist/web/index.js', 'dist/web/jiuzhu.js', 'dist/web/jiuzhu_bg.wasm', 'dist/web/api.js']) {
    assert.ok(files.includes(required), `${required} missing`);
  }
  assert.deepEqual(files.filter((f) => f.endsWith('.rs') || f.startsWith('src/') || f.startsWith('tests/')), []);
});
