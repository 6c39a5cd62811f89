// The demo portal (www/) served as `npm start` serves it, under the strict CSP, with the installed
// package's web build at /jiuzhu/, and opened in Debian's Chromium at a given size and mode. Shared
// by the portal's page tests; screenshots go to tests/screenshots/ (gitignored, named in README).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, startServer, here } from './browser.mjs';

export const SHOTS = here('../screenshots/');
mkdirSync(SHOTS, { recursive: true });
export const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Every page of the portal: residents' first, then the staff and developer entry and its pages. */
export const PAGES = [
  { path: '/', name: 'index' },
  { path: '/apply.html', name: 'apply' },
  { path: '/documents.html', name: 'documents' },
  { path: '/next.html', name: 'next' },
  { path: '/submitted.html', name: 'submitted' },
  { path: '/staff.html', name: 'staff' },
  { path: '/consultant.html', name: 'consultant' },
  { path: '/case.html', name: 'case' },
  { path: '/publicity.html', name: 'publicity' },
  { path: '/deadlines.html', name: 'deadlines' },
  { path: '/workdays.html', name: 'workdays' },
  { path: '/developer.html', name: 'developer' },
];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
/** The desktop at 200% zoom: half the CSS pixels. */
export const ZOOMED = { width: 640, height: 400 };
/** The sizes a page is laid out at: [label, size]. */
export const SIZES = [['390', PHONE], ['1280', DESKTOP], ['zoom200', ZOOMED]];

/** Starts the server and the browser; returns { server, browser, visit, close }. */
export async function site() {
  const server = await startServer({ mounts: { '/': here('../../www'), '/jiuzhu/': here('node_modules/jiuzhu/dist/web') } });
  const browser = await launch();
  /**
   * Opens `path` in a fresh context (its own session): `size` ({ width, height }), `mode`
   * ('large' sets the elderly-friendly mode through the address, as a kiosk link would), `js`
   * (false: JavaScript off), `csp` (false: bypassed, for injecting axe-core). Waits until the
   * page's module (if it has one) is ready. Returns { page, context, foreign, errors }: requests
   * that left the origin and console errors (a CSP violation is one).
   */
  async function visit(path, { size = PHONE, mode, js = true, csp = true } = {}) {
    const context = await browser.newContext({
      viewport: size,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      javaScriptEnabled: js,
      bypassCSP: !csp,
    });
    const page = await context.newPage();
    const foreign = [];
    const errors = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const url = new URL(path, server.url);
    if (mode) url.searchParams.set('mode', mode);
    await page.goto(url.href);
    if (js && (await page.locator('script[type=module]').count()) > 0) {
      await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
    }
    return { page, context, foreign, errors };
  }
  return {
    server,
    browser,
    visit,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `state.path` at each of `sizes` in `mode` ('normal' or 'large'), brings it into its state
 * (`state.prepare`), and asserts: the mode is the one asked for; nothing sticks out sideways; in the
 * elderly mode on the phone, no text under 18 px and no target under 44 px; at 200% zoom the header
 * leaves most of the screen to the page; no request left the origin and no error was logged.
 * Screenshots at every size but the zoomed one, named `<state.name>-<label>-<mode>.png`.
 */
export async function checkLayout(portal, state, mode, sizes = SIZES) {
  for (const [label, size] of sizes) {
    const { page, context, foreign, errors } = await portal.visit(state.path, { size, mode });
    try {
      await state.prepare?.(page);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-mode')), mode === 'large');
      const wide = await overflow(page);
      assert.ok(wide.scrollWidth <= wide.width && wide.wide.length === 0, `${state.name} at ${label}: ${JSON.stringify(wide)}`);
      if (label !== 'zoom200') await page.screenshot({ path: `${SHOTS}${state.name}-${label}-${mode}.png`, fullPage: true });
      if (mode === 'large' && label === '390') {
        assert.deepEqual(await smallText(page, 18), [], 'text under 18 px');
        assert.deepEqual(await smallTargets(page, 44), [], 'targets under 44 px');
      }
      if (label === 'zoom200') {
        // At 200% zoom the header leaves most of the screen to the page.
        const header = await page.locator('header.site').boundingBox();
        assert.ok(header.height <= size.height * 0.3, `header ${header.height}px of ${size.height}px`);
      }
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
}

/**
 * Opens `state.path` in `mode` with the CSP bypassed (axe-core is injected as a script, which the
 * strict CSP would block), brings it into its state, and asserts that axe-core finds no serious or
 * critical violation.
 */
export async function checkAxe(portal, state, mode) {
  const { page, context } = await portal.visit(state.path, { mode, csp: false });
  try {
    await state.prepare?.(page);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  } finally {
    await context.close();
  }
}

/**
 * What sticks out sideways: the document's scroll width beyond the viewport, and any element whose
 * box passes the viewport's right edge (outside an element that scrolls or clips on its own, such
 * as a code block).
 */
export function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (node) => {
      for (let p = node.parentElement; p; p = p.parentElement) {
        if (p === document.body || p === document.documentElement) return false;
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
      }
      return false;
    };
    const wide = [];
    for (const node of document.body.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1 || clipped(node)) continue;
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)' || box.left < -1000) continue;
      wide.push(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ').join('.')}` : ''} → ${Math.round(box.right)}px`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
  });
}

/** A complete, valid application typed into the resident's form (fictitious person). */
export async function fillApplication(page) {
  await page.selectOption('#town', '310118105');
  await page.fill('#committee', '赵巷村村民委员会');
  await page.fill('#phone', '13812345678');
  await page.fill('#hukou-address', '青浦区赵巷镇赵巷村1号');
  await page.fill('#residence-address', '青浦区赵巷镇赵巷村1号');
  await page.fill('[name="members.0.name"]', '张伟');
  await page.fill('[name="members.0.idNumber"]', '310118198003150011');
  await page.fill('#bank-name', '中国工商银行');
  await page.fill('#account-number', '6217000010000000011');
  await page.fill('#holder-name', '张伟');
  await page.check('#authorized');
  await page.check('#truthful');
}

/** Visible text set smaller than `min` px: [“tag size text”] (SVG drawings and hidden text aside). */
export function smallText(page, min) {
  return page.evaluate((min) => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest('svg, script, style, template, noscript, option')) continue;
      const box = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      if (box.width <= 1 || box.height <= 1 || box.right < 0 || style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < min) small.push(`${parent.tagName.toLowerCase()} ${size}px “${node.data.trim().slice(0, 16)}”`);
    }
    return small;
  }, min);
}

/**
 * Controls and standalone links smaller than `min` px either way: buttons, fields, radios and
 * checkboxes, summaries, and every link that is not a few words inside running text.
 */
export function smallTargets(page, min) {
  return page.evaluate((min) => {
    const small = [];
    for (const node of document.querySelectorAll('button, input:not([type=hidden]), select, textarea, summary, a[href]')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right < 0 || getComputedStyle(node).visibility === 'hidden') continue;
      if (node.tagName === 'A') {
        const alone = node.parentElement.textContent.trim() === node.textContent.trim();
        if (!alone && !node.closest('header, footer, .link-list, .jiuzhu-error-summary, .findings')) continue;
      }
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        small.push(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} “${(node.textContent || node.getAttribute('name') || '').trim().slice(0, 12)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, min);
}
