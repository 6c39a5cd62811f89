// The case page (www/case.html) in Chromium under the strict CSP: the case's deadlines, the notice
// to issue next drafted and checked (every finding named by the library's label and linked to its
// control, no path or code word shown), the printable notice alone on paper, the payment form
// checked by attachForm, the record's findings; on a 390 px phone and a desktop in both modes, and
// axe-core with no serious or critical violation in each state.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, SHOTS, SIZES, checkAxe, checkLayout, site } from './portal-site.mjs';

let portal;
before(async () => {
  portal = await site();
});
after(() => portal?.close());

// Paths and codes as they would show if printed raw: remedies.reconsideration, elementMissing…
const CODE_WORDS = /\b(actions|remedies|defence|events|addressee|agreement|request)\b|[a-z][A-Z]|\b[a-z]+\.[a-z0-9]/;
const PAGE = '/case.html?today=2026-11-27';

/** The findings listed in `box`: path, code, the name shown, and the control it links to. */
function findings(page, box) {
  return page.locator(`${box} li`).evaluateAll((lis) =>
    lis.map((li) => ({
      path: li.dataset.path,
      code: li.dataset.code,
      name: li.querySelector('.field-name')?.textContent,
      target: li.querySelector('a.field-name')?.getAttribute('href') ?? null,
    })),
  );
}

test('case: an approval is drafted from the case, checked and shown; the record’s conflicts are named in words and linked', async () => {
  const { page, foreign, errors } = await portal.visit(PAGE);
  await page.click('#load-approval');
  assert.equal(await page.locator('#notice-sheet .jiuzhu-decision[data-kind="approval"]').count(), 1);
  assert.match(await page.locator('#notice-findings').innerText(), /可以打印/);
  const notice = await page.locator('#notice-sheet').innerText();
  assert.ok(notice.includes('社会救助准予通知书') && notice.includes('张伟') && notice.includes('1510元'), notice);
  assert.ok(notice.includes('青浦区赵巷镇人民政府') && notice.includes('（盖章）') && notice.includes('2026年11月27日'), notice);
  // The deadlines of the case, in words.
  const steps = await page.locator('#timeline li').allTextContents();
  assert.ok(steps.some((s) => s.includes('审核确认') && s.includes('2026年11月30日')), steps.join('\n'));

  const record = await findings(page, '#record-findings');
  assert.deepEqual(record.map((f) => `${f.code} ${f.path}`), ['dutiesNotSeparated actions.3.by', 'accountNotAllowed actions.6.by.account']);
  assert.deepEqual(record.map((f) => f.name), ['第4项记录的办理人', '第7项记录的系统用户']);
  // A finding's link opens the record and takes the clerk to the field.
  await page.click('#record-findings li[data-code="accountNotAllowed"] a.field-name');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rec-6-account');
  await page.fill('#rec-6-account', 'qpzxzau');
  assert.deepEqual((await findings(page, '#record-findings')).map((f) => f.code), ['dutiesNotSeparated']);
  await page.fill('#rec-3-person', '王强');
  assert.deepEqual(await findings(page, '#record-findings'), []);

  const text = await page.locator('main').innerText();
  assert.ok(!CODE_WORDS.test(text), text.match(CODE_WORDS)?.[0]);
  await page.screenshot({ path: `${SHOTS}case-approval.png`, fullPage: true });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('case: a refusal without its reasons and basis is not ready; each finding links to its field', async () => {
  const { page, errors } = await portal.visit(PAGE);
  await page.click('#load-approval');
  await page.check('#kind-refusal');
  await page.click('#notice-form button[type=submit]');
  const found = await findings(page, '#notice-findings');
  assert.deepEqual(found.map((f) => `${f.code} ${f.path}`), ['elementMissing reasons', 'elementMissing basis']);
  assert.deepEqual(found.map((f) => f.name), ['理由', '依据']);
  assert.deepEqual(found.map((f) => f.target), ['#reasons', '#basis']);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#reasons', 'focus goes to the first finding');
  const message = await page.locator('#notice-findings li').first().innerText();
  assert.ok(message.includes('青民〔2022〕21号 二（三）'), message);
  // The printed draft has blanks where it says nothing, and the remedies from the data.
  const draft = await page.locator('#notice-sheet').innerText();
  assert.ok(draft.includes('________') && draft.includes('60日内向青浦区人民政府申请行政复议'), draft);
  await page.fill('#reasons', '家庭月人均收入高于本市最低生活保障标准。');
  await page.fill('#basis', '《上海市最低生活保障审核确认办法》第十条');
  await page.click('#notice-form button[type=submit]');
  assert.deepEqual(await findings(page, '#notice-findings'), []);
  // To the agent: the agent's name is needed, and the notice names whom the agent acts for.
  await page.check('#to-agent');
  await page.click('#notice-form button[type=submit]');
  assert.deepEqual((await findings(page, '#notice-findings')).map((f) => `${f.path} ${f.target}`), ['addressee.name #agent-name']);
  await page.fill('#agent-name', '王芳');
  await page.click('#notice-form button[type=submit]');
  assert.ok((await page.locator('#notice-sheet').innerText()).includes('王芳（张伟的受托人）'));
  assert.deepEqual(errors, []);
});

test('case: a stop notice inside the defence window is refused, with the window counted day by day; on paper only the notice', async () => {
  const { page, errors } = await portal.visit(PAGE, { size: DESKTOP });
  await page.click('#load-stop');
  assert.deepEqual(await findings(page, '#notice-findings'), []);
  const lines = await page.locator('#window-lines li').allTextContents();
  assert.ok(lines[0].includes('2026-10-10') && lines[0].includes('2026-10-12'), lines[0]);
  assert.ok(lines.some((l) => l.includes('国庆')), lines.join('\n'));
  await page.fill('#issued-on', '2026-10-10');
  await page.click('#notice-form button[type=submit]');
  const found = await findings(page, '#notice-findings');
  assert.deepEqual(found.map((f) => `${f.code} ${f.target}`), ['stopInsideDefenceWindow #issued-on']);
  // The defence, received and reviewed, is stated; not reviewed, it is a finding.
  await page.fill('#issued-on', '2026-10-12');
  await page.uncheck('#reviewed');
  await page.click('#notice-form button[type=submit]');
  assert.deepEqual((await findings(page, '#notice-findings')).map((f) => `${f.code} ${f.target}`), ['defenceNotReviewed #reviewed']);
  await page.check('#reviewed');
  await page.click('#notice-form button[type=submit]');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((n) => n.checkVisibility() && n.children.length === 0 && n.textContent.trim())
      .map((n) => n.textContent.trim()),
  );
  assert.equal(printed[0], '停止救助通知书', printed.slice(0, 3).join(' | '));
  assert.ok(printed.includes('（盖章）') && printed.at(-1) === '2026年10月12日', printed.slice(-3).join(' | '));
  const seal = await page.locator('.jiuzhu-decision-foot').boundingBox();
  assert.ok(seal.height >= 150, `room for the seal: ${seal.height}px`);
  assert.deepEqual(errors, []);
});

test('case: the payment form, checked by attachForm: a staff proxy needs the agreement on file; nothing is submitted', async () => {
  const { page, errors } = await portal.visit(PAGE);
  await page.check('#method-proxy');
  await page.fill('#special', '申请人账户被冻结。');
  await page.check('#written');
  await page.selectOption('#request-by', 'householdHead');
  await page.fill('#request-on', '2026-11-20');
  await page.check('#reason-health');
  await page.fill('#proxy-name', '刘敏');
  await page.selectOption('#proxy-kind', 'staff');
  await page.check('#family-unable');
  await page.fill('#centre-checked', '2026-11-23');
  await page.fill('#agreement-signed', '2026-11-24');
  await page.selectOption('#agreement-with', 'householdHead');
  await page.click('#payment-form button[type=submit]');
  const summary = page.locator('#payment-form .jiuzhu-error-summary');
  await summary.waitFor();
  const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#agreement-filed']);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('jiuzhu-error-summary')), true);
  const said = await summary.innerText();
  assert.ok(said.includes('代领协议备案日期') && !CODE_WORDS.test(said), said);
  await page.fill('#agreement-filed', '2026-11-24');
  await page.click('#payment-form button[type=submit]');
  await page.locator('#payment-status .answer').waitFor();
  assert.equal(await summary.count(), 0);
  assert.equal(new URL(page.url()).search, '?today=2026-11-27', 'nothing was submitted');
  await page.screenshot({ path: `${SHOTS}case-payment.png`, fullPage: true });
  assert.deepEqual(errors, []);
});

/** The states the page is used in. */
const STATES = [
  { path: PAGE, name: 'case-approval', prepare: (page) => page.click('#load-approval') },
  {
    path: PAGE,
    name: 'case-findings',
    async prepare(page) {
      await page.click('#load-stop');
      await page.fill('#issued-on', '2026-10-10');
      await page.click('#notice-form button[type=submit]');
      await page.click('#record-panel summary');
      await page.check('#method-proxy');
      await page.click('#payment-form button[type=submit]');
      await page.waitForSelector('#payment-form .jiuzhu-error-summary');
    },
  },
];

for (const state of STATES) {
  for (const mode of ['normal', 'large']) {
    test(`case: ${state.name}, ${mode} mode: fits a 390 px phone and a desktop${mode === 'large' ? '; text ≥ 18 px, targets ≥ 44 px' : ''}; axe-core finds nothing serious`, async () => {
      await checkLayout(portal, state, mode, SIZES.filter(([label]) => label !== 'zoom200'));
      await checkAxe(portal, state, mode);
    });
  }
}
