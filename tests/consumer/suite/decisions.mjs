// The decisions after intake through the JavaScript API: notices drafted and checked at their
// paths, the stop procedure's dates across National Day, payment arrangements and a case's record;
// any value gets a report or a coded error, inputs stay as they were, the tables are replaced whole
// or not at all (those tests last: they change module state, and put it back).
const deepFreeze = (value) => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const application = () => ({
  category: 'minimumLiving',
  town: '310118105',
  committee: '赵巷村村民委员会',
  contact: { phone: '13812345678' },
  members: [
    { name: '张伟', idNumber: '310118198003150011', relationship: 'self' },
    { name: '李娜', idNumber: '310118198205200022', relationship: 'spouse' },
  ],
  bankAccount: { accountNumber: '6217000010000000011', holderName: '张伟' },
});

const remedies = () => ({
  reconsideration: { body: '青浦区人民政府', days: 60 },
  litigation: { body: '上海市青浦区人民法院', months: 6 },
});

const refusal = () => ({
  issuer: '青浦区赵巷镇人民政府',
  addressee: { name: '张伟', role: 'applicant' },
  issuedOn: '2026-03-10',
  category: 'minimumLiving',
  reasons: '家庭月人均收入高于本市最低生活保障标准。',
  basis: '《上海市最低生活保障审核确认办法》第十条',
  remedies: remedies(),
});

const stop = (issuedOn) => ({
  issuer: '青浦区赵巷镇人民政府',
  addressee: { name: '张伟' },
  issuedOn,
  category: 'minimumLiving',
  fromMonth: '2026-11',
  events: { stopNoticeServedOn: '2026-09-30' },
  defence: { received: false },
  facts: '家庭成员名下新增机动车一辆。',
  reasons: '家庭财产超过规定标准。',
  basis: '《上海市最低生活保障审核确认办法》第十条',
  remedies: remedies(),
});

const record = () => ({
  town: '赵巷镇',
  actions: [
    { action: 'accepted', on: '2026-03-02', by: { person: '李敏', unit: 'affairsCentre', account: 'qpzxzch' } },
    { action: 'verificationEntrusted', on: '2026-03-03', by: { person: '李敏', unit: 'affairsCentre' } },
    { action: 'verificationCompleted', on: '2026-03-16', by: { person: '核对中心', unit: 'affairsCentre' } },
    { action: 'reviewOpinion', on: '2026-03-17', by: { person: '王强', unit: 'communityOffice' } },
    { action: 'publicityPosted', on: '2026-03-18', by: { person: '陈红', unit: 'committee' } },
    { action: 'approved', on: '2026-03-26', by: { person: '赵刚', role: 'deputyHead' } },
    { action: 'approvalEntry', on: '2026-03-26', by: { person: '王强', unit: 'communityOffice', role: 'officeStaff', account: 'qpzxzau' } },
  ],
});

const without = (value, path) => {
  const copy = structuredClone(value);
  const keys = path.split('.');
  const last = keys.pop();
  let node = copy;
  for (const key of keys) node = node[key];
  delete node[last];
  return copy;
};

export default {
  name: 'decisions',
  define({ test, assert }, lib) {
    const { decisionNotice, checkNotice, validatePaymentArrangement, checkCaseRecord, noticeWording, loadNoticeWording, caseRoles, loadCaseRoles } = lib;
    const found = (report) => report.errors.map((e) => `${e.code} ${e.path}`);

    test('a refusal drafted from a case file: the issuer, the addressee, the remedies; nothing of the application copied', () => {
      const caseFile = deepFreeze({ application: application(), reasons: '<b>收入</b>超标', basis: '第十条' });
      const before = JSON.stringify(caseFile);
      const notice = decisionNotice('refusal', caseFile, { today: '2026-03-10' });
      assert.equal(JSON.stringify(caseFile), before, 'the case file is not mutated');
      assert.equal(notice.kind, 'refusal');
      assert.equal(notice.valid, true);
      assert.deepEqual(notice.errors, []);
      assert.equal(notice.draft.issuer, '青浦区赵巷镇人民政府');
      assert.deepEqual(notice.draft.addressee, { name: '张伟', role: 'applicant' });
      assert.deepEqual(notice.draft.remedies, remedies());
      const all = JSON.stringify(notice);
      for (const secret of ['310118198003150011', '6217000010000000011', '13812345678', '李娜']) assert.ok(!all.includes(secret), secret);
      assert.ok(notice.html.includes('&lt;b&gt;收入&lt;/b&gt;') && !notice.html.includes('<b>'));
      assert.ok(notice.html.includes('class="jiuzhu-decision-seal"'));
      assert.ok(notice.sentences.every((s) => s.provision && s.provision.name && s.provision.quote));
      // The draft it made checks the same.
      assert.deepEqual(found(checkNotice('refusal', notice.draft)), []);
    });

    test('a refusal missing each of its elements in turn, at its path, with the provision', () => {
      const elements = noticeWording().notices.refusal.elements;
      assert.ok(elements.length >= 8);
      for (const { element, provision } of elements) {
        const report = checkNotice('refusal', without(refusal(), element));
        assert.deepEqual(found(report), [`elementMissing ${element}`], element);
        assert.equal(report.errors[0].params.provision, provision);
        assert.equal(report.valid, false);
        assert.ok(report.errors[0].label.length > 0 && !report.errors[0].label.includes('.'), report.errors[0].label);
      }
    });

    test('a stop notice is not dated inside the defence window across National Day', () => {
      // Served 2026-09-30: the 3 working days are 10-08, 10-09 and Saturday 10-10 (a make-up day).
      const inside = checkNotice('stop', stop('2026-10-11'));
      assert.deepEqual(found(inside), ['stopInsideDefenceWindow issuedOn']);
      assert.equal(inside.errors[0].params.earliest, '2026-10-12');
      assert.equal(inside.defenceWindow.lastDay, '2026-10-10');
      assert.ok(inside.defenceWindow.explain.length >= 4);
      assert.deepEqual(found(checkNotice('stop', stop('2026-10-12'))), []);
      const prior = decisionNotice('stopPreNotice', { application: application(), events: { stopNoticeServedOn: '2026-09-30' }, facts: 'x', reasons: 'y', basis: 'z' });
      assert.equal(prior.draft.defence.lastDay, '2026-10-10');
      assert.ok(prior.text.includes('2026年10月10日'), prior.text);
      assert.equal(prior.draft.issuedOn, undefined, 'no clock: undated without today');
      assert.deepEqual(found(prior), ['elementMissing issuedOn']);
    });

    test('payment by proxy through designated staff needs the agreement on file', () => {
      const arrangement = deepFreeze({
        method: 'proxy',
        specialCircumstance: '账户被冻结。',
        request: { written: true, by: 'householdHead', on: '2026-03-02', reason: 'health' },
        proxy: { name: '刘敏', kind: 'staff' },
        familyUnable: true,
        centreCheckedOn: '2026-03-04',
        agreement: { signedOn: '2026-03-05', signedWith: 'applicant' },
      });
      const report = validatePaymentArrangement(arrangement);
      assert.deepEqual(found(report), ['elementMissing agreement.filedOn']);
      assert.equal(report.errors[0].label, '代领协议备案日期');
      const en = validatePaymentArrangement(arrangement, { locale: 'en' });
      assert.equal(en.errors[0].label, 'date the agreement was filed');
      assert.deepEqual(found(validatePaymentArrangement({ method: 'bank', account: { holder: '张伟', holderRelationship: 'self' } })), []);
    });

    test('a case record: one person in two stages, an approval by the wrong role, the wrong account', () => {
      const ok = checkCaseRecord(record(), { today: null });
      assert.deepEqual(found(ok), []);
      const twice = record();
      twice.actions[5].by.person = '李敏';
      assert.deepEqual(found(checkCaseRecord(twice, { today: null })), ['dutiesNotSeparated actions.5.by']);
      const head = record();
      head.actions[5].by.role = 'head';
      assert.deepEqual(found(checkCaseRecord(head, { today: null })), ['roleNotAllowed actions.5.by.role']);
      const account = record();
      account.actions[6].by.account = 'qpzxzop';
      const report = checkCaseRecord(account, { today: null });
      assert.deepEqual(found(report), ['accountNotAllowed actions.6.by.account']);
      assert.ok(!/[a-z][A-Z]|\bactions\b/.test(report.errors[0].message + report.errors[0].label), report.errors[0].message);
      // Without opts.today, what is overdue is judged on today: an accepted case from 2020 is.
      const old = { actions: [{ action: 'accepted', on: '2020-03-02', by: { person: '李敏', unit: 'affairsCentre' } }] };
      const overdue = found(checkCaseRecord(old));
      assert.ok(overdue.length > 0 && overdue.every((f) => f === 'stepOverdue actions'), JSON.stringify(overdue));
      assert.deepEqual(found(checkCaseRecord(old, { today: null })), []);
    });

    test('any value of every type gets a report or a coded error, and the module keeps working', () => {
      const odd = [undefined, null, true, NaN, 20260101, '', '2026-02-30', {}, [], new Date(), Symbol('x'), () => 1, 10n, new Map()];
      for (const value of odd) {
        assert.throwsCode(() => decisionNotice(value, {}), 'invalidArgument', 'kind');
        assert.throwsCode(() => checkNotice(value, {}), 'invalidArgument', 'kind');
        for (const report of [checkNotice('stop', value), validatePaymentArrangement(value), checkCaseRecord(value)]) {
          assert.equal(typeof report.valid, 'boolean');
          assert.ok(Array.isArray(report.errors));
        }
        // Nothing of these is a stop notice: refused for what it lacks, each finding coded at a path.
        const checked = checkNotice('stop', value);
        assert.equal(checked.valid, false, String(value));
        assert.ok(checked.errors.length > 0 && checked.errors.every((e) => /^[a-z][A-Za-z0-9]*$/.test(e.code) && typeof e.path === 'string'), JSON.stringify(checked.errors));
        const isObject = value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
        if (isObject) assert.equal(decisionNotice('stop', value).valid, false, 'a notice drafted from an empty case file is not ready');
        else assert.throwsCode(() => decisionNotice('stop', value), 'invalidArgument', 'caseFile');
        if (value !== undefined && value !== null && !(typeof value === 'object' && !Array.isArray(value))) {
          assert.throwsCode(() => checkNotice('stop', {}, value), 'invalidArgument', 'opts');
          assert.throwsCode(() => checkCaseRecord({}, value), 'invalidArgument', 'opts');
        }
      }
      const cyclic = {};
      cyclic.self = cyclic;
      assert.deepEqual(found(checkNotice('refusal', cyclic)), ['elementInvalid ']);
      const getter = Object.defineProperty({}, 'issuer', { enumerable: true, get() { throw new Error('no'); } });
      assert.deepEqual(found(validatePaymentArrangement(getter)), ['elementInvalid ']);
      assert.throwsCode(() => decisionNotice('refusal', {}, { today: '2026-02-30' }), 'invalidDate', 'opts.today');
      assert.throwsCode(() => checkCaseRecord({}, { today: 20260101 }), 'invalidDate', 'opts.today');
      assert.throwsCode(() => checkNotice('refusal', {}, { provisional: 'yes' }), 'invalidArgument', 'opts.provisional');
      assert.throwsCode(() => lib.attachForm({}, { check: 'payment' }), 'invalidArgument', 'opts.check');
      const lots = { actions: Array(1e5).fill({}) };
      assert.deepEqual(found(checkCaseRecord(lots, { today: null })), ['inputTooLarge actions']);
      assert.deepEqual(found(checkNotice('refusal', refusal())), []);
    });

    test('the wording is replaced whole or not at all, and used at once', () => {
      const wording = noticeWording();
      const bad = structuredClone(wording);
      bad.notices.refusal.sentences[2].zh = '{idNumber}';
      const error = assert.throwsCode(() => loadNoticeWording(bad), 'invalidNoticeWording', 'notices.refusal.sentences.2.zh');
      assert.equal(error.name, 'JiuzhuError');
      assert.equal(error.params.value, 'idNumber');
      assert.ok(!decisionNotice('refusal', refusal()).text.includes('{idNumber}'), 'the wording in use is kept');
      const court = structuredClone(wording);
      court.remedies.litigation.body.zh = '上海铁路运输法院';
      assert.equal(loadNoticeWording(court), 5);
      assert.ok(decisionNotice('refusal', { application: application() }).text.includes('上海铁路运输法院'));
      assert.deepEqual(found(checkNotice('refusal', refusal())), ['remedyBodyUnexpected remedies.litigation.body']);
      assert.equal(loadNoticeWording(wording), 5);
      assert.deepEqual(found(checkNotice('refusal', refusal())), []);
    });

    test('the roles are replaced whole or not at all, and used at once', () => {
      const roles = caseRoles();
      const bad = structuredClone(roles);
      bad.actions[5].roles = ['mayor'];
      assert.throwsCode(() => loadCaseRoles(bad), 'invalidCaseRoles', 'actions.5.roles.0');
      const coded = structuredClone(roles);
      coded.townCodes = { 310118105: 'zx' };
      assert.equal(loadCaseRoles(coded), roles.actions.length);
      const other = record();
      other.actions[6].by.account = 'qpxjzau';
      assert.deepEqual(found(checkCaseRecord(other, { today: null })), ['accountNotAllowed actions.6.by.account']);
      assert.equal(loadCaseRoles(roles), roles.actions.length);
      assert.deepEqual(found(checkCaseRecord(other, { today: null })), []);
    });
  },
};
