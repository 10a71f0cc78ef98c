import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { calendarDays, calendarYears } from './calendar.tables.js';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type CalendarDayRow = typeof calendarDays.$inferSelect;

export function calendarRepository(db: Db) {
  return {
    async listYears(): Promise<CalendarYearRow[]> {
      return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
    },

    async listDays(year?: number): Promise<CalendarDayRow[]> {
      const q = db.select().from(calendarDays);
      return (year === undefined ? q : q.where(eq(calendarDays.year, year))).orderBy(asc(calendarDays.date));
    },

    async findYear(year: number): Promise<CalendarYearRow | null> {
      const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
      return row ?? null;
    },

    /** Replaces a year: its row and all its days (inside the caller's transaction). */
    async replaceYear(year: CalendarYearRow, days: Omit<CalendarDayRow, 'year'>[]): Promise<void> {
      await db.delete(calendarDays).where(eq(calendarDays.year, year.year));
      await db.insert(calendarYears).values(year).onConflictDoUpdate({
        target: calendarYears.year,
        set: { source: year.source, notice: year.notice, updatedBy: year.updatedBy, updatedAt: year.updatedAt },
      });
      if (days.length) await db.insert(calendarDays).values(days.map((d) => ({ ...d, year: year.year })));
    },

    /** A fingerprint that changes whenever any year is saved (for caches in other processes). */
    async stamp(): Promise<string> {
      const [row] = await db.select({ s: sql<string>`coalesce(max(${calendarYears.updatedAt})::text, '') || count(*)::text` }).from(calendarYears);
      return row?.s ?? '';
    },
  };
}
