#!/usr/bin/env node
// jiuzhu's command line, for portal builds: `jiuzhu lint-form FILE…` checks form definitions
// against the document catalogue (上海市社会救助条例 第46条) and exits non-zero on any violation,
// so CI can refuse a form that asks applicants for a household register.
//
// Exit status: 0 no violation; 1 violations; 2 usage error or a file that cannot be read or parsed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { lintFormDefinition } = createRequire(import.meta.url)('../dist/node/jiuzhu.js');

const USAGE = `usage: jiuzhu lint-form [--locale zh-CN|en] FILE…

Checks each form definition (JSON: { "id", "category"?, "documents": [{ "kind"?, "label", "required"? }] })
and prints one line per violation: FILE: PATH: MESSAGE.
Exit status: 0 no violation, 1 violations found, 2 usage error or unreadable/invalid JSON.`;

function usage(message) {
  if (message) console.error(`jiuzhu: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'lint-form') usage(command ? `unknown command “${command}”` : 'no command given');

let locale = 'zh-CN';
const files = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--') {
    files.push(...args.slice(i + 1));
    break;
  } else if (arg === '--locale') {
    locale = args[++i] ?? usage('--locale needs a value');
  } else if (arg.startsWith('--locale=')) {
    locale = arg.slice('--locale='.length);
  } else if (arg.startsWith('-') && arg !== '-') {
    usage(`unknown option “${arg}”`);
  } else {
    files.push(arg);
  }
}
if (files.length === 0) usage('no form definition given');

let violations = 0;
let broken = 0;
for (const file of files) {
  let def;
  try {
    def = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (error) {
    broken++;
    const why = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${error.code ?? error.message})`;
    console.error(`${file}: ${why}`);
    continue;
  }
  let found;
  try {
    found = lintFormDefinition(def, { locale });
  } catch (error) {
    usage(error.message);
  }
  for (const v of found) console.log(`${file}: ${v.path || '(form)'}: ${v.message}`);
  violations += found.length;
}

if (violations > 0) console.error(`jiuzhu: ${violations} violation${violations === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
process.exit(broken > 0 ? 2 : violations > 0 ? 1 : 0);
