// The resident's application (www/apply.html) in Chromium under the strict CSP, against the
// installed package: the household editor adds and removes members (paths stay contiguous, a
// removal can be undone, an accidental member no longer blocks the submit); every field the page
// does not mark optional is one the library requires; the consent messages quote the checkbox;
// a valid submit leaves a summary to keep, the next steps with caseTimeline's dates (estimates
// marked) and no claim that anything was sent; and without JavaScript the form posts, with no
// personal data in any address.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, fillApplication, site } from './portal-site.mjs';

let portal;
before(async () => {
  portal = await site();
});
after(() => portal?.close());

/** The member blocks as [{ number, names }]: the visible number and the paths of the controls. */
const household = (page) =>
  page.locator('#members [data-member]').evaluateAll((blocks) =>
    blocks.map((b) => ({
      number: b.querySelector('.member-number').textContent,
      name: b.querySelector('[data-field=name]').value,
      paths: [...b.querySelectorAll('[data-field]')].map((c) => c.name),
      labelled: [...b.querySelectorAll('[data-field]')].every((c) => c.labels.length === 1),
    })),
  );

test('apply: mistakes give a focused summary whose links focus the fields; shared documents are not asked for', async () => {
  const { page, foreign, errors } = await portal.visit('/apply.html?today=2026-11-27');
  assert.equal(await page.locator('#upload-hukou').isDisabled(), true);
  assert.equal(await page.locator('#upload-declaration').isDisabled(), false);
  assert.equal(await page.locator('.jiuzhu-document-notice').count(), 2);
  await page.fill('#phone', '1381234');
  await page.click('#application button[type=submit]');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'jiuzhu-error-summary');
  assert.equal(await page.locator('#after-submit').isHidden(), true, 'the submit is blocked');
  const invalid = await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.name));
  for (const path of ['town', 'contact.phone', 'members.0.idNumber', 'consents.verificationAuthorized']) assert.ok(invalid.includes(path), path);
  const describedby = (await page.getAttribute('#phone', 'aria-describedby')).split(' ');
  assert.ok(describedby.includes('phone-hint'), 'the hint is kept');
  await page.locator('.jiuzhu-error-summary a[data-jiuzhu-target="phone"]').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'phone');
  await page.screenshot({ path: `${SHOTS}apply-errors-focused.png`, fullPage: true });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('apply: household — add members, remove one, undo, remove again: paths stay members.0…N-1 and the form submits', async () => {
  const { page, errors } = await portal.visit('/apply.html?today=2026-11-27');
  assert.equal((await household(page)).length, 1);
  assert.equal(await page.locator('#members .remove-member').count(), 0, 'the applicant cannot be removed');
  await page.click('#add-member');
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'members.1.name', 'focus goes to the new member');
  await page.click('#add-member');
  await page.fill('[name="members.1.name"]', '李娜');
  await page.fill('[name="members.2.name"]', '张小明');
  await fillApplication(page);
  const three = await household(page);
  assert.deepEqual(three.map((m) => [m.number, m.name]), [['1', '张伟'], ['2', '李娜'], ['3', '张小明']]);
  for (const [i, m] of three.entries()) {
    assert.ok(m.paths.every((p) => p.startsWith(`members.${i}.`)), JSON.stringify(m.paths));
    assert.ok(m.labelled, `member ${i + 1}: every control has its label`);
  }

  // Remove the second: the third becomes the second, and focus goes to what was done (with undo).
  await page.locator('#members [data-member]').nth(1).locator('.remove-member').click();
  const two = await household(page);
  assert.deepEqual(two.map((m) => [m.number, m.name]), [['1', '张伟'], ['2', '张小明']]);
  assert.ok(two[1].paths.every((p) => p.startsWith('members.1.')), JSON.stringify(two[1].paths));
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#household-status') !== null), true);
  await page.locator('#household-status button').click();
  assert.deepEqual((await household(page)).map((m) => [m.number, m.name]), [['1', '张伟'], ['2', '李娜'], ['3', '张小明']], 'undone, in its place');

  // An accidental blank member, removed, does not block the submit.
  await page.locator('#members [data-member]').nth(2).locator('.remove-member').click();
  await page.locator('#members [data-member]').nth(1).locator('.remove-member').click();
  await page.click('#add-member');
  await page.click('#application button[type=submit]');
  assert.ok((await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.name))).includes('members.1.name'), 'the blank member is reported');
  await page.locator('#members [data-member]').nth(1).locator('.remove-member').click();
  assert.equal(await page.locator('.jiuzhu-error-summary').count(), 0, 're-validated once removed');
  await page.click('#application button[type=submit]');
  assert.equal(await page.locator('#after-submit').isVisible(), true);
  assert.deepEqual(errors, []);
});

test('apply: every field not marked optional is one the library requires, and each consent message quotes its checkbox', async () => {
  const { page, errors } = await portal.visit('/apply.html?today=2026-11-27');
  await page.click('#add-member');
  const checked = await page.evaluate(async () => {
    const { validateApplication } = await import('/jiuzhu.js');
    const { readApplication } = await import('/household.js');
    const form = document.getElementById('application');
    // Every field a resident can leave empty, emptied.
    const emptiable = [...form.elements].filter(
      (c) => (c instanceof HTMLInputElement && ['text', 'tel', 'number'].includes(c.type)) || (c instanceof HTMLSelectElement && [...c.options].some((o) => o.value === '')),
    );
    for (const c of emptiable) c.value = '';
    for (const c of form.querySelectorAll('[name^="consents."]')) c.checked = false;
    const report = validateApplication(readApplication(form), { today: '2026-11-27' });
    const at = (path) => report.errors.filter((e) => e.path === path);
    const fields = emptiable.map((c) => ({
      path: c.name,
      optional: c.labels[0].textContent.includes('（选填）'),
      required: at(c.name).some((e) => e.code === 'required'),
    }));
    const consents = [...form.querySelectorAll('[name^="consents."]')].map((c) => ({
      quoted: c.labels[0].querySelector('strong').textContent,
      messages: at(c.name).map((e) => [e.code, e.message]),
    }));
    return { fields, consents, optionalFiles: [...form.querySelectorAll('input[type=file]')].map((f) => f.labels[0].textContent.includes('（选填）')) };
  });
  assert.ok(checked.fields.length >= 25, `${checked.fields.length} fields`);
  for (const f of checked.fields) assert.equal(f.required, !f.optional, `${f.path}: marked ${f.optional ? 'optional' : 'required'}`);
  assert.ok(checked.optionalFiles.every(Boolean), 'uploads, which nothing requires, are marked optional');
  assert.equal(checked.consents.length, 2);
  for (const c of checked.consents) {
    assert.equal(c.messages.length, 1);
    assert.equal(c.messages[0][0], 'consentRequired');
    assert.ok(c.messages[0][1].includes(`“${c.quoted}”`), `${c.messages[0][1]} quotes “${c.quoted}”`);
  }
  assert.deepEqual(errors, []);
});

test('apply: a valid submit leaves a summary to keep, the next steps with the rules’ dates, and no claim that anything was sent', async () => {
  const { page, foreign, errors } = await portal.visit('/apply.html?today=2026-11-27');
  await fillApplication(page);
  await page.click('#application button[type=submit]');
  assert.equal(await page.locator('#after-submit').isVisible(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'after-title');
  assert.equal(await page.locator('#application').isHidden(), true, 'the form is put away, not left editable');
  assert.equal(await page.locator('[data-demo-notice]').isVisible(), true);
  const text = await page.locator('#after-submit').innerText();
  for (const claim of ['已提交', '已发送', '已收到', '已受理']) assert.ok(!text.includes(claim), claim);

  // The dates are the library's, counted from today; none is an estimate in 2026.
  const expected = await page.evaluate(async () => {
    const { caseTimeline, labelFor, requestableDocuments } = await import('/jiuzhu.js');
    const { formatDate } = await import('/next-steps.js');
    const { readApplication } = await import('/household.js');
    const steps = caseTimeline({ acceptedOn: '2026-11-27' }, { today: '2026-11-27', provisional: true }).steps;
    return {
      dates: Object.fromEntries(steps.filter((s) => s.dueOn).map((s) => [s.step, formatDate(s.dueOn)])),
      labels: ['contact.phone', 'category', 'bankAccount.holderName'].map((p) => labelFor(p)),
      documents: requestableDocuments(readApplication(document.getElementById('application')), { today: '2026-11-27' }).request.length,
    };
  });
  assert.ok(Object.keys(expected.dates).length >= 2);
  for (const [step, date] of Object.entries(expected.dates)) {
    assert.ok((await page.locator(`#next-steps li[data-step="${step}"]`).textContent()).includes(date), `${step}: ${date}`);
  }
  assert.equal(await page.locator('#next-steps li[data-estimate]').count(), 0);
  assert.equal(await page.locator('#steps-estimate').isHidden(), true);
  assert.equal(await page.locator('#bring-list li').count(), expected.documents);
  const terms = await page.locator('#summary dt').allTextContents();
  for (const label of expected.labels) assert.ok(terms.includes(label), label);
  assert.ok((await page.locator('#summary').innerText()).includes('13812345678'), 'the resident’s own answers');
  await page.screenshot({ path: `${SHOTS}apply-submitted-summary.png`, fullPage: true });

  // Printed, the summary alone.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header.site', 'footer.site', '#print-summary', '#edit-again']) assert.equal(await page.locator(hidden).isVisible(), false, hidden);
  assert.equal(await page.locator('#summary').isVisible(), true);
  await page.screenshot({ path: `${SHOTS}apply-summary-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Back to the form, as it was.
  await page.click('#edit-again');
  assert.equal(await page.locator('#application').isVisible(), true);
  assert.equal(await page.inputValue('#phone'), '13812345678');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('apply: a date in a year whose holidays are not published is marked as an estimate', async () => {
  const { page, errors } = await portal.visit('/apply.html?today=2026-12-28');
  await fillApplication(page);
  await page.click('#application button[type=submit]');
  const provisional = await page.evaluate(async () => {
    const { caseTimeline } = await import('/jiuzhu.js');
    return caseTimeline({ acceptedOn: '2026-12-28' }, { today: '2026-12-28', provisional: true }).steps.filter((s) => s.provisional).map((s) => [s.step, s.dueOn.slice(0, 4)]);
  });
  assert.ok(provisional.length > 0, 'the case reaches into an estimated year');
  const marked = await page.locator('#next-steps li[data-estimate]').evaluateAll((lis) => lis.map((li) => li.dataset.step));
  assert.deepEqual(marked, provisional.map(([step]) => step));
  assert.equal(await page.locator('#steps-estimate').isVisible(), true);
  for (const [, year] of provisional) assert.ok((await page.locator('#steps-estimate').textContent()).includes(year));
  assert.deepEqual(errors, []);
});

test('apply: without JavaScript the applicant’s fields are there, and the form posts with no personal data in any address', async () => {
  const { page, context } = await portal.visit('/apply.html', { js: false });
  try {
    assert.equal(await page.getAttribute('#application', 'method'), 'post');
    for (const path of ['members.0.name', 'members.0.idNumber', 'members.0.relationship', 'members.0.monthlyIncome.wages']) {
      assert.equal(await page.locator(`[name="${path}"]`).isVisible(), true, path);
    }
    const secrets = ['13812345678', '310118198003150011', '6217000010000000011', '张伟', encodeURIComponent('张伟')];
    const requests = [];
    const navigated = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), navigation: r.isNavigationRequest() }));
    page.on('framenavigated', (f) => navigated.push(f.url()));
    await fillApplication(page);
    await Promise.all([page.waitForURL('**/submitted.html'), page.click('#application button[type=submit]')]);
    const post = requests.find((r) => r.navigation && r.method === 'POST');
    assert.ok(post, JSON.stringify(requests));
    assert.equal(new URL(post.url).search, '');
    assert.equal(new URL(page.url()).search, '', 'the page reached has no query');
    for (const url of [...requests.map((r) => r.url), ...navigated, page.url()]) {
      for (const secret of secrets) assert.ok(!url.includes(secret), `${secret} in ${url}`);
    }
    assert.equal(await page.locator('[data-demo-notice]').isVisible(), true, 'the page says nothing was kept');
    await page.screenshot({ path: `${SHOTS}submitted-without-js.png`, fullPage: true });
  } finally {
    await context.close();
  }
});
