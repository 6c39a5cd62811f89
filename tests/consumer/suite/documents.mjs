// Document requests through the JavaScript API: the catalogue, the form-definition lint and what
// an application may be asked for. The catalogue override runs last and restores the default.
const good = () => ({
  id: 'qingpu-minimum-living',
  category: 'minimumLiving',
  documents: [
    { kind: 'applicationForm', label: '社会救助申请书', required: true },
    { kind: 'incomeDeclaration', label: '家庭经济状况声明及承诺', required: true },
    { kind: 'verificationAuthorization', label: '经济状况核对授权书', required: true },
  ],
});

const withDocuments = (...extra) => {
  const def = good();
  def.documents.push(...extra);
  return def;
};

const member = (name, relationship, idNumber, extra = {}) => ({
  name, idType: 'residentId', idNumber, relationship, hukou: 'local', disability: null,
  monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 }, ...extra,
});

export default {
  name: 'documents',
  define({ test, assert }, lib) {
    const { documentCatalog, loadDocumentCatalog, lintFormDefinition, requestableDocuments } = lib;
    const codes = (violations) => violations.map((v) => `${v.code} ${v.path} ${v.kind}`);

    test('the catalogue has the kinds of the domain brief, marked shareable or not', () => {
      const catalog = documentCatalog();
      const byId = Object.fromEntries(catalog.map((k) => [k.id, k]));
      for (const id of ['identityCard', 'householdRegister', 'marriageCertificate', 'realEstateCertificate', 'socialInsuranceRecord',
        'housingFundRecord', 'vehicleRegistration', 'businessRegistration', 'taxRecord', 'bankDepositStatement', 'disabilityCertificate', 'residencePermit']) {
        assert.equal(byId[id]?.obtainableBySharing, true, id);
        assert.ok(byId[id].holder.zh && byId[id].legalBasis.length > 0, id);
      }
      for (const id of ['applicationForm', 'incomeDeclaration', 'verificationAuthorization', 'powerOfAttorney', 'medicalBills', 'unregisteredIncomeEvidence']) {
        assert.equal(byId[id]?.obtainableBySharing, false, id);
      }
      assert.ok(byId.householdRegister.aliases.includes('户口本'));
      assert.equal(byId.bankDepositStatement.authorizationRequired, true);
      assert.equal(byId.disabilityCertificate.verified, false);
      assert.deepEqual(byId.medicalBills.categories, ['rigidExpenditure']);
    });

    test('a good form has no violations', () => {
      assert.deepEqual(lintFormDefinition(good()), []);
    });

    test('a shareable kind is forbidden, required or optional, found by kind or by label', () => {
      const found = lintFormDefinition(withDocuments(
        { kind: 'householdRegister', label: '户口簿', required: true },
        { label: '身份证复印件（正反面）', required: false },
        { kind: 'other', label: '不动产权证 原件' },
        { label: '户口本首页及本人页' },
      ));
      assert.deepEqual(codes(found), [
        'forbiddenDocumentRequest documents.3 householdRegister',
        'forbiddenDocumentRequest documents.4 identityCard',
        'forbiddenDocumentRequest documents.5 realEstateCertificate',
        'forbiddenDocumentRequest documents.6 householdRegister',
      ]);
      assert.ok(found[0].source.length > 0);
      assert.ok(found[0].legalBasis[0].includes('第四十六条'));
      assert.ok(found[0].message.includes('删除该项'));
      const en = lintFormDefinition(withDocuments({ label: '户口本复印件' }), { locale: 'en' });
      assert.ok(en[0].message.includes('art. 46'));
    });

    test('unknown kinds, missing and duplicate documents', () => {
      const def = withDocuments({ kind: 'hukouPage', label: '近期照片' }, { kind: 'applicationForm', label: '申请表' });
      def.documents.splice(2, 1);
      assert.deepEqual(codes(lintFormDefinition(def)), [
        'unknownDocumentKind documents.2.kind null',
        'duplicateDocument documents.3 applicationForm',
        'missingRequiredDocument documents verificationAuthorization',
      ]);
    });

    test('definitions of any shape get violations, never an exception', () => {
      for (const bad of [null, undefined, 3, 'form', [], {}, { id: 'f', documents: 'x' }, { id: 'f', documents: [null] }]) {
        const found = lintFormDefinition(bad);
        assert.ok(found.length > 0 && found.every((v) => typeof v.message === 'string'));
        assert.equal(found[0].code, 'invalidFormDefinition');
      }
      assert.throwsCode(() => lintFormDefinition(good(), { locale: 'fr' }), 'invalidArgument', 'opts.locale');
    });

    test('an agent application asks for a power of attorney', () => {
      const r = requestableDocuments({
        category: 'minimumLiving', submittedOn: '2026-11-20',
        members: [member('张三', 'self', '310118194501010015')],
        agent: { name: '李四', idType: 'residentId', idNumber: '310118198003030031', phone: '13812345678', kind: 'relative' },
      });
      assert.deepEqual(r.request.map((q) => [q.kind, q.path ?? null]), [
        ['applicationForm', null], ['incomeDeclaration', null], ['verificationAuthorization', 'members.0'], ['powerOfAttorney', 'agent'],
      ]);
      assert.ok(r.request[3].reason.includes('李四'));
      // The notice names every document the office obtains itself.
      for (const d of r.obtainedByOffice) assert.ok(r.notice.includes(d.name), d.kind);
      assert.ok(r.obtainedByOffice.some((d) => d.kind === 'householdRegister' && d.source));
    });

    test('two adults and a minor: each adult signs', () => {
      const app = { category: 'lowIncomeMargin', members: [
        member('张三', 'self', '310118198001010012'), member('王芳', 'spouse', '310118198202020024'), member('张小明', 'child', '310118201005060019'),
      ] };
      const r = requestableDocuments(app, { today: '2026-11-20', locale: 'en' });
      assert.deepEqual(r.request.filter((q) => q.kind === 'verificationAuthorization').map((q) => q.path), ['members.0', 'members.1']);
      assert.ok(r.obtainedByOffice.some((d) => d.kind === 'marriageCertificate'));
      for (const d of r.obtainedByOffice) assert.ok(r.notice.includes(d.name), d.kind);
      assert.notEqual(r.notice, requestableDocuments(app, { today: '2026-11-20' }).notice, 'in the requested language');
      assert.throwsCode(() => requestableDocuments(app, { today: '2026/11/20' }), 'invalidDate', 'opts.today');
    });

    test('a rigid-expenditure case with medical expenses and income no register holds', () => {
      const r = requestableDocuments({ category: 'rigidExpenditure', submittedOn: '2026-03-02', expenses: { medical: 12000 },
        members: [member('赵六', 'self', '310118197001010018', { monthlyIncome: { other: 800 } })] });
      assert.deepEqual(r.request.map((q) => [q.kind, q.path ?? null]), [
        ['applicationForm', null], ['incomeDeclaration', null], ['verificationAuthorization', 'members.0'],
        ['medicalBills', 'expenses.medical'], ['unregisteredIncomeEvidence', 'members.0'],
      ]);
      assert.equal(r.request[3].verified, false);
      for (const bad of [null, 1, 'x', [], { members: [null] }]) assert.ok(requestableDocuments(bad).request.length >= 2);
    });

    test('a bad catalogue is refused and the old one kept; an override makes one more kind shareable', () => {
      const original = documentCatalog();
      const error = assert.throwsCode(() => loadDocumentCatalog([{ id: 'x', name: { zh: '某证' }, obtainableBySharing: false, appliesTo: 'always' }]),
        'invalidDocumentCatalog', '0.name.en');
      assert.ok(error.message.length > 0);
      assert.throwsCode(() => loadDocumentCatalog([]), 'invalidDocumentCatalog');
      assert.deepEqual(documentCatalog(), original);
      const item = { label: '房屋租赁合同' };
      assert.deepEqual(lintFormDefinition(withDocuments(item)), []);
      const edited = original.map((k) => k.id === 'rentalContract'
        ? { ...k, obtainableBySharing: true, holder: { zh: '住房租赁登记备案信息', en: 'rental registration records' }, legalBasis: original[0].legalBasis }
        : k);
      try {
        assert.equal(loadDocumentCatalog(edited), original.length);
        assert.deepEqual(codes(lintFormDefinition(withDocuments(item))), ['forbiddenDocumentRequest documents.3 rentalContract']);
      } finally {
        loadDocumentCatalog(original);
      }
      assert.deepEqual(documentCatalog(), original);
    });
  },
};
