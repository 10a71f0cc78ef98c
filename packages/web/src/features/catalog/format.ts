import { TIME_UNITS, type TimeLimit } from '@yiwang/contracts';

/** A time limit as "20 工作日" (the unit is a standard term, Chinese in every language). */
export function formatLimit(limit: TimeLimit | null | undefined): string {
  if (!limit) return '—';
  return `${limit.value} ${TIME_UNITS.label(limit.unit)}`;
}

/** A promised limit of 0 means done on the spot (当场办结). */
export function isOnTheSpot(limit: TimeLimit): boolean {
  return limit.value === 0;
}

/** A fraction 0..1 as a percentage with one decimal; null (no items) as a dash. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}

export type TripsKind = 'zero' | 'one' | 'many';

export function tripsKind(trips: number): TripsKind {
  return trips <= 0 ? 'zero' : trips === 1 ? 'one' : 'many';
}

/**
 * A time as the platform shows it: Beijing time (UTC+8), whatever the browser's own time zone, so that it agrees
 * with case numbers and deadlines, which count China dates.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const china = new Date(date.getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())} ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`;
}
