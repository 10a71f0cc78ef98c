import type { CalendarDayEntry } from '@yiwang/contracts';

export interface DayRange {
  name: string;
  from: string;
  to: string;
  days: number;
}

const next = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Consecutive days of the same name as one period: 春节 2026-02-15 – 02-23 (9 days). */
export function dayRanges(days: CalendarDayEntry[]): DayRange[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const ranges: DayRange[] = [];
  for (const day of sorted) {
    const last = ranges.at(-1);
    if (last && last.name === day.name && next(last.to) === day.date) {
      last.to = day.date;
      last.days += 1;
    } else {
      ranges.push({ name: day.name, from: day.date, to: day.date, days: 1 });
    }
  }
  return ranges;
}

/** Every date from `from` to `to`, both included (at most a year). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to && dates.length < 366; d = next(d)) dates.push(d);
  return dates;
}
