// Identity numbers and application validation through the JavaScript API.
const valid = () => ({
  category: 'minimumLiving',
  submittedOn: '2026-11-20',
  town: '310118105',
  committee: '赵巷村村民委员会',
  contact: { phone: '13812345678', hukouAddress: '赵巷村1号', residenceAddress: '赵巷村1号' },
  members: [
    { name: '张伟', idType: 'residentId', idNumber: '310118198003150011', relationship: 'self', hukou: 'local', livesTogether: true,
      employment: 'unemployed', disability: null, health: null, monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 300, other: 0 } },
    { name: '李娜', idType: 'residentId', idNumber: '310118198207080027', relationship: 'spouse', hukou: 'other', livesTogether: true,
      employment: 'employed', disability: null, health: null, monthlyIncome: { wages: 0.1 + 0.2, business: 0, property: 0, transfer: 0, other: 0 } },
    { name: '张小明', idType: 'residentId', idNumber: '310118201005010033', relationship: 'child', hukou: 'local', livesTogether: true,
      employment: 'student', disability: null, health: null, monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 } },
  ],
  assets: { deposits: 5000, securities: 0, vehicles: 0, nonResidentialProperty: 0 },
  expenses: { medical: 800, education: 0 },
  bankAccount: { bankName: '中国工商银行', accountNumber: '6217000010000000011', holderName: '张伟' },
  agent: null,
  consents: { verificationAuthorized: true, declarationTruthful: true },
});

export default {
  name: 'application',
  define({ test, assert }, lib) {
    const { validateIdNumber, validateApplication, validateApplications, divisions, loadDivisions, labelFor } = lib;
    const codes = (report) => report.errors.map((e) => `${e.path} ${e.code}`);

    test('identity numbers: normalised, typed, dated', () => {
      const id = validateIdNumber('１１０１０５ １９４９１２３１ ００２ｘ');
      assert.deepEqual(id, { valid: true, type: 'residentId', normalized: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', code: null, message: null });
      const old = validateIdNumber('110105491231002');
      assert.equal(old.valid, true);
      assert.equal(old.code, 'idLegacy15');
      assert.equal(old.normalized, '11010519491231002X');
      assert.equal(validateIdNumber('11010519491231002-1').code, 'idChecksum');
      assert.equal(validateIdNumber('810000199001010019').type, 'hkMacaoResidencePermit');
      assert.equal(validateIdNumber('830000198505050021').type, 'taiwanResidencePermit');
      assert.equal(validateIdNumber('931840199001010011').type, 'foreignPermanentResident');
      assert.equal(validateIdNumber('USA310190010123').code, null);
      assert.equal(validateIdNumber('USA311234567890').code, 'idBirthDate');
      assert.equal(validateIdNumber('810000199001010019', { type: 'residentId' }).code, 'idTypeMismatch');
      assert.equal(validateIdNumber('310118202612010013', { today: '2026-11-25' }).code, 'idBirthDate');
      const short = validateIdNumber('3101181980', { locale: 'en' });
      assert.equal(short.code, 'idFormat');
      assert.ok(short.message.length > 0);
      assert.notEqual(short.message, validateIdNumber('3101181980').message);
    });

    test('region codes never issued warn; foreign IDs need a real country (issue 16)', () => {
      for (const region of ['218243', '649955', '310000', '710000']) {
        const body = `${region}19800101002`;
        const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
        const id = validateIdNumber(body + '10X98765432'[sum % 11]);
        assert.equal(id.valid, true, region);
        assert.equal(id.code, 'idRegionUnknown', region);
        assert.ok(id.message.includes(region), id.message);
      }
      assert.equal(validateIdNumber('310118198003150011').code, null);
      assert.equal(validateIdNumber('ZZZ310190010123').code, 'idCountry');
      assert.equal(validateIdNumber('USA310190130123').code, 'idBirthDate');
    });

    test('names: a character no notice shows is refused by its code point; a lone surrogate where it is (issue 16)', () => {
      const app = valid();
      app.members[1].name = '李\u202E娜';
      const report = validateApplication(app, { today: '2026-11-25' });
      const bidi = report.errors.find((e) => e.path === 'members.1.name');
      assert.equal(bidi.code, 'nameFormat');
      assert.equal(bidi.params.char, 'U+202E');
      assert.ok(bidi.message.includes('U+202E'), bidi.message);
      app.members[1].name = '李\uD800娜';
      const lone = validateApplication(app, { today: '2026-11-25' });
      assert.deepEqual(codes(lone), ['members.1.name loneSurrogate']);
      assert.equal(lone.errors[0].params.char, 'U+D800');
    });

    test('a valid application; the input is not changed', () => {
      const app = valid();
      app.members[0].idNumber = '310118 19800315 0011';
      const before = JSON.stringify(app);
      const report = validateApplication(app, { today: '2026-11-25' });
      assert.deepEqual(codes(report), []);
      assert.equal(report.valid, true);
      assert.deepEqual(report.normalized, { 'members.0.idNumber': '310118198003150011' });
      assert.equal(JSON.stringify(app), before);
    });

    test('errors in form order with paths, severities and messages', () => {
      const app = valid();
      app.consents.declarationTruthful = false;
      app.members[2].monthlyIncome.wages = -1;
      app.members[1].idNumber = '310118198207080028';
      app.bankAccount.accountNumber = '6217000010000000012';
      app.contact.phone = '12345';
      delete app.category;
      const report = validateApplication(app);
      assert.equal(report.valid, false);
      assert.deepEqual(codes(report), [
        'category required',
        'contact.phone phoneFormat',
        'members.1.idNumber idChecksum',
        'members.2.monthlyIncome.wages moneyNegative',
        'bankAccount.accountNumber bankAccountChecksum',
        'consents.declarationTruthful consentRequired',
      ]);
      const luhn = report.errors.find((e) => e.code === 'bankAccountChecksum');
      assert.equal(luhn.severity, 'warning');
      for (const e of report.errors) assert.ok(e.message.length > 0 && !e.message.includes('{'), e.code);
      const en = validateApplication(app, { locale: 'en' });
      assert.notEqual(en.errors[0].message, report.errors[0].message);
    });

    test('labelFor names a path’s field in words, as the messages name it', () => {
      assert.equal(labelFor('members.1.idNumber'), '第2位家庭成员的证件号码');
      assert.equal(labelFor('members.1.idNumber', { locale: 'en' }), "member 2's ID number");
      assert.equal(labelFor('members.0'), '第1位家庭成员');
      assert.equal(labelFor('bankAccount.holderName'), '账户户名');
      assert.equal(labelFor('no.such.field'), 'no.such.field', 'an unknown path is given as it is');
      // Each finding's message names its field by the label labelFor gives for its path.
      const app = valid();
      app.members[1].idNumber = '310118198207080028';
      app.members[2].monthlyIncome.wages = -1;
      app.bankAccount.holderName = '';
      const report = validateApplication(app);
      assert.deepEqual(codes(report), ['members.1.idNumber idChecksum', 'members.2.monthlyIncome.wages moneyNegative', 'bankAccount.holderName required']);
      for (const e of report.errors) assert.ok(e.message.includes(labelFor(e.path)), `${e.path}: ${e.message}`);
      assert.throwsCode(() => labelFor(1), 'invalidArgument', 'path');
      assert.throwsCode(() => labelFor(undefined), 'invalidArgument', 'path');
      assert.throwsCode(() => labelFor('category', { locale: 'fr' }), 'invalidArgument', 'opts.locale');
    });

    test('household rules', () => {
      const two = valid();
      two.members[2].relationship = 'self';
      assert.deepEqual(codes(validateApplication(two)), ['members.2.relationship multipleApplicants']);
      const dup = valid();
      dup.members[2].idNumber = dup.members[0].idNumber;
      dup.members[2].relationship = 'sibling';
      assert.ok(codes(validateApplication(dup)).includes('members.2.idNumber duplicateIdNumber'));
      const parent = valid();
      parent.members.push({ ...parent.members[2], name: '王秀英', idNumber: '310118195202200065', relationship: 'parent', hukou: 'other', employment: 'retired' });
      assert.deepEqual(codes(validateApplication(parent)), ['members.3.hukou nonLocalHukou']);
      parent.category = 'temporary';
      assert.deepEqual(codes(validateApplication(parent)), []);
      const poverty = { ...valid(), category: 'extremePoverty' };
      assert.deepEqual(codes(validateApplication(poverty)), ['category extremePovertyEligibility']);
      const holder = valid();
      holder.bankAccount.holderName = '赵六';
      assert.deepEqual(codes(validateApplication(holder)), ['bankAccount.holderName bankHolderNotMember']);
      const agent = { ...valid(), agent: { name: '陈主任' } };
      assert.deepEqual(codes(validateApplication(agent)), ['agent.idNumber required', 'agent.phone required', 'agent.kind required']);
    });

    test('partial validation for live forms', () => {
      const app = valid();
      app.committee = '';
      app.members[2].idNumber = app.members[1].idNumber;
      assert.deepEqual(codes(validateApplication(app, { fields: ['committee'] })), ['committee required']);
      assert.deepEqual(codes(validateApplication(app, { fields: ['members.1.idNumber'] })), ['members.2.idNumber duplicateIdNumber']);
      assert.equal(validateApplication(app, { fields: ['members.0.name'] }).valid, true);
    });

    test('any value gets a report, never an exception', () => {
      const cyclic = {};
      cyclic.self = cyclic;
      for (const value of [null, undefined, 0, NaN, '', 'application', [], [1], true, 10n, cyclic, () => 1, Symbol('x'), new Date(), { members: 'x' }, { members: [null, 5, 'x'] }]) {
        const report = validateApplication(value);
        assert.equal(report.valid, false);
        assert.ok(report.errors.length > 0);
        const id = validateIdNumber(value);
        assert.equal(id.valid, false);
        assert.ok(Array.isArray(validateApplications(value)));
      }
      const strings = valid();
      strings.assets.deposits = '5000';
      assert.deepEqual(codes(validateApplication(strings)), ['assets.deposits wrongType']);
      assert.throwsCode(() => validateApplication(valid(), { today: 'today' }), 'invalidDate', 'opts.today');
      assert.throwsCode(() => validateApplication(valid(), { fields: 'committee' }), 'invalidArgument', 'opts.fields');
      assert.throwsCode(() => validateIdNumber('x', { type: 'passport' }), 'invalidArgument', 'opts.type');
      const trapped = ['category'];
      Object.defineProperty(trapped, 1, { get() { throw new Error('a getter that throws'); } });
      const { proxy: revoked, revoke } = Proxy.revocable([], {});
      revoke();
      for (const fields of [trapped, revoked, new Proxy(['category'], { get() { throw new Error('a trap that throws'); } })]) {
        assert.throwsCode(() => validateApplication(valid(), { fields }), 'invalidArgument', 'opts.fields');
      }
      assert.equal(validateApplication(valid(), revoked).valid, true, 'options that cannot be read are no options');
    });

    test('divisions: the town list is data, replaced at run time and checked first', () => {
      const qingpu = divisions();
      assert.equal(qingpu.length, 11);
      assert.deepEqual(qingpu.find((d) => d.code === '310118105'), { code: '310118105', name: '赵巷镇' });
      const merged = { ...valid(), town: '310118111' };
      assert.deepEqual(codes(validateApplication(merged)), ['town unknownTown']);
      try {
        const list = [...qingpu, { code: '310118111', name: '新设镇' }];
        assert.equal(loadDivisions({ divisions: list }), 12);
        assert.deepEqual(codes(validateApplication(merged)), []);
        assert.deepEqual(codes(validateApplication({ ...valid(), town: '新设镇' })), []);
        const bad = [{ code: '310118001', name: '夏阳街道' }, { code: '310118001', name: '别名' }];
        assert.throwsCode(() => loadDivisions({ divisions: bad }), 'invalidDivisionData', 'divisions.1.code');
        assert.throwsCode(() => loadDivisions({ divisions: [{ code: '3101181', name: 'x' }] }), 'invalidDivisionData', 'divisions.0.code');
        const cyclic = { divisions: [] };
        cyclic.divisions.push(cyclic);
        for (const value of [[], undefined, null, 7, 'towns', 1n, cyclic]) {
          assert.throwsCode(() => loadDivisions(value), 'invalidDivisionData', '');
        }
        assert.throwsCode(() => loadDivisions({ divisions: [] }, { locale: 'en' }), 'invalidDivisionData', 'divisions');
        assert.equal(divisions().length, 12, 'a refused list leaves the loaded one in use');
      } finally {
        loadDivisions({ divisions: qingpu });
      }
      assert.deepEqual(codes(validateApplication(merged)), ['town unknownTown']);
    });

    test('reports carry every text whole: long, astral, control and byte-order characters', () => {
      // Reports cross from wasm packed (js/reports.js): a text of 0x10000 units or more needs both
      // units of its length, and no character may shift the texts that follow it.
      const town = `\uFEFF𠀀${'镇'.repeat(70000)}\u0000\uD83D\uDE00`;
      const odd = { ...valid(), town };
      odd.bankAccount = { ...odd.bankAccount, accountNumber: '6217000010000000012' };
      const reports = validateApplications(JSON.stringify([valid(), odd, valid()]));
      assert.deepEqual(reports.map((r) => r.valid), [true, false, true]);
      const [report] = reports.slice(1, 2);
      assert.deepEqual(Object.keys(report), ['valid', 'errors', 'normalized']);
      assert.deepEqual(codes(report), ['town tooLong', 'town unknownTown', 'bankAccount.accountNumber bankAccountChecksum']);
      const [long, unknown, luhn] = report.errors;
      assert.deepEqual(Object.keys(long), ['path', 'code', 'severity', 'message', 'params']);
      assert.deepEqual(long.params, { max: '200' });
      // A parameter quotes at most 100 characters of the input (Unicode characters, never UTF-16
      // units), then an ellipsis: a message names the value, it never carries all of it.
      assert.equal(unknown.params.value, `${[...town].slice(0, 100).join('')}…`);
      assert.deepEqual([long.severity, unknown.severity, luhn.severity], ['error', 'error', 'warning']);
      assert.deepEqual(reports[2], reports[0]);
      assert.deepEqual(validateApplication(odd), report);
    });

    test('without opts.today, dates are judged on today in China (issue 16); today: null turns that off', () => {
      // An ID number with a valid check character for a birth date in the future.
      const id = (first17) => {
        const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
        return first17 + '10X98765432'[sum % 11];
      };
      const future = id('31011820990101001');
      assert.equal(validateIdNumber(future).code, 'idBirthDate');
      assert.equal(validateIdNumber(future, { today: null }).valid, true);
      assert.equal(validateIdNumber(future, { today: '2100-01-01' }).valid, true);
      const app = valid();
      app.members[2].birthDate = '9999-01-01';
      assert.ok(codes(validateApplication(app)).includes('members.2.birthDate dateInFuture'));
      assert.ok(!codes(validateApplication(app, { today: null })).includes('members.2.birthDate dateInFuture'));
      const { todayInChina } = lib;
      assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(todayInChina()), todayInChina());
      assert.throwsCode(() => validateIdNumber(future, { today: 20991231 }), 'invalidDate', 'opts.today');
    });

    test('a roster: one report per application, in order', () => {
      const reports = validateApplications(JSON.stringify([valid(), {}, valid()]));
      assert.deepEqual(reports.map((r) => r.valid), [true, false, true]);
      const broken = validateApplications('[{');
      assert.equal(broken.length, 1);
      assert.equal(broken[0].errors[0].code, 'notARoster');
    });
  },
};
