// Every page of the demo portal, and the states a resident or a consultant gets them into (errors
// shown, an application submitted, a notice drafted), in both modes (normal and the elderly-friendly
// 适老化 mode), in Chromium under the strict CSP: nothing sticks out sideways on a 390 px phone, a
// 1280 px desktop or that desktop at 200% zoom; the elderly mode sets no text under 18 px and no
// target under 44 px; the focus ring shows on every kind of control; the mode switch says its state
// and lasts for the session; axe-core finds no serious or critical violation. Screenshots of each
// page and state at 390 and 1280 px in both modes go to tests/screenshots/ for review.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, checkAxe, checkLayout, fillApplication, site } from './portal-site.mjs';

let portal;
before(async () => {
  portal = await site();
});
after(() => portal?.close());

/** The pages, and the states reached on them by using them. */
const STATES = [
  ...PAGES,
  {
    path: '/apply.html?today=2026-12-28',
    name: 'apply-errors',
    async prepare(page) {
      await page.click('#add-member');
      await page.fill('#phone', '1381234');
      await page.click('#application button[type=submit]');
      await page.waitForSelector('.jiuzhu-error-summary');
    },
  },
  {
    path: '/apply.html?today=2026-12-28',
    name: 'apply-submitted',
    async prepare(page) {
      await fillApplication(page);
      await page.click('#application button[type=submit]');
      await page.waitForSelector('#after-submit:not([hidden])');
    },
  },
  {
    path: '/consultant.html?today=2026-11-27',
    name: 'consultant-errors',
    async prepare(page) {
      await page.click('#load-broken');
      await page.click('#case-form button[type=submit]');
      await page.waitForSelector('#findings li');
    },
  },
  {
    path: '/consultant.html?today=2026-11-27',
    name: 'consultant-notice',
    async prepare(page) {
      await page.click('#load-sample');
      await page.fill('#monthly-amount', '1510');
      await page.waitForSelector('#publicity .jiuzhu-notice');
    },
  },
  {
    path: '/publicity.html',
    name: 'publicity-notice',
    async prepare(page) {
      await page.fill('#monthly-amount', '2390');
      await page.click('#notice-form button[type=submit]');
      await page.waitForSelector('#notice .jiuzhu-notice');
    },
  },
];

for (const state of STATES) {
  for (const mode of ['normal', 'large']) {
    test(`layout: ${state.name}, ${mode} mode: fits a phone, a desktop and 200% zoom${mode === 'large' ? '; text ≥ 18 px, targets ≥ 44 px' : ''}`, () => checkLayout(portal, state, mode));
  }
}

for (const state of STATES) {
  for (const mode of ['normal', 'large']) {
    test(`axe-core: no serious or critical violation on ${state.name}, ${mode} mode`, () => checkAxe(portal, state, mode));
  }
}

for (const mode of ['normal', 'large']) {
  test(`focus: a strong ring (3 px or more, with the yellow halo) on every kind of control, ${mode} mode`, async () => {
    const { page, context } = await portal.visit('/apply.html', { mode });
    try {
      await page.keyboard.press('Tab'); // keyboard use: focus is then shown wherever it moves
      const kinds = ['#category-temporary', '#town', '#phone', '[name="members.0.monthlyIncome.wages"]', '#authorized', '#add-member', '#mode-toggle', 'header nav a', 'footer a', '#application button[type=submit]'];
      for (const selector of kinds) {
        await page.locator(selector).first().focus();
        const ring = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement);
          return { visible: document.activeElement.matches(':focus-visible'), width: parseFloat(style.outlineWidth), style: style.outlineStyle, shadow: style.boxShadow };
        });
        assert.ok(ring.visible && ring.width >= 3 && ring.style === 'solid', `${selector}: ${JSON.stringify(ring)}`);
        assert.match(ring.shadow, /rgb\(255, 221, 0\)/, selector);
      }
    } finally {
      await context.close();
    }
  });
}

test('elderly mode: never colour alone — error messages carry a visible word and invalid fields a thicker border', async () => {
  const { page, context } = await portal.visit('/apply.html', { mode: 'large' });
  try {
    await page.click('#application button[type=submit]');
    const marks = await page.locator('.jiuzhu-error-message').evaluateAll((messages) =>
      messages.map((m) => {
        const prefix = m.querySelector('.jiuzhu-visually-hidden');
        const box = prefix?.getBoundingClientRect();
        return { text: prefix?.textContent.trim().length > 0, shown: box ? box.width > 8 && box.height > 8 : false };
      }),
    );
    assert.ok(marks.length >= 5, `${marks.length} messages`);
    for (const mark of marks) assert.deepEqual(mark, { text: true, shown: true });
    const borders = await page.locator('[aria-invalid=true]:not([type=checkbox]):not([type=radio])').evaluateAll((fields) => fields.map((f) => parseFloat(getComputedStyle(f).borderTopWidth)));
    assert.ok(borders.length > 0 && borders.every((w) => w >= 4), String(borders));
  } finally {
    await context.close();
  }
});

test('elderly mode: the switch says its state, and the mode lasts through page changes for the session, not beyond', async () => {
  const { page, context } = await portal.visit('/');
  try {
    const toggle = page.locator('#mode-toggle');
    const large = () => page.evaluate(() => document.documentElement.classList.contains('large-mode'));
    assert.equal(await toggle.isVisible(), true);
    assert.equal(await toggle.getAttribute('role'), 'switch');
    assert.equal(await toggle.getAttribute('aria-checked'), 'false');
    const offWords = await toggle.locator('.mode-state').textContent();
    await toggle.click();
    assert.equal(await large(), true);
    assert.equal(await toggle.getAttribute('aria-checked'), 'true');
    const onWords = await toggle.locator('.mode-state').textContent();
    assert.notEqual(onWords, offWords, 'the switch’s words change with its state');
    // Three page changes, by the navigation, as a resident would.
    const go = async (href) => {
      await Promise.all([page.waitForURL(`**${href}`), page.click(`header nav a[href="${href}"]`)]);
      await page.waitForSelector('body[data-ready]');
    };
    for (const href of ['/apply.html', '/documents.html', '/next.html']) {
      await go(href);
      assert.equal(await large(), true, href);
      assert.equal(await page.locator('#mode-toggle').getAttribute('aria-checked'), 'true', href);
      assert.equal(await page.locator('#mode-toggle .mode-state').textContent(), onWords, href);
    }
    await page.click('#mode-toggle');
    await go('/apply.html');
    assert.equal(await large(), false, 'switched off, it stays off');
    await page.click('#mode-toggle');
  } finally {
    await context.close();
  }
  // A new session starts in the normal mode.
  const fresh = await portal.visit('/apply.html');
  try {
    assert.equal(await fresh.page.evaluate(() => document.documentElement.classList.contains('large-mode')), false);
  } finally {
    await fresh.context.close();
  }
});

test('elderly mode: without JavaScript the switch, which could do nothing, is not offered', async () => {
  const { page, context } = await portal.visit('/apply.html', { js: false });
  try {
    assert.equal(await page.locator('#mode-toggle').isHidden(), true);
    assert.equal(await page.locator('#add-member').isHidden(), true);
  } finally {
    await context.close();
  }
});

for (const mode of ['normal', 'large']) {
  test(`choices: every radio and checkbox sits level with the first line of its label, unsquashed, ${mode} mode`, async () => {
    for (const path of ['/apply.html', '/documents.html']) {
      const { page, context } = await portal.visit(path, { mode });
      try {
        const misaligned = await page.locator('.choice').evaluateAll((choices) =>
          choices.flatMap((choice) => {
            const input = choice.querySelector('input').getBoundingClientRect();
            const label = choice.querySelector('label');
            const line = parseFloat(getComputedStyle(label).lineHeight);
            const top = label.getBoundingClientRect().top + parseFloat(getComputedStyle(label).paddingTop);
            const middle = input.top + input.height / 2;
            const level = middle >= top && middle <= top + line;
            const square = Math.abs(input.width - input.height) < 1 && input.width >= 18;
            return level && square ? [] : [`${label.htmlFor}: box ${Math.round(input.width)}×${Math.round(input.height)} at ${Math.round(middle)}, first line ${Math.round(top)}–${Math.round(top + line)}`];
          }),
        );
        assert.deepEqual(misaligned, [], path);
      } finally {
        await context.close();
      }
    }
  });
}
