// Publicity notices through the JavaScript API: only the allow-list is shown, nothing leaks.
export default {
  name: 'publicity',
  define({ test, assert }, lib) {
    const { publicityNotice } = lib;
    const app = () => ({
      category: 'minimumLiving',
      submittedOn: '2025-09-01',
      town: '310118105',
      committee: '赵巷村村民委员会',
      contact: { phone: '13812345678', hukouAddress: '上海市青浦区赵巷镇业辉路128弄6号' },
      members: [
        { name: '王𠮷', idType: 'residentId', idNumber: '310118198001010023', relationship: 'self', health: '尿毒症',
          monthlyIncome: { wages: 0, transfer: 1450.5 } },
        { name: '李秀英', idNumber: '310118198203150040', relationship: 'spouse', disability: { category: 'physical', grade: 3 },
          monthlyIncome: { wages: 23800 } },
      ],
      bankAccount: { accountNumber: '6224121234567890123', holderName: '王𠮷' },
      agent: { name: '陈建国', idNumber: '31011819700505001X', phone: '13900001111', kind: 'relative' },
    });
    const shown = (n) => `${n.title}\n${n.text}\n${n.html}\n${JSON.stringify(n.fields)}`;
    const field = (n, key) => n.fields.find((f) => f.key === key)?.value;
    const reason = (n, path) => n.withheld.find((w) => w.path === path)?.reason;

    test('the notice shows the allow-list and nothing else', () => {
      const n = publicityNotice(app(), { postedOn: '2025-09-30', monthlyAmount: 1330, supervisionPhone: '021-59728888' });
      assert.deepEqual(n.fields.map((f) => f.key),
        ['category', 'town', 'committee', 'name', 'householdSize', 'monthlyAmount', 'period', 'supervisionPhone', 'objection']);
      assert.equal(field(n, 'name'), '王*');
      assert.equal(field(n, 'town'), '赵巷镇');
      assert.deepEqual(n.period, { start: '2025-09-30', end: '2025-10-09', extendedFrom: '2025-10-07' });
      assert.deepEqual(n.missing, []);
      const all = shown(n);
      for (const secret of ['王𠮷', '李秀英', '陈建国', '310118', '13812345678', '13900001111', '6224121234567890123',
        '业辉路', '尿毒症', '1450', '23800']) {
        assert.ok(!all.includes(secret), secret);
      }
      assert.equal(reason(n, 'members.0.idNumber'), 'identity');
      assert.equal(reason(n, 'members.1.name'), 'otherMember');
      assert.equal(reason(n, 'members.0.health'), 'health');
      assert.equal(reason(n, 'agent.phone'), 'contact');
      assert.ok(n.withheld.every((w) => typeof w.message === 'string' && w.message.length > 0));
    });

    test('fields added to the model later are withheld by default', () => {
      const withExtra = { ...app(), caseNotes: { worker: '周敏', debts: [12000] } };
      const n = publicityNotice(withExtra, { postedOn: '2025-09-30' });
      assert.equal(reason(n, 'caseNotes.worker'), 'notAllowed');
      assert.equal(reason(n, 'caseNotes.debts.0'), 'financial');
      assert.ok(!shown(n).includes('周敏'));
    });

    test('names are masked by Unicode characters, never UTF-16 units', () => {
      const named = (name, opts = {}) => {
        const a = app();
        a.members[0].name = name;
        return field(publicityNotice(a, { postedOn: '2025-09-30', ...opts }), 'name');
      };
      assert.equal(named('𠮷野家'), '𠮷**');
      assert.equal([...named('𠮷野家')].length, 3);
      assert.ok(!/[\uD800-\uDFFF]/.test(named('王𠮷').replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')), 'no lone surrogate');
      assert.equal(named('买买提·艾力'), '买**·**');
      assert.equal(named('王𠮷', { nameStyle: 'full' }), '王𠮷');
      assert.equal(named('王2'), undefined);
    });

    test('fail closed: pasted numbers and markup never pass through', () => {
      const committee = (value, opts = {}) => {
        const n = publicityNotice({ ...app(), committee: value }, { postedOn: '2025-09-30', ...opts });
        return { n, value: field(n, 'committee'), reason: reason(n, 'committee') };
      };
      assert.equal(committee('赵巷村村民委员会 13812345678').reason, 'containsPhone');
      assert.equal(committee('赵巷村村民委员会310118198001010023').reason, 'containsIdNumber');
      assert.equal(committee('赵巷村 6224 1212 3456 7890 123').reason, 'containsBankAccount');
      assert.equal(committee('赵巷村李秀英家').reason, 'containsApplicationData');
      // Markup inside a value withholds it (issue 16), as markup alone does.
      const markup = committee('赵巷村<img src=x onerror=alert(1)>');
      assert.equal(markup.value, undefined);
      assert.equal(markup.reason, 'unexpectedShape');
      assert.ok(!markup.n.html.includes('img') && !markup.n.text.includes('onerror'));
      assert.equal(committee('业辉路100弄1号101室居民委员会').reason, 'containsAddress');
      assert.equal(committee('赵巷村王 𠮷家').reason, 'containsApplicationData');
      const quotes = committee('赵巷村"\'&居委');
      assert.ok(quotes.n.html.includes('赵巷村&quot;&#39;&amp;居委'));
      const a = app();
      a.members[0].name = '<img src=x onerror=alert(1)>';
      const n = publicityNotice(a, { postedOn: '2025-09-30', nameStyle: 'full' });
      assert.equal(reason(n, 'members.0.name'), 'unexpectedShape');
      assert.deepEqual(n.missing, ['name']);
      assert.ok(!n.html.includes('<img') && !n.text.includes('onerror'));
      const own = publicityNotice(app(), { postedOn: '2025-09-30', supervisionPhone: '138-1234-5678' });
      assert.equal(reason(own, 'opts.supervisionPhone'), 'containsApplicationData');
    });

    test('the period across Spring Festival, in working days, and announcements', () => {
      assert.equal(publicityNotice(app(), { postedOn: '2026-02-10' }).period.end, '2026-02-24');
      assert.equal(publicityNotice(app(), { postedOn: '2026-02-10', publicityUnit: 'workingDays' }).period.end, '2026-02-26');
      const en = publicityNotice(app(), { postedOn: '2025-09-30', locale: 'en' });
      assert.equal(field(en, 'period'), '30 September 2025 to 9 October 2025');
      const a = publicityNotice(app(), { postedOn: '2025-12-01', kind: 'announcement', monthlyAmount: 1330.5 });
      assert.equal(a.kind, 'announcement');
      assert.equal(a.period, null);
      assert.equal(field(a, 'monthlyAmount'), '每月1330.50元');
      assert.ok(field(a, 'postedOn').includes('2025'));
    });

    test('the input is not mutated', () => {
      const input = app();
      const deepFreeze = (o) => (Object.values(o).forEach((v) => v && typeof v === 'object' && deepFreeze(v)), Object.freeze(o));
      deepFreeze(input);
      publicityNotice(input, { postedOn: '2025-09-30' });
      assert.deepEqual(input, app());
    });

    test('unusable arguments throw coded errors', () => {
      assert.throwsCode(() => publicityNotice(app()), 'invalidDate', 'opts.postedOn');
      assert.throwsCode(() => publicityNotice(app(), { postedOn: '2025/09/30' }), 'invalidDate', 'opts.postedOn');
      assert.throwsCode(() => publicityNotice(null, { postedOn: '2025-09-30' }), 'invalidArgument', 'app');
      assert.throwsCode(() => publicityNotice([], { postedOn: '2025-09-30' }), 'invalidArgument', 'app');
      assert.throwsCode(() => publicityNotice(app(), { postedOn: '2025-09-30', monthlyAmount: -5 }), 'invalidMonthlyAmount', 'opts.monthlyAmount');
      assert.throwsCode(() => publicityNotice(app(), { postedOn: '2025-09-30', supervisionPhone: 'call us' }), 'invalidSupervisionPhone', 'opts.supervisionPhone');
      assert.throwsCode(() => publicityNotice(app(), { postedOn: '2025-09-30', nameStyle: 'initials' }), 'invalidArgument', 'opts.nameStyle');
      assert.throwsCode(() => publicityNotice(app(), { postedOn: '2025-09-30', publicityDays: 1.5 }), 'invalidArgument', 'opts.publicityDays');
      assert.throwsCode(() => publicityNotice(app(), { postedOn: '2028-03-02' }), 'outsideCalendar', 'opts.postedOn');
      const cyclic = app();
      cyclic.self = cyclic;
      assert.throwsCode(() => publicityNotice(cyclic, { postedOn: '2025-09-30' }), 'invalidArgument', 'app');
      const en = assert.throwsCode(() => publicityNotice(app(), { postedOn: '2025-09-30', monthlyAmount: 1e9, locale: 'en' }), 'invalidMonthlyAmount');
      assert.equal(en.message, en.messages.en);
      assert.equal(field(publicityNotice(app(), { postedOn: '2025-09-30' }), 'town'), '赵巷镇');
    });
  },
};
