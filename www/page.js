// What every page script starts with: finding an element, making one, today's date and a date in
// words. Nothing here holds a rule: the rules are the library's (./jiuzhu.js).

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** A new `tag` element, with `text` as its text and `cls` as its class when given. */
export function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

const WEEKDAYS = '日一二三四五六';

/** "2026年12月1日（星期二）" */
export function formatDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y}年${m}月${d}日（星期${weekday}）`;
}

/** Today in the browser's time zone, "YYYY-MM-DD"; `?today=` in the address overrides it (tests).
 * "Today" is the page's to give: the library never reads a clock. */
export function todayFromPage() {
  const asked = new URLSearchParams(location.search).get('today');
  if (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked)) return asked;
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
