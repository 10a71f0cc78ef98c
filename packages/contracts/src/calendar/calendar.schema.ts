import { z } from 'zod';
import { codeTable } from '../common/codes.js';
import type { FieldIssue } from '../common/errors.js';
import { dayKind, isIsoDate, nthWorkdayAfter, type WorkingCalendar } from './working-days.js';

export const ISO_DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式的有效日期';

/** A real calendar date written `YYYY-MM-DD` (China time). */
export const IsoDate = z.string().trim().refine(isIsoDate, ISO_DATE_MESSAGE);

/** 日期类型. */
export const DAY_KINDS = codeTable({
  workday: '工作日',
  weekend: '休息日',
  holiday: '节假日',
  'makeup-workday': '调休上班日',
});

/** What the calendar says of one date; `known` false: the year's notice has not been entered. */
export const CalendarDayView = z.object({
  date: z.string(),
  known: z.boolean(),
  /** null when unknown */
  workday: z.boolean().nullable(),
  /** null when unknown */
  kind: z.enum(DAY_KINDS.codes).nullable(),
  /** The holiday, or for a make-up workday the holiday it makes up for. */
  name: z.string().nullable(),
});
export type CalendarDayView = z.infer<typeof CalendarDayView>;

/** 推算: the date `days` working days after `from`. In a query string `days` arrives as text; empty is missing. */
export const NthWorkdayQuery = z.object({
  from: IsoDate,
  days: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? '请填写工作日天数' : '工作日天数应为数字') })
      .int('工作日天数应为整数')
      .min(0, '工作日天数不能为负数')
      .max(3650, '工作日天数不能超过 3650'),
  ),
});
export type NthWorkdayQuery = z.infer<typeof NthWorkdayQuery>;

export const NthWorkdayView = z.object({
  from: z.string(),
  days: z.number(),
  known: z.boolean(),
  /** The date, when known. */
  date: z.string().nullable(),
  /** The year whose notice is missing, when unknown. */
  unknownYear: z.number().nullable(),
  /** Why there is no date, in Chinese; null when known. */
  message: z.string().nullable(),
});
export type NthWorkdayView = z.infer<typeof NthWorkdayView>;

/** The answer when a count reaches a year the calendar does not hold. */
export function unknownYearMessage(year: number): string {
  return `${year} 年的节假日安排尚未录入，无法计算`;
}

const DayName = z.string().trim().min(1, '名称不能为空').max(20, '名称不能超过 20 个字');

/** One listed day of a year: a holiday, or a make-up workday named after the holiday it makes up for. */
export const CalendarDayEntry = z.object({ date: IsoDate, name: DayName });
export type CalendarDayEntry = z.infer<typeof CalendarDayEntry>;

/** The year in the URL (`/calendar/years/:year`). */
export const CalendarYearParams = z.object({
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int('年份应为整数')
    .min(2000, '年份应在 2000 至 2100 之间')
    .max(2100, '年份应在 2000 至 2100 之间'),
});
export type CalendarYearParams = z.infer<typeof CalendarYearParams>;

/** 工作日历 of one year, as entered from the State Council notice. */
export const CalendarYearView = z.object({
  year: z.number(),
  /** 依据: the notice's title, or where the data came from (the seed). */
  source: z.string(),
  /** 文号, e.g. 国办发明电〔2025〕7号. */
  notice: z.string().nullable(),
  holidays: z.array(CalendarDayEntry),
  makeupWorkdays: z.array(CalendarDayEntry),
  updatedAt: z.string(),
  /** Who saved it last (the platform itself for the seed). */
  updatedBy: z.string(),
});
export type CalendarYearView = z.infer<typeof CalendarYearView>;

const SaveCalendarYearBase = z.object({
  /** 依据, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
  source: z.string().trim().min(1, '请填写依据（通知名称）').max(200, '依据不能超过 200 个字'),
  /** 文号, e.g. 国办发明电〔2026〕x号; null when there is none. */
  notice: z.string().trim().min(1, '文号不能为空，没有文号时不填').max(50, '文号不能超过 50 个字').nullable().default(null),
  /** 法定节假日 and the other days off of each holiday period (weekend days included). */
  holidays: z.array(CalendarDayEntry).max(100, '节假日不能超过 100 天'),
  /** 调休上班日: Saturdays and Sundays worked. */
  makeupWorkdays: z.array(CalendarDayEntry).max(50, '调休上班日不能超过 50 天'),
});

type SaveCalendarYearInput = Pick<z.output<typeof SaveCalendarYearBase>, 'holidays' | 'makeupWorkdays'>;
type Issue = { path: ['holidays' | 'makeupWorkdays', number, 'date']; message: string };

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** Rules between the listed days, whatever the year: no date twice, make-up days on weekends and not holidays. */
function dayIssues(input: SaveCalendarYearInput): Issue[] {
  const issues: Issue[] = [];
  const holidays = new Set<string>();
  input.holidays.forEach((d, i) => {
    if (holidays.has(d.date)) issues.push({ path: ['holidays', i, 'date'], message: `日期重复：${d.date}` });
    holidays.add(d.date);
  });
  const makeup = new Set<string>();
  input.makeupWorkdays.forEach((d, i) => {
    const path: Issue['path'] = ['makeupWorkdays', i, 'date'];
    if (makeup.has(d.date)) issues.push({ path, message: `日期重复：${d.date}` });
    else if (holidays.has(d.date)) issues.push({ path, message: `${d.date} 已列为节假日，不能同时是调休上班日` });
    else if (!isWeekend(d.date)) issues.push({ path, message: `调休上班日应为星期六或星期日：${d.date}` });
    makeup.add(d.date);
  });
  return issues;
}

/**
 * The check that needs the year, which comes from the URL: every listed date must fall in `year`. Field paths
 * like `holidays.3.date`; empty when all is well. The other rules are in `SaveCalendarYearRequest` itself.
 */
export function checkCalendarYear(year: number, input: SaveCalendarYearInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const list of ['holidays', 'makeupWorkdays'] as const) {
    input[list].forEach((d, i) => {
      if (!d.date.startsWith(prefix)) issues.push({ field: `${list}.${i}.date`, message: `日期应在 ${year} 年内：${d.date}` });
    });
  }
  return issues;
}

/** 保存某年的工作日历. The year is in the URL: check the dates against it with `checkCalendarYear`. */
export const SaveCalendarYearRequest = SaveCalendarYearBase.superRefine((input, ctx) => {
  for (const { path, message } of dayIssues(input)) ctx.addIssue({ code: 'custom', path, message });
});
export type SaveCalendarYearRequest = z.output<typeof SaveCalendarYearRequest>;
export type SaveCalendarYearRequestInput = z.input<typeof SaveCalendarYearRequest>;

/** The `CalendarDayView` of a date. */
export function calendarDayView(cal: WorkingCalendar, date: string): CalendarDayView {
  const d = dayKind(cal, date);
  return d.known
    ? { date, known: true, workday: d.workday, kind: d.kind, name: d.name }
    : { date, known: false, workday: null, kind: null, name: null };
}

/** The `NthWorkdayView` answering a query. */
export function nthWorkdayView(cal: WorkingCalendar, query: NthWorkdayQuery): NthWorkdayView {
  const r = nthWorkdayAfter(cal, query.from, query.days);
  return r.known
    ? { ...query, known: true, date: r.date, unknownYear: null, message: null }
    : { ...query, known: false, date: null, unknownYear: r.year, message: unknownYearMessage(r.year) };
}
