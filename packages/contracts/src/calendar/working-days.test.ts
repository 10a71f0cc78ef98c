import { describe, expect, it } from 'vitest';
import {
  CalendarYearParams, IsoDate, NthWorkdayQuery, SaveCalendarYearRequest, calendarDayView, checkCalendarYear,
  nthWorkdayView, type SaveCalendarYearRequestInput,
} from './calendar.schema.js';
import {
  acceptanceDate, caseDeadline, chinaDate, createCalendar, dayKind, deadlineStatus, isIsoDate, nthWorkdayAfter, workdaysBetween,
  type CalendarYearData, type CaseDeadlineInput,
} from './working-days.js';

/** `[date, name]` for each day from `from` to `to` (same month or the next). */
function period(name: string, from: string, to: string): [string, string][] {
  const days: [string, string][] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push([new Date(t).toISOString().slice(0, 10), name]);
  }
  return days;
}

// From the State Council notices: 国办发明电〔2023〕7号 (2024), 〔2024〕12号 (2025), 〔2025〕7号 (2026).
const Y2024: CalendarYearData = {
  year: 2024,
  holidays: [
    ...period('元旦', '2024-01-01', '2024-01-01'), ...period('春节', '2024-02-10', '2024-02-17'),
    ...period('清明节', '2024-04-04', '2024-04-06'), ...period('劳动节', '2024-05-01', '2024-05-05'),
    ...period('端午节', '2024-06-10', '2024-06-10'), ...period('中秋节', '2024-09-15', '2024-09-17'),
    ...period('国庆节', '2024-10-01', '2024-10-07'),
  ],
  makeupWorkdays: [
    ['2024-02-04', '春节'], ['2024-02-18', '春节'], ['2024-04-07', '清明节'], ['2024-04-28', '劳动节'],
    ['2024-05-11', '劳动节'], ['2024-09-14', '中秋节'], ['2024-09-29', '国庆节'], ['2024-10-12', '国庆节'],
  ],
};
const Y2025: CalendarYearData = {
  year: 2025,
  holidays: [
    ...period('元旦', '2025-01-01', '2025-01-01'), ...period('春节', '2025-01-28', '2025-02-04'),
    ...period('清明节', '2025-04-04', '2025-04-06'), ...period('劳动节', '2025-05-01', '2025-05-05'),
    ...period('端午节', '2025-05-31', '2025-06-02'), ...period('国庆节', '2025-10-01', '2025-10-05'),
    ['2025-10-06', '中秋节'], ...period('国庆节', '2025-10-07', '2025-10-08'),
  ],
  makeupWorkdays: [
    ['2025-01-26', '春节'], ['2025-02-08', '春节'], ['2025-04-27', '劳动节'], ['2025-09-28', '国庆节'],
    ['2025-10-11', '国庆节'],
  ],
};
// As the API gives it: { date, name } objects.
const Y2026: CalendarYearData = {
  year: 2026,
  holidays: [
    ...period('元旦', '2026-01-01', '2026-01-03'), ...period('春节', '2026-02-15', '2026-02-23'),
    ...period('清明节', '2026-04-04', '2026-04-06'), ...period('劳动节', '2026-05-01', '2026-05-05'),
    ...period('端午节', '2026-06-19', '2026-06-21'), ...period('中秋节', '2026-09-25', '2026-09-27'),
    ...period('国庆节', '2026-10-01', '2026-10-07'),
  ].map(([date, name]) => ({ date, name })),
  makeupWorkdays: [
    { date: '2026-01-04', name: '元旦' }, { date: '2026-02-14', name: '春节' }, { date: '2026-02-28', name: '春节' },
    { date: '2026-05-09', name: '劳动节' }, { date: '2026-09-20', name: '国庆节' }, { date: '2026-10-10', name: '国庆节' },
  ],
};

const cal = createCalendar([Y2024, Y2025, Y2026]);

describe('the calendar', () => {
  it('tells each kind of day, with the holiday it belongs to', () => {
    expect(dayKind(cal, '2025-10-08')).toEqual({ known: true, workday: false, kind: 'holiday', name: '国庆节' });
    expect(dayKind(cal, '2025-10-06')).toEqual({ known: true, workday: false, kind: 'holiday', name: '中秋节' });
    expect(dayKind(cal, '2025-09-28')).toEqual({ known: true, workday: true, kind: 'makeup-workday', name: '国庆节' });
    expect(dayKind(cal, '2025-10-11')).toEqual({ known: true, workday: true, kind: 'makeup-workday', name: '国庆节' });
    expect(dayKind(cal, '2025-10-12')).toEqual({ known: true, workday: false, kind: 'weekend', name: null });
    expect(dayKind(cal, '2025-10-09')).toEqual({ known: true, workday: true, kind: 'workday', name: null });
    expect(dayKind(cal, '2027-01-04')).toEqual({ known: false, year: 2027 });
    expect(dayKind(cal, '2023-06-01')).toEqual({ known: false, year: 2023 });
  });

  it('counts the working days of whole years as published (2024: 251, 2025: 248, 2026: 248)', () => {
    expect(workdaysBetween(cal, '2023-12-31', '2024-12-31')).toEqual({ known: true, days: 251 });
    expect(workdaysBetween(cal, '2024-12-31', '2025-12-31')).toEqual({ known: true, days: 248 });
    expect(workdaysBetween(cal, '2025-12-31', '2026-12-31')).toEqual({ known: true, days: 248 });
  });

  it('refuses data that would give wrong answers', () => {
    expect(() => createCalendar([{ year: 2025, holidays: [['2026-01-01', '元旦']], makeupWorkdays: [] }])).toThrow(RangeError);
    expect(() => createCalendar([{ year: 2025, holidays: [['2025-02-30', '春节']], makeupWorkdays: [] }])).toThrow(RangeError);
    expect(() =>
      createCalendar([{ year: 2025, holidays: [['2025-10-11', '国庆节']], makeupWorkdays: [['2025-10-11', '国庆节']] }]),
    ).toThrow(RangeError);
    expect(() => createCalendar([Y2025, Y2025])).toThrow(RangeError);
  });

  it('knows nothing without years', () => {
    const empty = createCalendar([]);
    expect(dayKind(empty, '2025-03-03')).toEqual({ known: false, year: 2025 });
    expect(nthWorkdayAfter(empty, '2025-03-03', 1)).toEqual({ known: false, year: 2025 });
  });
});

describe('nthWorkdayAfter', () => {
  it('does not count the first day (民法典 201), and 0 days is the day itself', () => {
    expect(nthWorkdayAfter(cal, '2025-03-03', 1)).toEqual({ known: true, date: '2025-03-04' });
    expect(nthWorkdayAfter(cal, '2025-03-01', 1)).toEqual({ known: true, date: '2025-03-03' }); // from a Saturday
    expect(nthWorkdayAfter(cal, '2025-03-03', 0)).toEqual({ known: true, date: '2025-03-03' });
    expect(nthWorkdayAfter(cal, '2025-03-03', 5)).toEqual({ known: true, date: '2025-03-10' });
  });

  it('skips the holidays of the National Day period (2025-10-01 … 10-08)', () => {
    expect(nthWorkdayAfter(cal, '2025-09-30', 1)).toEqual({ known: true, date: '2025-10-09' });
    expect(workdaysBetween(cal, '2025-09-30', '2025-10-08')).toEqual({ known: true, days: 0 });
  });

  it('counts the make-up workdays (Sunday 2025-09-28, Saturday 2025-10-11)', () => {
    expect(nthWorkdayAfter(cal, '2025-09-26', 1)).toEqual({ known: true, date: '2025-09-28' });
    expect(nthWorkdayAfter(cal, '2025-10-10', 1)).toEqual({ known: true, date: '2025-10-11' });
    // 09-28, 09-29, 09-30, 10-09, 10-10, 10-11
    expect(workdaysBetween(cal, '2025-09-26', '2025-10-12')).toEqual({ known: true, days: 6 });
  });

  it('crosses into the next year through its New Year holiday and make-up Sunday', () => {
    // 12-30, 12-31, (01-01 … 01-03 元旦), 01-04 Sunday worked, 01-05, 01-06
    expect(nthWorkdayAfter(cal, '2025-12-29', 5)).toEqual({ known: true, date: '2026-01-06' });
    expect(nthWorkdayAfter(cal, '2025-12-29', 3)).toEqual({ known: true, date: '2026-01-04' });
  });

  it('answers "unknown year" rather than a date when the count needs a year the calendar lacks', () => {
    expect(nthWorkdayAfter(cal, '2026-12-28', 10)).toEqual({ known: false, year: 2027 });
    expect(nthWorkdayAfter(cal, '2026-12-28', 3)).toEqual({ known: true, date: '2026-12-31' });
    expect(workdaysBetween(cal, '2026-12-28', '2027-01-05')).toEqual({ known: false, year: 2027 });
    // A gap: 2024 and 2026 without 2025.
    const gap = createCalendar([Y2024, Y2026]);
    expect(nthWorkdayAfter(gap, '2024-12-30', 5)).toEqual({ known: false, year: 2025 });
    expect(nthWorkdayAfter(gap, '2024-12-30', 1)).toEqual({ known: true, date: '2024-12-31' });
  });

  it('agrees with workdaysBetween and lands on working days, from every day of 2024–2025', () => {
    for (let t = Date.parse('2024-01-01T00:00:00Z'); t < Date.parse('2026-01-01T00:00:00Z'); t += 86_400_000) {
      const from = new Date(t).toISOString().slice(0, 10);
      for (const n of [1, 7, 60]) {
        const r = nthWorkdayAfter(cal, from, n);
        if (!r.known) throw new Error(`unknown from ${from}`);
        expect(workdaysBetween(cal, from, r.date)).toEqual({ known: true, days: n });
        expect(dayKind(cal, r.date)).toMatchObject({ known: true, workday: true });
      }
    }
  });

  it('refuses a negative or fractional count and a malformed date', () => {
    expect(() => nthWorkdayAfter(cal, '2025-03-03', -1)).toThrow(RangeError);
    expect(() => nthWorkdayAfter(cal, '2025-03-03', 1.5)).toThrow(RangeError);
    expect(() => nthWorkdayAfter(cal, '2025-3-3', 1)).toThrow(RangeError);
  });

  it('workdaysBetween is 0 when to ≤ from', () => {
    expect(workdaysBetween(cal, '2025-03-10', '2025-03-10')).toEqual({ known: true, days: 0 });
    expect(workdaysBetween(cal, '2025-03-10', '2025-03-03')).toEqual({ known: true, days: 0 });
  });
});

describe('caseDeadline', () => {
  // Accepted Monday 2025-03-03; 20 working days: 03-04 … 03-31.
  const base: CaseDeadlineInput = { acceptedOn: '2025-03-03', limitWorkdays: 20, pauses: [], extensions: [], asOf: '2025-03-12' };

  it('is the limit-th working day after acceptance', () => {
    expect(caseDeadline(cal, base)).toEqual({ known: true, due: '2025-03-31', paused: false, pausedWorkdays: 0, totalWorkdays: 20 });
    // Accepted the Friday before National Day: 09-28, 09-29, 09-30, 10-09, 10-10.
    expect(caseDeadline(cal, { ...base, acceptedOn: '2025-09-26', limitWorkdays: 5 })).toMatchObject({ due: '2025-10-10' });
  });

  it('adds extensions (延长审批) to the limit', () => {
    // 20 + 10: 04-01 … 04-03, (清明 04-04 … 04-06), 04-07 … 04-11, 04-14, 04-15
    const extended = { ...base, extensions: [{ workdays: 10 }] };
    expect(caseDeadline(cal, extended)).toMatchObject({ due: '2025-04-15', totalWorkdays: 30 });
    expect(caseDeadline(cal, { ...base, extensions: [{ workdays: 4 }, { workdays: 6 }] })).toMatchObject({ due: '2025-04-15' });
  });

  it('moves on by the working days of a closed special procedure, both ends included', () => {
    const week = { start: '2025-03-10', end: '2025-03-14' };
    expect(caseDeadline(cal, { ...base, pauses: [week] })).toEqual({
      known: true, due: '2025-04-08', paused: false, pausedWorkdays: 5, totalWorkdays: 20,
    });
    // Friday to Monday: two working days.
    expect(caseDeadline(cal, { ...base, pauses: [{ start: '2025-03-14', end: '2025-03-17' }] })).toMatchObject({
      pausedWorkdays: 2, due: '2025-04-02',
    });
    // One day.
    expect(caseDeadline(cal, { ...base, pauses: [{ start: '2025-03-14', end: '2025-03-14' }] })).toMatchObject({
      pausedWorkdays: 1, due: '2025-04-01',
    });
  });

  it('counts an open special procedure through asOf and says the case is paused', () => {
    const open = { start: '2025-03-10', end: null };
    expect(caseDeadline(cal, { ...base, pauses: [open], asOf: '2025-03-12' })).toEqual({
      known: true, due: '2025-04-03', paused: true, pausedWorkdays: 3, totalWorkdays: 20,
    });
    // The due date moves on with each working day the procedure lasts, not over the weekend.
    expect(caseDeadline(cal, { ...base, pauses: [open], asOf: '2025-03-16' })).toMatchObject({ pausedWorkdays: 5 });
    expect(caseDeadline(cal, { ...base, pauses: [open], asOf: '2025-03-17' })).toMatchObject({ pausedWorkdays: 6 });
    // Recorded to start later than asOf: nothing yet.
    expect(caseDeadline(cal, { ...base, pauses: [open], asOf: '2025-03-07' })).toMatchObject({
      due: '2025-03-31', paused: true, pausedWorkdays: 0,
    });
  });

  it('counts a day once under overlapping procedures, and never a day before the clock started', () => {
    const overlapping = [{ start: '2025-03-12', end: '2025-03-18' }, { start: '2025-03-10', end: '2025-03-14' }];
    expect(caseDeadline(cal, { ...base, pauses: overlapping })).toMatchObject({ pausedWorkdays: 7, due: '2025-04-10' });
    // Nested: 03-11 … 03-12 inside 03-10 … 03-18, then 03-14 … 03-20 adds 03-19 and 03-20.
    const nested = [{ start: '2025-03-14', end: '2025-03-20' }, { start: '2025-03-11', end: '2025-03-12' }, { start: '2025-03-10', end: '2025-03-18' }];
    expect(caseDeadline(cal, { ...base, pauses: nested })).toMatchObject({ pausedWorkdays: 9 });
    const early = { start: '2025-02-27', end: '2025-03-04' };
    expect(caseDeadline(cal, { ...base, pauses: [early] })).toMatchObject({ pausedWorkdays: 1, due: '2025-04-01' });
  });

  it('is unknown when the period reaches a year the calendar lacks', () => {
    expect(caseDeadline(cal, { ...base, acceptedOn: '2026-12-01', asOf: '2026-12-01', limitWorkdays: 60 })).toEqual({
      known: false, year: 2027,
    });
  });

  it('refuses a procedure that ends before it starts', () => {
    expect(() => caseDeadline(cal, { ...base, pauses: [{ start: '2025-03-14', end: '2025-03-10' }] })).toThrow(RangeError);
  });
});

describe('deadlineStatus', () => {
  const status = (asOf: string, totalWorkdays = 20, due = '2025-03-31') => deadlineStatus(cal, { due, asOf, totalWorkdays });

  it('is normal with more than a third and more than 2 working days left', () => {
    expect(status('2025-03-03')).toEqual({ known: true, remainingWorkdays: 20, level: 'normal' });
    // 03-21, 03-24 … 03-28, 03-31: 7 of 20 left, more than a third.
    expect(status('2025-03-20')).toEqual({ known: true, remainingWorkdays: 7, level: 'normal' });
  });

  it('turns yellow at a third of the time left', () => {
    expect(status('2025-03-21')).toEqual({ known: true, remainingWorkdays: 6, level: 'yellow' });
    // Exactly a third: 7 of 21.
    expect(status('2025-03-20', 21)).toEqual({ known: true, remainingWorkdays: 7, level: 'yellow' });
  });

  it('turns yellow at 2 working days left even when that is more than a third', () => {
    expect(status('2025-03-26', 3)).toEqual({ known: true, remainingWorkdays: 3, level: 'normal' });
    expect(status('2025-03-27', 3)).toEqual({ known: true, remainingWorkdays: 2, level: 'yellow' });
    // Over the weekend nothing is used up.
    expect(status('2025-03-29', 3)).toEqual({ known: true, remainingWorkdays: 1, level: 'yellow' });
  });

  it('follows the thresholds given', () => {
    const thresholds = { yellowFraction: 0.5, yellowWorkdays: 0 };
    expect(deadlineStatus(cal, { due: '2025-03-31', asOf: '2025-03-17', totalWorkdays: 20, thresholds })).toEqual({
      known: true, remainingWorkdays: 10, level: 'yellow',
    });
    expect(deadlineStatus(cal, { due: '2025-03-31', asOf: '2025-03-14', totalWorkdays: 20, thresholds })).toMatchObject({
      level: 'normal',
    });
    // 100 × 0.29 is 28.999999999999996 in floating point: 29 left is still 29 %.
    expect(deadlineStatus(cal, { due: '2025-03-31', asOf: '2025-02-18', totalWorkdays: 100, thresholds: { yellowFraction: 0.29, yellowWorkdays: 2 } }))
      .toEqual({ known: true, remainingWorkdays: 29, level: 'yellow' });
    expect(deadlineStatus(cal, { due: '2025-03-31', asOf: '2025-02-17', totalWorkdays: 100, thresholds: { yellowFraction: 0.29, yellowWorkdays: 2 } }))
      .toMatchObject({ remainingWorkdays: 30, level: 'normal' });
  });

  it('is not red on the due day itself', () => {
    expect(status('2025-03-31')).toEqual({ known: true, remainingWorkdays: 0, level: 'yellow' });
  });

  it('is red after the due day, counting the working days late', () => {
    expect(status('2025-04-01')).toEqual({ known: true, remainingWorkdays: -1, level: 'red' });
    // 04-01, 04-02, 04-03, (清明), 04-07, 04-08
    expect(status('2025-04-08')).toEqual({ known: true, remainingWorkdays: -5, level: 'red' });
    // Due on a Friday: the Saturday after is already a day late, and so is the Monday.
    expect(status('2025-03-29', 20, '2025-03-28')).toEqual({ known: true, remainingWorkdays: -1, level: 'red' });
    expect(status('2025-03-31', 20, '2025-03-28')).toEqual({ known: true, remainingWorkdays: -1, level: 'red' });
    expect(status('2025-04-01', 20, '2025-03-28')).toEqual({ known: true, remainingWorkdays: -2, level: 'red' });
  });

  it('is unknown when it would have to count in a year the calendar lacks', () => {
    expect(status('2026-12-20', 20, '2027-01-05')).toEqual({ known: false, year: 2027 });
  });
});

describe('chinaDate', () => {
  it('gives the date in China (UTC+8)', () => {
    expect(chinaDate(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(chinaDate(new Date('2025-09-30T16:00:00Z'))).toBe('2025-10-01');
    expect(chinaDate(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
    expect(chinaDate(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(chinaDate(new Date('2025-07-01T08:00:00+08:00'))).toBe('2025-07-01');
    expect(() => chinaDate(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('calendar schemas', () => {
  const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  it('IsoDate accepts real dates only', () => {
    expect(IsoDate.parse('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '20250101', '2025-04-31', '']) {
      expect(messages(IsoDate.safeParse(bad))).toEqual([': 日期应为 YYYY-MM-DD 格式的有效日期']);
    }
    expect(isIsoDate('0099-12-31')).toBe(true);
  });

  it('NthWorkdayQuery reads the query string, in Chinese', () => {
    expect(NthWorkdayQuery.parse({ from: '2025-09-30', days: '20' })).toEqual({ from: '2025-09-30', days: 20 });
    expect(messages(NthWorkdayQuery.safeParse({ from: '2025-09-30', days: '' }))).toEqual(['days: 请填写工作日天数']);
    expect(messages(NthWorkdayQuery.safeParse({ from: '2025-09-30', days: 'x' }))).toEqual(['days: 工作日天数应为数字']);
    expect(messages(NthWorkdayQuery.safeParse({ from: '2025-09-30', days: '1.5' }))).toEqual(['days: 工作日天数应为整数']);
    expect(messages(NthWorkdayQuery.safeParse({ from: '2025-09-30', days: '-1' }))).toEqual(['days: 工作日天数不能为负数']);
    expect(messages(NthWorkdayQuery.safeParse({ from: '2025-09-30', days: '3651' }))).toEqual(['days: 工作日天数不能超过 3650']);
    expect(messages(CalendarYearParams.safeParse({ year: '1999' }))).toEqual(['year: 年份应在 2000 至 2100 之间']);
  });

  it('views answer known and unknown dates', () => {
    expect(nthWorkdayView(cal, { from: '2025-09-30', days: 1 })).toEqual({
      from: '2025-09-30', days: 1, known: true, date: '2025-10-09', unknownYear: null, message: null,
    });
    expect(nthWorkdayView(cal, { from: '2026-12-28', days: 10 })).toEqual({
      from: '2026-12-28', days: 10, known: false, date: null, unknownYear: 2027,
      message: '2027 年的节假日安排尚未录入，无法计算',
    });
    expect(calendarDayView(cal, '2026-02-28')).toEqual({
      date: '2026-02-28', known: true, workday: true, kind: 'makeup-workday', name: '春节',
    });
    expect(calendarDayView(cal, '2027-02-06')).toEqual({ date: '2027-02-06', known: false, workday: null, kind: null, name: null });
  });

  const request: SaveCalendarYearRequestInput = {
    source: '国务院办公厅关于2026年部分节假日安排的通知',
    notice: '国办发明电〔2025〕7号',
    holidays: Y2026.holidays.map((d) => ('date' in d ? { ...d } : { date: d[0], name: d[1] })),
    makeupWorkdays: Y2026.makeupWorkdays.map((d) => ('date' in d ? { ...d } : { date: d[0], name: d[1] })),
  };

  it('SaveCalendarYearRequest accepts the 2026 notice', () => {
    expect(messages(SaveCalendarYearRequest.safeParse(request))).toEqual([]);
    expect(checkCalendarYear(2026, SaveCalendarYearRequest.parse(request))).toEqual([]);
    expect(SaveCalendarYearRequest.parse({ ...request, notice: undefined }).notice).toBeNull();
  });

  it('SaveCalendarYearRequest names the field of each mistake', () => {
    const holidays = [{ date: '2026-10-01', name: '国庆节' }, { date: '2026-10-01', name: '国庆节' }];
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, holidays }))).toEqual(['holidays.1.date: 日期重复：2026-10-01']);
    const weekday = [{ date: '2026-10-09', name: '国庆节' }];
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, makeupWorkdays: weekday }))).toEqual([
      'makeupWorkdays.0.date: 调休上班日应为星期六或星期日：2026-10-09',
    ]);
    const both = [{ date: '2026-01-03', name: '元旦' }];
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, makeupWorkdays: both }))).toEqual([
      'makeupWorkdays.0.date: 2026-01-03 已列为节假日，不能同时是调休上班日',
    ]);
    const twice = [{ date: '2026-10-10', name: '国庆节' }, { date: '2026-10-10', name: '国庆节' }];
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, makeupWorkdays: twice }))).toEqual([
      'makeupWorkdays.1.date: 日期重复：2026-10-10',
    ]);
    const names = [{ date: '2026-10-01', name: ' ' }, { date: '2026-10-02', name: '中国人民抗日战争暨世界反法西斯战争胜利纪念日' }];
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, holidays: names }))).toEqual([
      'holidays.0.name: 名称不能为空', 'holidays.1.name: 名称不能超过 20 个字',
    ]);
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, holidays: [{ date: '2026-02-30', name: '春节' }] }))).toEqual([
      'holidays.0.date: 日期应为 YYYY-MM-DD 格式的有效日期',
    ]);
    expect(messages(SaveCalendarYearRequest.safeParse({ ...request, source: '' }))).toEqual(['source: 请填写依据（通知名称）']);
  });

  it('checkCalendarYear keeps every date inside the year of the URL', () => {
    const parsed = SaveCalendarYearRequest.parse(request);
    expect(checkCalendarYear(2027, parsed)).toHaveLength(parsed.holidays.length + parsed.makeupWorkdays.length);
    const stray = SaveCalendarYearRequest.parse({
      ...request,
      makeupWorkdays: [...request.makeupWorkdays, { date: '2025-12-27', name: '元旦' }],
    });
    expect(checkCalendarYear(2026, stray)).toEqual([{ field: 'makeupWorkdays.6.date', message: '日期应在 2026 年内：2025-12-27' }]);
  });
});

describe('acceptanceDate (行政许可法 32)', () => {
  // Received Friday 26 September 2025. Working days after it: Sunday 28 September (a make-up workday), 29 and 30
  // September, then — after the National Day holiday of 1–8 October — 9 and 10 October: the window's 5 days end
  // on Friday 10 October; Saturday 11 October is a make-up workday, and too late.
  it('keeps the day of acceptance within 5 working days of receipt, counting make-up workdays and skipping holidays', () => {
    expect(acceptanceDate(cal, '2025-09-26', '2025-09-26')).toEqual({ known: true, date: '2025-09-26', deemed: false });
    expect(acceptanceDate(cal, '2025-09-26', '2025-10-10')).toEqual({ known: true, date: '2025-10-10', deemed: false });
  });

  it('backdates acceptance to the receipt when the window let 5 working days pass without a correction notice', () => {
    expect(acceptanceDate(cal, '2025-09-26', '2025-10-11')).toEqual({ known: true, date: '2025-09-26', deemed: true });
  });

  it('is unknown when the 5 days reach a year the calendar does not hold', () => {
    expect(acceptanceDate(cal, '2026-12-30', '2027-01-11')).toEqual({ known: false, year: 2027 });
  });
});
