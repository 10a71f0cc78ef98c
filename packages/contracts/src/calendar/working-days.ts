/**
 * 工作日历 and 时限: counting working days the way the deadline law does (docs: domain.md §5). Pure and shared by
 * the server and the web.
 *
 * Dates are ISO calendar dates `YYYY-MM-DD` in China time (see `chinaDate`). A working day is a Monday–Friday
 * that is not a holiday, or a weekend day that is a make-up workday (调休上班日). The calendar holds the
 * statutory holidays of the years whose State Council notice it has; a count that reaches any other year
 * answers `{ known: false, year }` instead of a date that may be wrong.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day of the calendar with its name: the holiday, or for a make-up workday the holiday it makes up for. */
export interface CalendarDay {
  date: string;
  name: string;
}

/** One year of the calendar as stored: `[date, name]` pairs (the seed) or `{ date, name }` objects (the API). */
export interface CalendarYearData {
  year: number;
  /** 法定节假日 and the other days off of each holiday period (weekend days included). */
  holidays: readonly (CalendarDay | readonly [string, string])[];
  /** 调休上班日: Saturdays and Sundays that are working days. */
  makeupWorkdays: readonly (CalendarDay | readonly [string, string])[];
}

/** A year the calendar does not hold: no answer can be given without its notice. */
export interface UnknownYear {
  known: false;
  year: number;
}

/** What a date is. `holiday` includes the weekend days of a holiday period. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export type DayInfo =
  | { known: true; workday: boolean; kind: DayKind; name: string | null }
  | UnknownYear;

/** `true` for a real calendar date written `YYYY-MM-DD` (years 0001–9999). */
export function isIsoDate(value: string): boolean {
  return toDay(value) !== null;
}

/** Day number (days since 1970-01-01) of an ISO date, or null. */
function toDay(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  if (t.getUTCDate() !== d) return null; // 2025-02-30 rolls over into March
  return Math.round(t.getTime() / DAY_MS);
}

function dayOf(value: string): number {
  const day = toDay(value);
  if (day === null) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return day;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function entry(e: CalendarDay | readonly [string, string]): readonly [string, string] {
  return 'date' in e ? [e.date, e.name] : e;
}

/** A listed day in either stored form (`[date, name]` or `{ date, name }`) as `{ date, name }`. */
export function calendarDayOf(e: CalendarDay | readonly [string, string]): CalendarDay {
  const [date, name] = entry(e);
  return { date, name };
}

const UNKNOWN = -1;

/**
 * 工作日历: the statutory calendar as data (State Council notices) for the years it holds. Build it with
 * `createCalendar`; it is immutable. Each day of the span of held years is classified once, so counting touches
 * one byte per day and allocates nothing.
 */
class WorkingCalendar {
  /** Years whose notice the calendar holds; any other year is unknown. */
  readonly years: ReadonlySet<number>;
  /** 法定节假日 (and the rest days of the holiday period): date → name. */
  readonly holidays: ReadonlyMap<string, string>;
  /** 调休上班日: weekend dates that are working days: date → name of the holiday they make up for. */
  readonly makeupWorkdays: ReadonlyMap<string, string>;
  /** Day number of 1 January of the first year held. */
  readonly #first: number;
  /** Per day from `#first`: 1 working day, 0 day off, -1 a year not held. */
  readonly #flags: Int8Array;

  constructor(data: Iterable<CalendarYearData>) {
    const years = new Set<number>();
    const holidays = new Map<string, string>();
    const makeup = new Map<string, string>();
    const add = (map: Map<string, string>, year: number, e: CalendarDay | readonly [string, string], what: string) => {
      const [date, name] = entry(e);
      if (toDay(date) === null || Number(date.slice(0, 4)) !== year) {
        throw new RangeError(`calendar ${year}: ${what} ${JSON.stringify(date)} is not a date of ${year}`);
      }
      if (holidays.has(date) || makeup.has(date)) throw new RangeError(`calendar ${year}: ${date} is listed twice`);
      map.set(date, name);
    };
    for (const y of data) {
      if (!Number.isInteger(y.year) || y.year < 1 || y.year > 9999) throw new RangeError(`calendar: bad year ${y.year}`);
      if (years.has(y.year)) throw new RangeError(`calendar: year ${y.year} given twice`);
      years.add(y.year);
      for (const e of y.holidays) add(holidays, y.year, e, 'holiday');
      for (const e of y.makeupWorkdays) add(makeup, y.year, e, 'make-up workday');
    }
    this.years = years;
    this.holidays = holidays;
    this.makeupWorkdays = makeup;

    const sorted = [...years].sort((a, b) => a - b);
    const firstYear = sorted[0];
    const lastYear = sorted[sorted.length - 1];
    if (firstYear === undefined || lastYear === undefined) {
      this.#first = 0;
      this.#flags = new Int8Array(0);
      return;
    }
    this.#first = dayOf(`${String(firstYear).padStart(4, '0')}-01-01`);
    const end = dayOf(`${String(lastYear).padStart(4, '0')}-12-31`);
    this.#flags = new Int8Array(end - this.#first + 1).fill(UNKNOWN);
    for (const year of sorted) {
      const from = dayOf(`${String(year).padStart(4, '0')}-01-01`);
      const to = dayOf(`${String(year).padStart(4, '0')}-12-31`);
      for (let day = from; day <= to; day++) {
        const weekday = weekdayOf(day);
        this.#flags[day - this.#first] = weekday === 0 || weekday === 6 ? 0 : 1;
      }
    }
    for (const date of holidays.keys()) this.#flags[dayOf(date) - this.#first] = 0;
    for (const date of makeup.keys()) this.#flags[dayOf(date) - this.#first] = 1;
  }

  /** @internal For the functions below: 1 working day, 0 day off, -1 a year the calendar does not hold. */
  flag(day: number): number {
    const i = day - this.#first;
    return i >= 0 && i < this.#flags.length ? (this.#flags[i] as number) : UNKNOWN;
  }
}

export type { WorkingCalendar };

/** Builds the calendar from its years (e.g. the seed's `calendar.json` or the saved `CalendarYearView`s). */
export function createCalendar(years: Iterable<CalendarYearData>): WorkingCalendar {
  return new WorkingCalendar(years);
}

/** The calendar date in China (Asia/Shanghai: UTC+8 all year, no daylight saving time) of an instant. */
export function chinaDate(instant: Date): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('chinaDate: invalid Date');
  return isoOf(Math.floor((t + CHINA_OFFSET_MS) / DAY_MS));
}

/** What kind of day `date` is. */
export function dayKind(cal: WorkingCalendar, date: string): DayInfo {
  const day = dayOf(date);
  if (cal.flag(day) === UNKNOWN) return { known: false, year: yearOf(day) };
  const makeup = cal.makeupWorkdays.get(date);
  if (makeup !== undefined) return { known: true, workday: true, kind: 'makeup-workday', name: makeup };
  const holiday = cal.holidays.get(date);
  if (holiday !== undefined) return { known: true, workday: false, kind: 'holiday', name: holiday };
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return { known: true, workday: false, kind: 'weekend', name: null };
  return { known: true, workday: true, kind: 'workday', name: null };
}

function checkCount(what: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${n}`);
}

function nthAfter(cal: WorkingCalendar, from: number, n: number): { known: true; day: number } | UnknownYear {
  let day = from;
  for (let counted = 0; counted < n; ) {
    day++;
    const flag = cal.flag(day);
    if (flag === UNKNOWN) return { known: false, year: yearOf(day) };
    counted += flag;
  }
  return { known: true, day };
}

/** Working days in the days `from` < day ≤ `to` (day numbers). */
function countBetween(cal: WorkingCalendar, from: number, to: number): { known: true; days: number } | UnknownYear {
  let days = 0;
  for (let day = from + 1; day <= to; day++) {
    const flag = cal.flag(day);
    if (flag === UNKNOWN) return { known: false, year: yearOf(day) };
    days += flag;
  }
  return { known: true, days };
}

/**
 * The n-th working day after `from`; `from` itself is not counted (民法典 201: the period starts the next day).
 * n = 0 answers `from` itself. Unknown when the count reaches a year the calendar does not hold.
 */
export function nthWorkdayAfter(
  cal: WorkingCalendar,
  from: string,
  n: number,
): { known: true; date: string } | UnknownYear {
  checkCount('n', n);
  const r = nthAfter(cal, dayOf(from), n);
  return r.known ? { known: true, date: isoOf(r.day) } : r;
}

/** The working days in (from, to]: after `from`, up to and including `to`; 0 when `to` ≤ `from`. */
export function workdaysBetween(
  cal: WorkingCalendar,
  from: string,
  to: string,
): { known: true; days: number } | UnknownYear {
  return countBetween(cal, dayOf(from), dayOf(to));
}

/** A special procedure (特别程序: 听证, 检验, 鉴定, 专家评审 …) that stops the clock; `end` null while it lasts. */
export interface CasePause {
  start: string;
  end: string | null;
}

export interface CaseDeadlineInput {
  /** 受理日期: the clock starts the working day after. */
  acceptedOn: string;
  /** 承诺/法定办结时限 in working days. */
  limitWorkdays: number;
  /** 特别程序, in any order. */
  pauses: readonly CasePause[];
  /** 延长审批: each adds its working days to the limit. */
  extensions: readonly { workdays: number }[];
  /** Today in China (`chinaDate(new Date())`): an open pause counts through this day. */
  asOf: string;
}

export type CaseDeadline =
  | {
      known: true;
      /** 办结期限: the last working day of the period. */
      due: string;
      /** A special procedure is under way: the due date moves on with each working day it lasts. */
      paused: boolean;
      /** Working days spent in special procedures (through `asOf` for an open one). */
      pausedWorkdays: number;
      /** Working days allowed: the limit plus the extensions (special procedures excluded). */
      totalWorkdays: number;
    }
  | UnknownYear;

/**
 * 办结期限 of a case (domain.md §5): the (limit + Σ extensions)-th working day after acceptance, moved on by the
 * working days spent in special procedures.
 *
 * The working days of a special procedure are those from its start date through its end date, both included;
 * an open one (end null) counts through `asOf` and makes `paused` true. Days on or before the acceptance date
 * are not counted (the clock had not started), and a day covered by two procedures counts once.
 */
export function caseDeadline(cal: WorkingCalendar, input: CaseDeadlineInput): CaseDeadline {
  checkCount('limitWorkdays', input.limitWorkdays);
  let totalWorkdays = input.limitWorkdays;
  for (const e of input.extensions) {
    checkCount('extension workdays', e.workdays);
    totalWorkdays += e.workdays;
  }
  const accepted = dayOf(input.acceptedOn);
  const asOf = dayOf(input.asOf);

  let paused = false;
  const spans: [number, number][] = [];
  for (const p of input.pauses) {
    const start = dayOf(p.start);
    let end: number;
    if (p.end === null) {
      paused = true;
      end = asOf;
    } else {
      end = dayOf(p.end);
      if (end < start) throw new RangeError(`pause ends (${p.end}) before it starts (${p.start})`);
    }
    if (start <= end) spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);

  let pausedWorkdays = 0;
  let counted = accepted; // the days up to here are counted, or were before the clock started
  for (const [from, to] of spans) {
    if (to <= counted) continue;
    const r = countBetween(cal, Math.max(from - 1, counted), to);
    if (!r.known) return r;
    pausedWorkdays += r.days;
    counted = to;
  }

  const due = nthAfter(cal, accepted, totalWorkdays + pausedWorkdays);
  if (!due.known) return due;
  return { known: true, due: isoOf(due.day), paused, pausedWorkdays, totalWorkdays };
}

/** 行政许可法 32: the working days a window has to tell an applicant everything missing (一次性告知). */
export const CORRECTION_NOTICE_WORKDAYS = 5;

/**
 * 受理日期 of a case accepted on `acceptOn` whose materials were received on `receivedOn` (its submission, or its
 * latest resubmission after a correction): a window that let 5 working days pass without a correction notice
 * has, by 行政许可法 32, accepted it on receipt, and the clock runs from there (`deemed`). Unknown when the
 * calendar does not hold the year.
 */
export function acceptanceDate(
  cal: WorkingCalendar, receivedOn: string, acceptOn: string,
): { known: true; date: string; deemed: boolean } | UnknownYear {
  const limit = nthAfter(cal, dayOf(receivedOn), CORRECTION_NOTICE_WORKDAYS);
  if (!limit.known) return limit;
  return dayOf(acceptOn) > limit.day ? { known: true, date: receivedOn, deemed: true } : { known: true, date: acceptOn, deemed: false };
}

export interface DeadlineThresholds {
  /** Yellow when at most this fraction of the allowed working days is left (e.g. 1/3). */
  yellowFraction: number;
  /** Yellow when at most this many working days are left (e.g. 2), whatever the fraction. */
  yellowWorkdays: number;
}

/** 督办预警: yellow at ≤ 1/3 of the time left or ≤ 2 working days left (domain.md §5). */
export const DEFAULT_DEADLINE_THRESHOLDS: DeadlineThresholds = Object.freeze({ yellowFraction: 1 / 3, yellowWorkdays: 2 });

export type DeadlineLevel = 'normal' | 'yellow' | 'red';

export type DeadlineStatus =
  | {
      known: true;
      /** Working days left after `asOf` up to the due date (0 on the due date); negative: working days late. */
      remainingWorkdays: number;
      level: DeadlineLevel;
    }
  | UnknownYear;

/**
 * 预警 of a case on `asOf`.
 * - Not overdue (asOf ≤ due): remaining = the working days in (asOf, due], so 0 on the due date itself.
 *   Yellow when remaining ≤ yellowWorkdays, or remaining ≤ totalWorkdays × yellowFraction (at most that share
 *   of the allowed time is left: 20 days × 1/3 → yellow from 6 left); normal otherwise. The due date is yellow.
 * - Overdue (asOf after due): red, remaining = −(working days in (due, asOf]), at least −1: a weekend right
 *   after the due date is already late.
 */
export function deadlineStatus(
  cal: WorkingCalendar,
  input: { due: string; asOf: string; totalWorkdays: number; thresholds?: DeadlineThresholds },
): DeadlineStatus {
  const { yellowFraction, yellowWorkdays } = input.thresholds ?? DEFAULT_DEADLINE_THRESHOLDS;
  const due = dayOf(input.due);
  const asOf = dayOf(input.asOf);
  if (asOf > due) {
    const late = countBetween(cal, due, asOf);
    if (!late.known) return late;
    return { known: true, remainingWorkdays: -Math.max(1, late.days), level: 'red' };
  }
  const left = countBetween(cal, asOf, due);
  if (!left.known) return left;
  const remaining = left.days;
  // The epsilon absorbs floating-point rounding: 100 × 0.29 is 28.999999999999996, yet 29 left is 29 %.
  const yellow = remaining <= yellowWorkdays || remaining <= input.totalWorkdays * yellowFraction + 1e-9;
  return { known: true, remainingWorkdays: remaining, level: yellow ? 'yellow' : 'normal' };
}
