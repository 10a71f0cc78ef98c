import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** 工作日历年度: a year whose State Council notice the calendar holds, with where it came from. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** 来源: the notice's title, or the data package it was seeded from */
  source: text('source').notNull(),
  /** 文号 of the notice, when entered by hand */
  notice: text('notice'),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 节假日与调休上班日 of a year: `holiday` (a day off) or `makeup-workday` (a weekend day worked). */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).notNull(),
    year: integer('year').notNull().references(() => calendarYears.year),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date] })],
);
