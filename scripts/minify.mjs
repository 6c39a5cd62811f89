// Minifies the web build's JavaScript in place (terser: compressed, names mangled), each file with
// a source map that embeds the readable source, so a developer's devtools still show it. Only
// dist/web: browsers download it as it is when a page imports the package without a bundler;
// the Node build stays readable, since servers and the command line do not download it.
//
//   node scripts/minify.mjs dist/web
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const result = await minify(
    { [file]: source },
    {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
      sourceMap: { includeSources: true, url: `${file}.map` },
    },
  );
  // A file already minimal (index.js: two statements) stays as it is, without a map.
  if (result.code.length >= source.length) continue;
  writeFileSync(path, result.code);
  writeFileSync(`${path}.map`, result.map);
}
