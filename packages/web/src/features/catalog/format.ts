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

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
