// Prints a js/ source without its comment lines: the comments are for readers of js/, not for
// residents' phones (form.js: 4.6 → 3.0 KB gzip). Only whole lines go: a `//` line, or a `/* … */`
// block that starts and ends on line boundaries; a line with code after `*/` stays. build.sh then
// checks every shipped file with `node --check`.
import { readFileSync } from 'node:fs';

let inBlock = false;
const kept = [];
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const text = line.trim();
  const opens = text.startsWith('/*') && (text.endsWith('*/') || !text.includes('*/'));
  if (inBlock || opens) inBlock = !text.endsWith('*/');
  else if (!text.startsWith('//')) kept.push(line);
}
process.stdout.write(kept.join('\n'));
