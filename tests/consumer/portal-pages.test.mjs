// The portal's other pages in Chromium under the strict CSP: the two entries kept apart (residents'
// pages without developer words), what a household brings, what happens next, the working-day
// calculator, the deadlines and the developer's page, each checked for the defects issue 18 found.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, site } from './portal-site.mjs';

let portal;
before(async () => {
  portal = await site();
});
after(() => portal?.close());

const RESIDENT = ['/', '/apply.html', '/documents.html', '/next.html', '/submitted.html'];

test('entries: residents’ pages link only to residents’ pages (and the staff entry) and use no developer words; staff pages have their own', async () => {
  for (const path of RESIDENT) {
    const { page, context } = await portal.visit(path);
    try {
      const nav = await page.locator('header a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      for (const href of nav) assert.ok(RESIDENT.includes(href), `${path} links ${href} in its header`);
      const text = await page.locator('body').innerText();
      for (const word of ['jiuzhu', '开发者', '工作日计算', 'JSON']) {
        const shown = word === '开发者' ? text.replace('工作人员和开发者入口', '') : text;
        assert.ok(!shown.includes(word), `${path} shows “${word}”`);
      }
      assert.equal(await page.locator('footer a[href="/staff.html"]').count(), 1, `${path}: the staff entry, in the footer`);
    } finally {
      await context.close();
    }
  }
  const { page, context } = await portal.visit('/staff.html');
  try {
    const listed = await page.locator('main .link-list a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    const staff = PAGES.map((p) => p.path).filter((p) => !RESIDENT.includes(p) && p !== '/staff.html');
    assert.deepEqual(listed.sort(), staff.sort());
  } finally {
    await context.close();
  }
});

test('documents: what a household brings grows with its adults; nothing the office looks up is asked for; no “待核实”', async () => {
  const { page, errors } = await portal.visit('/documents.html?today=2026-11-27');
  const asked = () => page.locator('#request-list li').allTextContents();
  const one = await asked();
  await page.fill('#adults', '3');
  await page.check('#spouse');
  await page.click('#household-form button[type=submit]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-title', 'focus goes to the answer');
  const three = await asked();
  assert.equal(three.length, one.length + 2, 'each adult signs the verification authorisation');
  assert.ok(three.some((d) => d.includes('您的配偶')), three.join('\n'));
  // Medical bills (for the support of heavy expenses) and a rental contract: kinds whose rule the
  // catalogue has not verified.
  await page.check('#d-rigidExpenditure');
  await page.check('#medical');
  await page.check('#elsewhere');
  const more = await asked();
  assert.equal(more.length, three.length + 2);
  const obtained = await page.locator('#office-list li').allTextContents();
  assert.ok(obtained.length > 5);
  for (const d of [...more, ...obtained]) assert.ok(!d.includes('待核实'), d);
  for (const name of obtained) assert.ok(!more.some((d) => d.startsWith(`${name}：`)), `${name} is both asked for and looked up`);
  assert.deepEqual(errors, []);
});

test('next steps: the rules’ dates from the day of acceptance; with the notice posted, the decision’s date; dates in the wrong order refused', async () => {
  const { page, errors } = await portal.visit('/next.html?today=2026-11-27');
  const expect = (events) =>
    page.evaluate(async (events) => {
      const { caseTimeline } = await import('/jiuzhu.js');
      const { formatDate } = await import('/next-steps.js');
      return caseTimeline(events, { provisional: true }).steps.filter((s) => s.dueOn).map((s) => [s.step, formatDate(s.dueOn)]);
    }, events);
  const step = (id) => page.locator(`#next-steps li[data-step="${id}"]`).textContent();
  for (const [id, date] of await expect({ acceptedOn: '2026-11-27' })) assert.ok((await step(id)).includes(date), `${id} ${date}`);
  await page.fill('#posted-on', '2026-12-21');
  await page.dispatchEvent('#dates-form', 'change');
  const withNotice = await expect({ acceptedOn: '2026-11-27', publicityPostedOn: '2026-12-21' });
  assert.ok(withNotice.some(([id]) => id === 'decision'));
  for (const [id, date] of withNotice) assert.ok((await step(id)).includes(date), `${id} ${date}`);
  await page.fill('#posted-on', '2026-11-01');
  await page.dispatchEvent('#dates-form', 'change');
  assert.equal(await page.locator('#dates-error .error').count(), 1);
  assert.equal(await page.locator('#next-steps li').count(), 0);
  assert.deepEqual(errors, []);
});

test('workdays: counts back for a negative n, refuses an empty or zero count, and says a day’s kind once', async () => {
  const { page, errors } = await portal.visit('/workdays.html');
  const run = async (date, n) => {
    await page.fill('#date', date);
    await page.fill('#n', n);
    await page.click('#calendar-form button[type=submit]');
    return { answer: await page.locator('#calendar-result .answer').allTextContents(), error: await page.locator('#calendar-result .error').count(), text: await page.locator('#calendar-result').innerText() };
  };
  const expected = await page.evaluate(async () => {
    const { addWorkingDays } = await import('/jiuzhu.js');
    const { formatDate } = await import('/next-steps.js');
    return [formatDate(addWorkingDays('2026-09-30', -3)), formatDate(addWorkingDays('2026-09-30', 3))];
  });
  const back = await run('2026-09-30', '-3');
  assert.equal(back.answer.length, 1);
  assert.ok(back.answer[0].includes(expected[0]) && !back.answer[0].includes('-3'), back.answer[0]);
  const forward = await run('2026-09-30', '3');
  assert.ok(forward.answer[0].includes(expected[1]), forward.answer[0]);
  assert.ok(!/(工作日|休息日)，\1/.test(forward.text), forward.text);
  for (const n of ['', '0', '1.5']) {
    const refused = await run('2026-09-30', n);
    assert.deepEqual([refused.answer.length, refused.error], [0, 1], `n = “${n}”`);
  }
  assert.deepEqual(errors, []);
});

test('deadlines: an estimated month says so once; due dates explain 推算 and 估算 in words, and a missing one says what it waits for', async () => {
  const { page, errors } = await portal.visit('/deadlines.html?today=2026-12-20');
  await page.fill('#month', '2027-01');
  await page.dispatchEvent('#month-form', 'input');
  assert.equal(await page.locator('#month-view .estimate').count(), 1);
  assert.equal(await page.locator('#month-view .warning').count(), 0);
  assert.equal((await page.locator('#month-view table').innerText()).includes('估算'), false, 'the cells do not repeat it');

  await page.fill('#acceptedOn', '2026-12-18');
  await page.fill('#verificationEntrustedOn', '');
  await page.dispatchEvent('#case-form', 'change');
  const rows = await page.locator('#case-steps tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ notes: tr.querySelectorAll('.due-note').length, due: tr.cells[1].textContent })),
  );
  assert.equal(rows.length, 4);
  for (const row of rows) assert.ok(!/（(推算|估算)）/.test(row.due) && !row.due.includes('尚无日期'), row.due);
  assert.equal(rows[1].notes, 2, 'projected and estimated, each explained');
  assert.ok(rows[2].due.includes('张贴公示'), rows[2].due);
  assert.equal(await page.inputValue('#today'), '2026-12-20');
  assert.deepEqual(errors, []);
});

test('developer: the snippet passes today and onValid; the format and every document kind are on the page; the linter and validator behave', async () => {
  const { page, errors } = await portal.visit('/developer.html?today=2026-11-27');
  const snippet = await page.locator('pre').first().textContent();
  for (const word of ['today', 'onValid', 'labelFor']) assert.ok(snippet.includes(word), word);
  const kinds = await page.evaluate(async () => (await import('/jiuzhu.js')).documentCatalog().map((k) => k.id));
  assert.deepEqual(await page.locator('#kinds code').allTextContents(), kinds);
  for (const key of ['id', 'category', 'documents']) assert.equal(await page.locator(`#definition-format ~ dl code:text-is("${key}")`).count(), 1, key);

  // A definition without an id: the finding says the id is missing.
  await page.fill('#definition', JSON.stringify({ documents: [] }));
  await page.click('#lint-form button[type=submit]');
  const missing = page.locator('#lint-result li[data-code=invalidFormDefinition]');
  assert.equal(await missing.count(), 1);
  assert.ok((await missing.textContent()).includes('缺少'), await missing.textContent());
  // In English, the heading too.
  await page.selectOption('#lint-locale', 'en');
  assert.match(await page.locator('#lint-result h3').textContent(), /^[\x20-\x7e]+$/);

  // The validator: bad JSON clears the last report.
  assert.ok((await page.locator('#validate-result li').count()) > 0);
  await page.fill('#application-json', '{ "members": [');
  await page.click('#validate-form button[type=submit]');
  assert.equal(await page.locator('#validate-result li').count(), 0);
  assert.equal(await page.locator('#validate-result .error').count(), 1);
  assert.deepEqual(errors, []);
});
