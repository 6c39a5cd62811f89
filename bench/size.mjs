// Transfer size of jiuzhu's web build beside what a portal would otherwise ship for the same job:
// the bench's zod schema with chinese-days for the calendar, the same rules as an ajv schema with
// chinese-days, and async-validator (Element Plus's validator) with chinese-days. Each peer is
// bundled and minified by rolldown from an entry that imports what the page would use, so only
// what is reachable counts. gzip -9 and brotli 11, as scripts/size.mjs measures jiuzhu.
//
//   bash scripts/build.sh && node bench/size.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { webBuildSize } from '../scripts/size.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// Inside the repository, so that the entries resolve the peers from its node_modules.
const dir = here(`../.tmp/size-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// The calendar calls a portal makes: is a day a working day, and a deadline N working days on.
const calendar = `import chineseDays from 'chinese-days';
export const calendar = [chineseDays.isWorkday, chineseDays.findWorkday];`;

const peers = {
  'zod 4 + chinese-days': `import { zodSchema } from '${here('./zod-schema.mjs')}';
${calendar}
export const validate = (app) => zodSchema.safeParse(app);`,
  'ajv 8 + chinese-days': `import Ajv from 'ajv';
${calendar}
const ajv = new Ajv({ allErrors: true });
export const compile = (schema) => ajv.compile(schema);`,
  'async-validator + chinese-days': `import Schema from 'async-validator';
${calendar}
export const validator = (rules) => new Schema(rules);`,
  'chinese-days alone': calendar,
};

const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';
const rows = [];
const ours = webBuildSize();
rows.push(['jiuzhu (wasm + JavaScript, all features)', ours.gzip, ours.brotli]);
for (const [name, entry] of Object.entries(peers)) {
  const input = join(dir, 'entry.mjs');
  const file = join(dir, 'bundle.js');
  writeFileSync(input, entry);
  await build({ input, output: { file, format: 'esm', minify: true }, logLevel: 'silent' });
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  rows.push([name, gzipSync(bytes, { level: 9 }).length, brotli.length]);
}
rmSync(dir, { recursive: true, force: true });

console.log('| what a page ships | gzip -9 | brotli 11 |');
console.log('|---|---:|---:|');
for (const [name, gzip, brotli] of rows) console.log(`| ${name} | ${kb(gzip)} | ${kb(brotli)} |`);
console.log('\n(ajv\'s row leaves out its schema, which a portal writes and ships as well; the zod row includes ours)');
