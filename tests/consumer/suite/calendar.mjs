// The working-day calendar through the JavaScript API.
export default {
  name: 'calendar',
  define({ test, assert }, lib) {
    const { isWorkingDay, dayKind, dayInfo, addWorkingDays, workingDaysBetween, calendarCoverage, loadHolidayCalendar } = lib;

    test('worked vectors of the domain brief', () => {
      assert.equal(addWorkingDays('2025-01-24', 2), '2025-01-27');
      assert.equal(addWorkingDays('2026-02-13', 2), '2026-02-24');
      assert.equal(addWorkingDays('2022-01-28', 2), '2022-01-30');
      assert.equal(addWorkingDays('2025-09-26', 12), '2025-10-20');
      assert.equal(addWorkingDays('2020-01-23', 12), '2020-02-18');
      assert.equal(addWorkingDays('2026-09-30', 3), '2026-10-10');
    });

    test('counting back, zero and between', () => {
      assert.equal(addWorkingDays('2026-02-24', -2), '2026-02-13');
      assert.equal(addWorkingDays('2026-03-04', 0), '2026-03-04');
      assert.equal(workingDaysBetween('2026-02-13', '2026-02-24'), 2);
      assert.equal(workingDaysBetween('2026-02-24', '2026-02-13'), -2);
      assert.equal(workingDaysBetween('2026-01-01', '2026-12-31'), 248);
    });

    test('the fast path (no options) and the general path (options) agree everywhere', () => {
      for (let t = Date.UTC(2020, 0, 10); t < Date.UTC(2026, 11, 1); t += 86_400_000 * 3) {
        const d = new Date(t).toISOString().slice(0, 10);
        assert.equal(isWorkingDay(d), isWorkingDay(d, {}), d);
        for (const n of [-3, 0, 2, 12]) assert.equal(addWorkingDays(d, n), addWorkingDays(d, n, {}), `${d} ${n}`);
        assert.equal(workingDaysBetween('2020-01-01', d), workingDaysBetween('2020-01-01', d, {}), d);
      }
      // Well-shaped but impossible dates still get the coded error.
      assert.throwsCode(() => isWorkingDay('2026-02-30'), 'invalidDate', 'date');
      assert.throwsCode(() => addWorkingDays('2026-13-01', 1), 'invalidDate', 'date');
      assert.throwsCode(() => workingDaysBetween('0000-00-00', '2026-01-01'), 'invalidDate', 'from');
    });

    test('day kinds', () => {
      assert.equal(dayKind('2026-10-01'), 'statutoryHoliday');
      assert.equal(dayKind('2026-10-05'), 'restDay');
      assert.equal(dayKind('2026-10-04'), 'weekend');
      assert.equal(dayKind('2026-10-10'), 'makeupWorkday');
      assert.equal(dayKind('2026-10-12'), 'workday');
      assert.equal(isWorkingDay('2026-02-14'), true);
      assert.equal(isWorkingDay('2026-02-16'), false);
    });

    test('dayInfo names the holiday in the requested language', () => {
      const zh = dayInfo('2026-10-10');
      assert.deepEqual(zh.holidays, ['nationalDay']);
      assert.equal(zh.kind, 'makeupWorkday');
      assert.equal(zh.working, true);
      assert.equal(zh.provisional, false);
      assert.ok(zh.label.includes('国庆节'));
      assert.ok(dayInfo('2026-10-10', { locale: 'en' }).label.includes('National Day'));
    });

    test('coverage of the published calendar', () => {
      const c = calendarCoverage();
      assert.equal(c.from, '2020-01-01');
      assert.equal(c.to, '2026-12-31');
      assert.deepEqual(c.years, [2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      assert.ok(c.provisionalUntil > c.to);
    });

    test('dates must be YYYY-MM-DD strings', () => {
      for (const bad of ['2026-02-30', '2026/02/14', '2026-2-14', '', ' 2026-02-14', new Date(2026, 1, 14), 20260214, null, undefined, {}, [], true, NaN]) {
        const error = assert.throwsCode(() => isWorkingDay(bad), 'invalidDate', 'date');
        assert.equal(error.name, 'JiuzhuError');
        assert.ok(error.message.length > 0 && error.messages.en.length > 0);
      }
      assert.throwsCode(() => workingDaysBetween('2026-01-01', 'tomorrow'), 'invalidDate', 'to');
    });

    test('the count must be an integer', () => {
      for (const bad of [1.5, '2', NaN, Infinity, null, undefined, {}, 2n ** 70n]) {
        assert.throwsCode(() => addWorkingDays('2026-01-05', bad), 'invalidArgument', 'n');
      }
    });

    test('options are checked', () => {
      assert.throwsCode(() => isWorkingDay('2026-01-05', 'en'), 'invalidArgument', 'opts');
      assert.throwsCode(() => isWorkingDay('2026-01-05', { provisional: 'yes' }), 'invalidArgument', 'opts.provisional');
      assert.throwsCode(() => isWorkingDay('2026-01-05', { locale: 'fr' }), 'invalidArgument', 'opts.locale');
    });

    test('beyond the calendar: a coded error naming the year, in both languages', () => {
      const error = assert.throwsCode(() => addWorkingDays('2026-12-30', 3), 'outsideCalendar', 'date');
      assert.equal(error.params.year, '2027');
      assert.equal(error.message, error.messages['zh-CN'], 'zh-CN by default');
      assert.ok(error.message.includes('2027') && error.messages.en.includes('2027'), 'the message names the year');
      assert.notEqual(error.messages['zh-CN'], error.messages.en);
      const en = assert.throwsCode(() => isWorkingDay('2027-03-01', { locale: 'en' }), 'outsideCalendar');
      assert.equal(en.message, en.messages.en);
      assert.throwsCode(() => isWorkingDay('2019-06-03'), 'outsideCalendar');
    });

    test('provisional estimates for unpublished years, marked as such', () => {
      assert.equal(addWorkingDays('2026-12-30', 3, { provisional: true }), '2027-01-05');
      const info = dayInfo('2027-10-01', { provisional: true });
      assert.equal(info.kind, 'statutoryHoliday');
      assert.equal(info.provisional, true);
      assert.ok(info.label.includes('估算'));
    });

    test('the module keeps working after every kind of error', () => {
      for (let i = 0; i < 50; i++) {
        try {
          addWorkingDays({ toString: () => { throw new Error('hostile'); } }, 1);
        } catch (e) {
          assert.equal(e.code, 'invalidDate');
        }
      }
      assert.equal(addWorkingDays('2026-02-13', 2), '2026-02-24');
    });

    const year2027 = {
      _about: 'a test notice, shaped like the State Council notice',
      2027: {
        sources: ['https://example.invalid/2027'],
        holidays: [
          { holiday: 'newYear', from: '2027-01-01', to: '2027-01-03' },
          { holiday: 'springFestival', from: '2027-02-05', to: '2027-02-13', work: ['2027-02-14', '2027-02-20'] },
          { holiday: 'qingming', from: '2027-04-03', to: '2027-04-05' },
          { holiday: 'labourDay', from: '2027-05-01', to: '2027-05-05', work: ['2027-04-25'] },
          { holiday: 'dragonBoat', from: '2027-06-09', to: '2027-06-11' },
          { holiday: 'midAutumn', from: '2027-09-15', to: '2027-09-17' },
          { holiday: 'nationalDay', from: '2027-10-01', to: '2027-10-07', work: ['2027-09-26', '2027-10-09'] },
        ],
      },
    };

    test('bad holiday data is refused and the calendar kept', () => {
      const broken = structuredClone(year2027);
      broken[2027].holidays[1].work = ['2027-02-06'];
      assert.throwsCode(() => loadHolidayCalendar(broken), 'holidayConflict', '2027.holidays.1.work.0');
      const weekday = structuredClone(year2027);
      weekday[2027].holidays[3].work = ['2027-04-28'];
      assert.throwsCode(() => loadHolidayCalendar(weekday), 'makeupDayNotWeekend', '2027.holidays.3.work.0');
      assert.throwsCode(() => loadHolidayCalendar({ 2029: year2027[2027] }), 'calendarGap', '2029');
      assert.throwsCode(() => loadHolidayCalendar('2027'), 'invalidHolidayCalendar');
      assert.equal(calendarCoverage().to, '2026-12-31');
    });

    test('loading next year at run time (last: it changes the module state)', () => {
      const frozen = structuredClone(year2027);
      const deepFreeze = (o) => (Object.values(o).forEach((v) => v && typeof v === 'object' && deepFreeze(v)), Object.freeze(o));
      deepFreeze(frozen);
      assert.deepEqual(loadHolidayCalendar(frozen), [2027]);
      assert.deepEqual(frozen, year2027, 'the input is not mutated');
      assert.equal(calendarCoverage().to, '2027-12-31');
      assert.equal(dayKind('2027-02-14'), 'makeupWorkday');
      assert.equal(dayInfo('2027-02-12').provisional, false);
      assert.equal(addWorkingDays('2027-02-04', 1), '2027-02-14');
      assert.equal(addWorkingDays('2027-02-04', 1, { provisional: true }), '2027-02-14');
    });
  },
};
