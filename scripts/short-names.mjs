// Gives the web build's wasm imports and exports one- or two-letter names, in the module and in
// its wasm-bindgen glue together. Only the glue sees these names (the package's API is the glue's
// own exports, which keep theirs), yet wasm-bindgen spells them out with 16-digit hashes
// (`__wbg_parse_6d257978dc567203`) in both files, once per import and export. Fails, leaving the
// files as they were, unless every old name is found where it is expected and none is left.
//
//   node scripts/short-names.mjs dist/web/jiuzhu_bg.wasm dist/web/jiuzhu.js
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

/** The n-th short name: a … z, A … Z, then two letters. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (n) => (n < LETTERS.length ? LETTERS[n] : LETTERS[Math.floor(n / LETTERS.length) - 1] + LETTERS[n % LETTERS.length]);

// --- The binary: LEB128 numbers, names as length-prefixed UTF-8.
function reader(bytes, pos = 0) {
  const r = {
    pos,
    byte: () => bytes[r.pos++],
    u32: () => {
      let result = 0, shift = 0, b;
      do {
        b = bytes[r.pos++];
        result += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      return result;
    },
    name: () => {
      const len = r.u32();
      const s = new TextDecoder().decode(bytes.subarray(r.pos, r.pos + len));
      r.pos += len;
      return s;
    },
    limits: () => {
      const flags = r.u32();
      r.u32();
      if (flags & 1) r.u32();
    },
  };
  return r;
}
const leb = (n) => {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const nameBytes = (s) => {
  const b = new TextEncoder().encode(s);
  return [...leb(b.length), ...b];
};

const sections = [];
const r = reader(wasm, 8);
while (r.pos < wasm.length) {
  const id = r.byte();
  const len = r.u32();
  sections.push({ id, body: wasm.subarray(r.pos, r.pos + len) });
  r.pos += len;
}

const renamedImports = new Map();
const renamedExports = new Map();
let importModule = null;
for (const section of sections) {
  const s = reader(section.body);
  const out = [];
  if (section.id === 2) {
    const count = s.u32();
    out.push(...leb(count));
    for (let i = 0; i < count; i++) {
      const module = s.name();
      const field = s.name();
      if (importModule !== null && module !== importModule) throw new Error(`two import modules: ${importModule}, ${module}`);
      importModule = module;
      const start = s.pos;
      const kind = s.byte();
      if (kind === 0) s.u32();
      else if (kind === 1) (s.byte(), s.limits());
      else if (kind === 2) s.limits();
      else if (kind === 3) (s.byte(), s.byte());
      else throw new Error(`import kind ${kind}`);
      if (!renamedImports.has(field)) renamedImports.set(field, shortName(renamedImports.size));
      out.push(...nameBytes('a'), ...nameBytes(renamedImports.get(field)), ...section.body.subarray(start, s.pos));
    }
  } else if (section.id === 7) {
    const count = s.u32();
    out.push(...leb(count));
    for (let i = 0; i < count; i++) {
      const name = s.name();
      const start = s.pos;
      s.byte();
      s.u32();
      renamedExports.set(name, shortName(renamedExports.size));
      out.push(...nameBytes(renamedExports.get(name)), ...section.body.subarray(start, s.pos));
    }
  } else continue;
  if (s.pos !== section.body.length) throw new Error(`section ${section.id}: ${section.body.length - s.pos} bytes left over`);
  section.body = Uint8Array.from(out);
}

// --- The glue: imports are the keys of one object literal, exports are read as `wasm.name`.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function replaceAll(pattern, replacement, what) {
  const found = glue.match(pattern)?.length ?? 0;
  if (found === 0) throw new Error(`${what} not found in the glue`);
  glue = glue.replace(pattern, replacement);
}
replaceAll(new RegExp(`(["'])${escape(importModule)}\\1:`, 'g'), '"a":', `import module ${importModule}`);
for (const [name, short] of renamedImports) {
  replaceAll(new RegExp(`(?<![\\w$.])${escape(name)}(?=\\s*:)`, 'g'), short, `import ${name}`);
  if (new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`).test(glue)) throw new Error(`import ${name} left in the glue`);
}
for (const [name, short] of renamedExports) {
  // An export the glue never calls (none today) needs no renaming there.
  const pattern = new RegExp(`(?<![\\w$.])wasm\\.${escape(name)}(?![\\w$])`, 'g');
  if (pattern.test(glue)) glue = glue.replace(pattern, `wasm.${short}`);
}
const stale = [...renamedExports.keys()].filter((name) => new RegExp(`wasm\\.${escape(name)}(?![\\w$])`).test(glue));
if (stale.length) throw new Error(`exports left in the glue: ${stale}`);

const parts = [wasm.subarray(0, 8)];
for (const { id, body } of sections) parts.push(Uint8Array.from([id, ...leb(body.length)]), body);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
