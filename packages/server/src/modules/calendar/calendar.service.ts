import {
  calendarDayOf, calendarDayView, checkCalendarYear, createCalendar, nthWorkdayView, type Actor, type CalendarDayView, type CalendarYearData,
  type CalendarYearView, type NthWorkdayQuery, type NthWorkdayView, type SaveCalendarYearRequest, type WorkingCalendar,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { assertCan } from '../identity/index.js';
import { calendarRepository, type CalendarDayRow, type CalendarYearRow } from './calendar.repository.js';

export interface CalendarDeps {
  db: Db;
  clock?: () => Date;
  /** How long a loaded calendar is trusted before the database is asked whether it changed. */
  cacheMs?: number;
}

function presentYear(year: CalendarYearRow, days: CalendarDayRow[]): CalendarYearView {
  const of = (kind: string) => days.filter((d) => d.kind === kind).map((d) => ({ date: d.date, name: d.name }));
  return {
    year: year.year, source: year.source, notice: year.notice, holidays: of('holiday'), makeupWorkdays: of('makeup-workday'),
    updatedAt: year.updatedAt.toISOString(), updatedBy: year.updatedBy,
  };
}

/** 工作日历: the statutory calendar as editable data, and the working-day questions answered from it. */
export function createCalendarService({ db, clock = () => new Date(), cacheMs = 30_000 }: CalendarDeps) {
  const repo = calendarRepository(db);
  let cached: { cal: WorkingCalendar; stamp: string; checkedAt: number } | null = null;

  async function build(): Promise<WorkingCalendar> {
    const [years, days] = await Promise.all([repo.listYears(), repo.listDays()]);
    const data: CalendarYearData[] = years.map((y) => ({
      year: y.year,
      holidays: days.filter((d) => d.year === y.year && d.kind === 'holiday').map((d) => ({ date: d.date, name: d.name })),
      makeupWorkdays: days.filter((d) => d.year === y.year && d.kind === 'makeup-workday').map((d) => ({ date: d.date, name: d.name })),
    }));
    return createCalendar(data);
  }

  return {
    /** The calendar, rebuilt when any process saved a year since (checked at most every `cacheMs`). */
    async calendar(): Promise<WorkingCalendar> {
      const now = clock().getTime();
      if (cached && now - cached.checkedAt < cacheMs) return cached.cal;
      const stamp = await repo.stamp();
      if (cached && cached.stamp === stamp) {
        cached.checkedAt = now;
        return cached.cal;
      }
      cached = { cal: await build(), stamp, checkedAt: now };
      return cached.cal;
    },

    async day(date: string): Promise<CalendarDayView> {
      return calendarDayView(await this.calendar(), date);
    },

    async nthWorkday(query: NthWorkdayQuery): Promise<NthWorkdayView> {
      return nthWorkdayView(await this.calendar(), query);
    },

    async listYears(): Promise<CalendarYearView[]> {
      const [years, days] = await Promise.all([repo.listYears(), repo.listDays()]);
      return years.map((y) => presentYear(y, days.filter((d) => d.year === y.year)));
    },

    async getYear(year: number): Promise<CalendarYearView> {
      const row = await repo.findYear(year);
      if (!row) throw new AppError('CALENDAR_YEAR_UNKNOWN', `${year} 年的节假日安排尚未录入`);
      return presentYear(row, await repo.listDays(year));
    },

    /** 录入/修改 a year from the State Council notice; replaces the year's days in one transaction. */
    async saveYear(actor: Actor, year: number, input: SaveCalendarYearRequest): Promise<CalendarYearView> {
      assertCan(actor, 'calendar:manage');
      const issues = checkCalendarYear(year, input);
      if (issues.length) throw new AppError('VALIDATION_FAILED', issues[0]!.message, { issues });
      const row: CalendarYearRow = { year, source: input.source, notice: input.notice, updatedBy: actor.name, updatedAt: clock() };
      const days = [
        ...input.holidays.map((d) => ({ date: d.date, kind: 'holiday', name: d.name })),
        ...input.makeupWorkdays.map((d) => ({ date: d.date, kind: 'makeup-workday', name: d.name })),
      ];
      await db.transaction(async (tx) => calendarRepository(tx as unknown as Db).replaceYear(row, days));
      cached = null;
      return this.getYear(year);
    },

    /** Seeds years that are not there yet (the committed data); edited years are left alone. */
    async seedYears(data: { source: string; years: CalendarYearData[] }): Promise<number> {
      const have = new Set((await repo.listYears()).map((y) => y.year));
      let added = 0;
      for (const y of data.years) {
        if (have.has(y.year)) continue;
        await repo.replaceYear({ year: y.year, source: data.source, notice: null, updatedBy: '系统初始化', updatedAt: clock() }, [
          ...y.holidays.map((d) => ({ ...calendarDayOf(d), kind: 'holiday' })),
          ...y.makeupWorkdays.map((d) => ({ ...calendarDayOf(d), kind: 'makeup-workday' })),
        ]);
        added += 1;
      }
      cached = null;
      return added;
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
