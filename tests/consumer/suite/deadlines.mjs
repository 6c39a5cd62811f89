// The procedure deadlines through the JavaScript API.
export default {
  name: 'deadlines',
  define({ test, assert }, lib) {
    const { caseTimeline, timelineSvg, disbursementSchedule, loadProcedureRules, calendarCoverage } = lib;
    // The calendar suite may have loaded a later year: count from whatever is published now.
    const lastYear = () => Number(calendarCoverage().to.slice(0, 4));
    const step = (t, id) => t.steps.find((s) => s.step === id);
    const codes = (t) => t.findings.map((f) => `${f.code}@${f.path}`);

    test('worked vectors of the domain brief', () => {
      assert.equal(step(caseTimeline({ acceptedOn: '2026-02-13' }), 'verificationEntrusted').dueOn, '2026-02-24');
      assert.equal(step(caseTimeline({ acceptedOn: '2022-01-28' }), 'verificationEntrusted').dueOn, '2022-01-30');
      assert.equal(step(caseTimeline({ verificationEntrustedOn: '2025-09-26' }), 'verificationCompleted').dueOn, '2025-10-20');
      assert.equal(step(caseTimeline({ verificationEntrustedOn: '2020-01-23' }), 'verificationCompleted').dueOn, '2020-02-18');
      const stop = caseTimeline({ stopNoticeServedOn: '2026-09-30' });
      assert.equal(step(stop, 'defenceWindowEnds').dueOn, '2026-10-10');
      assert.equal(step(stop, 'formalStopEarliest').dueOn, '2026-10-12');
      const publicity = step(caseTimeline({ publicityPostedOn: '2025-09-30' }), 'publicityEnds');
      assert.equal(publicity.dueOn, '2025-10-09');
      assert.deepEqual(publicity.rule, { calendarDays: 7, after: 'publicityPostedOn' });
      assert.ok(publicity.basis.includes('公示期为7天'));
      assert.ok(publicity.explain.some((line) => line.includes('国庆节')));
    });

    test('every status relative to today', () => {
      const status = (events, today) => step(caseTimeline(events, { today }), 'verificationEntrusted').status;
      const accepted = { acceptedOn: '2026-03-02' };
      assert.equal(status(accepted, '2026-03-03'), 'pending');
      assert.equal(status(accepted, '2026-03-04'), 'dueToday');
      assert.equal(status(accepted, '2026-03-05'), 'overdue');
      assert.equal(status({ ...accepted, verificationEntrustedOn: '2026-03-04' }, '2026-03-10'), 'done');
      assert.equal(status({ ...accepted, verificationEntrustedOn: '2026-03-05' }, '2026-03-10'), 'doneLate');
      const late = caseTimeline(accepted, { today: '2026-03-05', locale: 'en' });
      assert.deepEqual(codes(late), ['stepOverdue@steps.0']);
      assert.equal(late.findings[0].severity, 'error');
      assert.equal(late.steps[0].statusLabel, 'Overdue');
    });

    test('events out of order are findings', () => {
      const t = caseTimeline({ verificationCompletedOn: '2026-03-20', publicityPostedOn: '2026-03-10', decidedOn: '2026-03-12' });
      assert.ok(codes(t).includes('eventOutOfOrder@events.publicityPostedOn'));
      assert.ok(codes(t).includes('actedTooEarly@events.decidedOn'));
      const stop = caseTimeline({ stopNoticeServedOn: '2026-09-30', stopDecidedOn: '2026-10-09' });
      assert.ok(codes(stop).includes('actedTooEarly@events.stopDecidedOn'));
      const bad = caseTimeline({ acceptedOn: '2026-02-30', acceptedDate: '2026-03-01' });
      assert.deepEqual(codes(bad), ['invalidDate@events.acceptedOn', 'unknownEvent@events.acceptedDate']);
    });

    test('a case crossing into an unpublished year', () => {
      const year = lastYear();
      const events = { acceptedOn: `${year}-12-30` };
      const t = caseTimeline(events);
      assert.equal(t.steps[0].dueOn, null);
      const f = t.findings.find((x) => x.code === 'outsideCalendar');
      assert.equal(f.path, 'steps.0.dueOn');
      assert.equal(f.params.year, String(year + 1));
      const estimate = caseTimeline(events, { provisional: true });
      assert.ok(estimate.steps[0].dueOn > `${year}-12-31`);
      assert.equal(estimate.steps[0].provisional, true);
      assert.ok(codes(estimate).includes('provisionalDate@steps.0.dueOn'));
    });

    test('the publicity period is configurable', () => {
      const t = caseTimeline({ publicityPostedOn: '2026-09-25' }, { publicity: { length: 7, unit: 'workingDays' } });
      assert.equal(step(t, 'publicityEnds').dueOn, '2026-10-12');
      assert.throwsCode(() => caseTimeline({}, { publicity: { unit: 'weeks' } }), 'invalidArgument', 'opts.publicity.unit');
      assert.throwsCode(() => caseTimeline({}, { today: '2026/03/01' }), 'invalidDate', 'opts.today');
      assert.throwsCode(() => caseTimeline('2026-03-01'), 'invalidArgument', 'events');
    });

    test('payment months checked by hand', () => {
      const feb = disbursementSchedule(2026, 2);
      assert.deepEqual(feb.reconciliationDays.dates, ['2026-02-14', '2026-02-24']);
      assert.equal(feb.systemWorkDue.dueOn, '2026-02-25');
      assert.equal(feb.paymentDue.dueOn, '2026-02-28');
      assert.equal(feb.correctionPaymentDue.dueOn, '2026-03-10');
      assert.deepEqual(feb.earlyClosing.holidays.map((h) => [h.holiday, h.cutoffs]), [['springFestival', ['reconciliationDays']]]);
      const oct = disbursementSchedule(2026, 10, { locale: 'en' });
      assert.equal(oct.systemWorkDue.dueOn, '2026-10-23');
      assert.equal(oct.paymentDue.dueOn, '2026-10-30');
      assert.deepEqual(oct.earlyClosing.holidays, []);
      const jan = disbursementSchedule(2025, 1);
      assert.equal(jan.paymentDue.dueOn, '2025-01-27');
      assert.equal(jan.earlyClosing.holidays[0].name, '春节');
      assert.throwsCode(() => disbursementSchedule(2026, 13), 'invalidArgument', 'month');
      assert.throwsCode(() => disbursementSchedule(lastYear() + 1, 3), 'outsideCalendar', 'year');
      assert.equal(disbursementSchedule(lastYear() + 1, 3, { provisional: true }).provisional, true);
    });

    test('the timeline picture', () => {
      const svg = timelineSvg({ acceptedOn: '2026-09-28', verificationEntrustedOn: '2026-09-30' }, { today: '2026-10-26' });
      assert.ok(svg.startsWith('<svg') && svg.includes('role="img"') && svg.includes('<title>'));
      assert.ok(svg.includes('已逾期'));
      assert.ok(!/style/.test(svg));
      if (typeof DOMParser !== 'undefined') {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        assert.equal(doc.getElementsByTagName('parsererror').length, 0);
      }
    });

    test('procedure rules can be replaced, all or nothing', () => {
      assert.throwsCode(() => loadProcedureRules({ procedures: {} }), 'invalidProcedureData', 'steps');
      assert.equal(step(caseTimeline({ acceptedOn: '2026-03-02' }), 'verificationEntrusted').dueOn, '2026-03-04');
    });
  },
};
