#!/usr/bin/env node
// jiuzhu's command line.
// - `jiuzhu lint-form FILE…`, for portal builds: checks form definitions against the document
//   catalogue (上海市社会救助条例 第46条) and exits non-zero on any violation, so CI can refuse a
//   form that asks applicants for a household register.
// - `jiuzhu check-roster FILE…`, for assistance offices: validates every application of an exported
//   roster (a JSON array) in one call and prints what to correct, one line per finding.
//
// Exit status: 0 nothing found (warnings allowed); 1 violations or applications with errors;
// 2 usage error or a file that cannot be read or parsed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { lintFormDefinition, validateApplications } = createRequire(import.meta.url)('../dist/node/index.js');

const USAGE = `usage: jiuzhu lint-form [--locale zh-CN|en] FILE…
       jiuzhu check-roster [--locale zh-CN|en] [--today YYYY-MM-DD] FILE…

lint-form checks each form definition (JSON: { "id", "category"?, "documents": [{ "kind"?, "label", "required"? }] })
and prints one line per violation: FILE: PATH: MESSAGE.
check-roster validates each roster (JSON: an array of applications) and prints one line per finding:
FILE: APPLICATION (counted from 1): PATH: error|warning: MESSAGE. --today defaults to this machine's date.
Exit status: 0 nothing found (warnings allowed), 1 violations or applications with errors,
2 usage error or unreadable/invalid JSON.`;

function usage(message) {
  if (message) console.error(`jiuzhu: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

/** This machine's date as YYYY-MM-DD: the core has no clock, so the command supplies "today". */
function localToday() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(0);
}
const COMMANDS = ['lint-form', 'check-roster'];
if (!COMMANDS.includes(command)) usage(command ? `unknown command “${command}”` : 'no command given');

const opts = { locale: 'zh-CN' };
const files = [];
const flags = command === 'check-roster' ? ['--locale', '--today'] : ['--locale'];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const eq = arg.indexOf('=');
  const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
  if (arg === '--') {
    files.push(...args.slice(i + 1));
    break;
  } else if (flags.includes(flag)) {
    const given = flag === arg ? args[++i] : arg.slice(eq + 1);
    opts[flag.slice(2)] = given ?? usage(`${flag} needs a value`);
  } else if (arg.startsWith('-') && arg !== '-') {
    usage(`unknown option “${arg}”`);
  } else {
    files.push(arg);
  }
}
if (files.length === 0) usage(command === 'lint-form' ? 'no form definition given' : 'no roster given');
if (command === 'check-roster') opts.today ??= localToday();

/** The file's text, or undefined after saying why it cannot be read. */
function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error.code ?? error.message})`);
    return undefined;
  }
}

/** Runs an export; bad options throw a coded Error, which is a usage error here. */
function run(fn, ...input) {
  try {
    return fn(...input, opts);
  } catch (error) {
    return usage(error.message);
  }
}

let found = 0;
let broken = 0;
let applications = 0;
for (const file of files) {
  const text = read(file);
  if (text === undefined) {
    broken++;
  } else if (command === 'lint-form') {
    let def;
    try {
      def = JSON.parse(text);
    } catch (error) {
      broken++;
      console.error(`${file}: not valid JSON (${error.message})`);
      continue;
    }
    const violations = run(lintFormDefinition, def);
    for (const v of violations) console.log(`${file}: ${v.path || '(form)'}: ${v.message}`);
    found += violations.length;
  } else {
    // The text goes to the module as it is: parsing it in JavaScript first would be slower.
    const reports = run(validateApplications, text);
    const [first] = reports[0]?.errors ?? [];
    if (reports.length === 1 && first?.code === 'notARoster') {
      broken++;
      console.error(`${file}: ${first.message}`);
      continue;
    }
    reports.forEach((report, i) => {
      for (const e of report.errors) console.log(`${file}: ${i + 1}: ${e.path || '(application)'}: ${e.severity}: ${e.message}`);
      if (!report.valid) found++;
    });
    applications += reports.length;
  }
}

if (found > 0 && command === 'lint-form') {
  console.error(`jiuzhu: ${found} violation${found === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
} else if (command === 'check-roster') {
  console.error(`jiuzhu: ${found} of ${applications} application${applications === 1 ? '' : 's'} with errors`);
}
process.exit(broken > 0 ? 2 : found > 0 ? 1 : 0);
