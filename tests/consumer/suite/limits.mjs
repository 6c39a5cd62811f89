// Issue 16: no input a browser or an exported file can produce takes the module down, slips past a
// check or makes the module work for minutes. Each documented limit is refused with a coded error
// (`inputTooLarge`, `params.limit`) before the work, and the module keeps answering after.
const app = () => ({
  category: 'temporary',
  town: '310118105',
  committee: '赵巷村村民委员会',
  contact: { phone: '13812345678', hukouAddress: '赵巷村1号', residenceAddress: '赵巷村1号' },
  members: [{ name: '张伟', idNumber: '310118198003150011', relationship: 'self', hukou: 'local' }],
  consents: { verificationAuthorized: true, declarationTruthful: true },
});

export default {
  name: 'limits',
  define({ test, assert }, lib) {
    const { validateApplication, validateApplications, lintFormDefinition, publicityNotice, isWorkingDay } = lib;
    const stillWorks = () => {
      assert.equal(isWorkingDay('2026-10-10'), true);
      assert.equal(validateApplication(app(), { today: '2026-11-25' }).valid, true);
    };

    test('an options array of ten million items is refused by its length, before it is read', () => {
      const error = assert.throwsCode(() => validateApplication(app(), { fields: new Array(1e7) }), 'inputTooLarge', 'opts.fields');
      assert.equal(error.params.limit, '10000');
      const huge = new Proxy([], { get: (target, key) => (key === 'length' ? 2 ** 32 - 1 : target[key]) });
      assert.throwsCode(() => validateApplication(app(), { fields: huge }), 'inputTooLarge', 'opts.fields');
      const negative = new Proxy(['category'], { get: (target, key) => (key === 'length' ? -1 : target[key]) });
      assert.equal(validateApplication(app(), { fields: negative }).valid, true, 'a negative length is no items');
      stillWorks();
    });

    test('a form definition or a notice with ten million items is refused with a coded error', () => {
      const lots = Array(1e7).fill(null);
      assert.throwsCode(() => lintFormDefinition({ documents: lots }), 'inputTooLarge');
      assert.throwsCode(() => publicityNotice({ ...app(), members: lots }, { postedOn: '2026-11-30' }), 'inputTooLarge');
      assert.throwsCode(() => publicityNotice({ ...app(), remarks: lots }, { postedOn: '2026-11-30' }), 'inputTooLarge');
      stillWorks();
    });

    test('an application with a million members gets a report, never an exception', () => {
      const report = validateApplication({ ...app(), members: Array(1e6).fill({}) });
      assert.equal(report.valid, false);
      assert.deepEqual(report.errors.map((e) => [e.path, e.code]), [['members', 'inputTooLarge']]);
      const fiftyOne = validateApplication({ ...app(), members: Array(51).fill(app().members[0]) });
      const members = fiftyOne.errors.find((e) => e.path === 'members');
      assert.equal(members.code, 'inputTooLarge');
      assert.equal(members.params.limit, '50');
      stillWorks();
    });

    test('a roster of 600,000 applications is refused whole, by its size', () => {
      const reports = validateApplications(`[${Array(600000).fill('{}').join(',')}]`);
      assert.equal(reports.length, 1);
      assert.equal(reports[0].errors[0].code, 'inputTooLarge');
      assert.equal(reports[0].errors[0].params.limit, '100000');
      stillWorks();
    });

    test('a roster is read strictly: a key named twice is an error of that application, a BOM is accepted, a bad application gets its own report', () => {
      const one = JSON.stringify(app());
      const twice = one.replace('"idNumber":"310118198003150011"', '"idNumber":"310118198003150011","idNumber":"not-an-id"');
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const reports = validateApplications(`\uFEFF[${one},${twice},${deep},${one}]`, { today: '2026-11-25' });
      assert.deepEqual(reports.map((r) => r.valid), [true, false, false, true]);
      assert.deepEqual(reports[1].errors.map((e) => [e.path, e.code]), [['members.0.idNumber', 'duplicateKey']]);
      assert.equal(reports[2].errors[0].code, 'inputTooLarge');
      assert.equal(reports[2].errors[0].params.reason, 'depth');
    });

    test('a value is quoted in a message by an excerpt, never whole', () => {
      const town = '镇'.repeat(1e5);
      const report = validateApplication({ ...app(), town });
      const unknown = report.errors.find((e) => e.code === 'unknownTown');
      assert.ok(unknown.params.value.length <= 101, `${unknown.params.value.length} characters`);
      assert.ok(!report.errors.some((e) => e.message.length > 400), 'messages stay short');
    });
  },
};
