import { beforeAll, describe, expect, it } from 'vitest';
import { readSeedData } from '../../../seed/data.js';
import { useApp, type Browser } from '../../../test/http.js';

const t = useApp();
let admin: Browser;

beforeAll(async () => {
  expect(await t.s.calendar.seedYears(readSeedData('calendar.json'))).toBeGreaterThanOrEqual(9);
  // Seeding again adds nothing: edited years are never overwritten.
  expect(await t.s.calendar.seedYears(readSeedData('calendar.json'))).toBe(0);
  admin = await t.staff('cal.admin', ['platform-admin'], '4301');
});

describe('working-day calendar API', () => {
  it('tells holidays, make-up workdays and weekends apart', async () => {
    expect((await t.call(null, { url: '/api/calendar/days/2026-10-01' })).json()).toEqual({ date: '2026-10-01', known: true, workday: false, kind: 'holiday', name: '国庆节' });
    expect((await t.call(null, { url: '/api/calendar/days/2026-10-10' })).json()).toMatchObject({ workday: true, kind: 'makeup-workday' });
    expect((await t.call(null, { url: '/api/calendar/days/2026-11-28' })).json()).toMatchObject({ workday: false, kind: 'weekend' });
    expect((await t.call(null, { url: '/api/calendar/days/2026-02-30' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('counts working days after a date, and says so when a year is not in the calendar', async () => {
    // From Wednesday 30 September: 1–7 October off, Saturday 10 October worked.
    expect((await t.call(null, { url: '/api/calendar/nth-workday?from=2026-09-30&days=2' })).json()).toMatchObject({ known: true, date: '2026-10-09' });
    const unknown = (await t.call(null, { url: '/api/calendar/nth-workday?from=2026-12-28&days=10' })).json();
    expect(unknown).toMatchObject({ known: false, date: null, unknownYear: 2027, message: '2027 年的节假日安排尚未录入，无法计算' });
  });

  it('lets the platform administrator enter a new year from the State Council notice, checking each date', async () => {
    const notice = {
      source: '国务院办公厅关于2027年部分节假日安排的通知', notice: '国办发明电〔2026〕99号',
      holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2027-01-04', name: '元旦' }],
    };
    const bad = await t.call(admin, { method: 'PUT', url: '/api/admin/calendar/years/2027', payload: notice });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'makeupWorkdays.0.date', message: expect.stringContaining('星期六或星期日') });
    const outside = await t.call(admin, { method: 'PUT', url: '/api/admin/calendar/years/2027', payload: { ...notice, holidays: [{ date: '2026-12-31', name: '元旦' }], makeupWorkdays: [] } });
    expect(outside.json()).toMatchObject({ field: 'holidays.0.date', message: expect.stringContaining('2027 年内') });
    const catalogAdmin = await t.staff('cal.catalog', ['catalog-admin'], '4301');
    expect((await t.call(catalogAdmin, { method: 'PUT', url: '/api/admin/calendar/years/2027', payload: { ...notice, makeupWorkdays: [] } })).statusCode).toBe(403);

    const saved = await t.call(admin, { method: 'PUT', url: '/api/admin/calendar/years/2027', payload: { ...notice, makeupWorkdays: [{ date: '2027-01-09', name: '元旦' }] } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2027, updatedBy: '测试cal.admin', holidays: [{ date: '2027-01-01', name: '元旦' }] });
    // 28 Dec 2026 + 10 working days: 29–31 Dec (3), 1 Jan off, 4–8 Jan (8), Saturday 9 Jan worked (9), Monday 11 Jan.
    expect((await t.call(null, { url: '/api/calendar/nth-workday?from=2026-12-28&days=10' })).json()).toMatchObject({ known: true, date: '2027-01-11' });
  });
});
