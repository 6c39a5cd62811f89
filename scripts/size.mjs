// The web build's transfer size: the wasm and every JavaScript file of dist/web a page loads (the
// wasm-bindgen glue, api.js, and index.js, which only bundlers load), each gzip -9, and brotli for
// reference. Prints it; with --check, fails over the ceiling.
//
// TARGET_BYTES is what residents' phones should download (120 KB, all features, reached with the
// standard stack's own means; see BENCHMARKS.md). CEILING_BYTES stops the build growing unnoticed:
// the tests fail above it. Lower it when the build shrinks; never raise it without saying why.
// It was 150 KB for the standard-stack build alone; it is 255 KB since the county-level region
// table (identity warnings) and the decisions after intake (five notices with their wording, the
// payment arrangement, the case record with its roles, their tables read by derived serde models)
// joined the same build, which measured 248.2 KB gzip with them (BENCHMARKS.md has the shares).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TARGET_BYTES = 120 * 1024;
export const CEILING_BYTES = 255 * 1024;
const dist = fileURLToPath(new URL('../dist/web/', import.meta.url));

/** The size of the web build in `dir` (a package's dist/web/, by default this repository's). */
export function webBuildSize(dir = dist) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.wasm') || f.endsWith('.js')).sort();
  const sizes = files.map((f) => {
    const bytes = readFileSync(join(dir, f));
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
  });
  const total = (key) => sizes.reduce((s, f) => s + f[key], 0);
  return { files: sizes, gzip: total('gzip'), brotli: total('brotli'), raw: total('raw') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = webBuildSize();
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`web build: ${size.files.map((f) => `${f.file} ${kb(f.raw)} (${kb(f.gzip)} gzip)`).join(', ')}; total ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli (target ${kb(TARGET_BYTES)}, ceiling ${kb(CEILING_BYTES)})`);
  if (process.argv.includes('--check') && size.gzip > CEILING_BYTES) process.exit(1);
}
