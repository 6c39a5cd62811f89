// Calendar throughput against the npm package chinese-days, in the same run on the same inputs.
// Not a test: prints operations per second and the ratio. Run with `npm run bench` (builds first).
import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';

const { findWorkday, isWorkday } = chineseDays;

const jiuzhu = createRequire(import.meta.url)('../dist/node/index.js');

// Every day of 2021–2025 as start dates, 2 and 12 working days ahead (the policy's periods).
const dates = [];
for (let t = Date.UTC(2021, 0, 1); t < Date.UTC(2025, 11, 1); t += 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));

// Same answers first: a benchmark of different results would mean nothing.
let disagreements = 0;
for (const d of dates) {
  for (const n of [2, 12]) if (jiuzhu.addWorkingDays(d, n) !== findWorkday(n, d)) disagreements++;
  if (jiuzhu.isWorkingDay(d) !== isWorkday(d)) disagreements++;
}

function rate(fn, minMs = 400) {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    ops += fn();
    elapsed = performance.now() - start;
  }
  return (ops / elapsed) * 1000;
}

const cases = [
  ['addWorkingDays(d, 2)', () => dates.forEach((d) => jiuzhu.addWorkingDays(d, 2)) ?? dates.length, () => dates.forEach((d) => findWorkday(2, d)) ?? dates.length],
  ['addWorkingDays(d, 12)', () => dates.forEach((d) => jiuzhu.addWorkingDays(d, 12)) ?? dates.length, () => dates.forEach((d) => findWorkday(12, d)) ?? dates.length],
  ['isWorkingDay(d)', () => dates.forEach((d) => jiuzhu.isWorkingDay(d)) ?? dates.length, () => dates.forEach((d) => isWorkday(d)) ?? dates.length],
];

console.log(`calendar benchmark: ${dates.length} dates, Node ${process.version}; disagreements with chinese-days: ${disagreements}`);
console.log('| operation | jiuzhu ops/s | chinese-days ops/s | ratio |');
console.log('|---|---:|---:|---:|');
for (const [name, ours, theirs] of cases) {
  ours(); theirs(); // warm up
  const a = rate(ours);
  const b = rate(theirs);
  console.log(`| ${name} | ${Math.round(a).toLocaleString('en')} | ${Math.round(b).toLocaleString('en')} | ${(a / b).toFixed(1)}× |`);
}
