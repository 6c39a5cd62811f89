// Fast paths for the calendar's hot calls. A date string of the exact shape YYYY-MM-DD is packed
// into a yyyymmdd integer here, so nothing is copied into wasm and no string comes back; anything
// else, and every error, goes through the general export, which validates and raises the coded
// Error. The rules stay in Rust: this file only converts.

/** "2026-02-14" → 20260214; 0 when the shape is not ASCII digits and dashes. */
function packDate(s) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return 0;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

function unpackDate(n) {
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The fast calendar functions over the raw wasm-bindgen exports `raw`. */
export function fastCalendar(raw) {
  return {
    isWorkingDay(date, opts) {
      if (opts === undefined) {
        const packed = packDate(date);
        if (packed > 0) {
          const r = raw.__isWorkingDayPacked(packed);
          if (r >= 0) return r === 1;
        }
      }
      return raw.isWorkingDay(date, opts);
    },
    addWorkingDays(date, n, opts) {
      if (opts === undefined && Number.isInteger(n) && Math.abs(n) <= 100000) {
        const packed = packDate(date);
        if (packed > 0) {
          const r = raw.__addWorkingDaysPacked(packed, n);
          if (r > 0) return unpackDate(r);
        }
      }
      return raw.addWorkingDays(date, n, opts);
    },
    workingDaysBetween(from, to, opts) {
      if (opts === undefined) {
        const a = packDate(from);
        const b = packDate(to);
        if (a > 0 && b > 0) {
          const r = raw.__workingDaysBetweenPacked(a, b);
          if (r === r) return r;
        }
      }
      return raw.workingDaysBetween(from, to, opts);
    },
  };
}
