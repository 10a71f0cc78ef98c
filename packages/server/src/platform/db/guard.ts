import { sql, type SQL } from 'drizzle-orm';
import { sqlState } from './errors.js';

/** The SQLSTATE that migration 0008's `yiwang_guard` raises. */
const GUARD_FAILED = 'YW001';

/**
 * A part of one statement (`withParts`) that fails the whole statement unless `holds` is true when it runs, so that
 * none of its other parts is written: what a write took from memory (a cached row, say) is checked against the
 * database in the statement that relies on it, instead of being read again before it. The statement must read the
 * part (its rows or their count), or PostgreSQL need not run it.
 */
export function guardSql(guard: string, holds: SQL): SQL {
  return sql`select yiwang_guard(${holds}, ${guard}) as holds`;
}

/** A statement's guard (`guardSql`) found its condition false: nothing of that statement was written. */
export class GuardFailed extends Error {
  constructor(readonly guard: string) {
    super(`the statement's guard "${guard}" failed`);
  }
}

/** The guard that failed a statement, as a GuardFailed; null for any other error. */
export function guardFailure(error: unknown): GuardFailed | null {
  if (sqlState(error) !== GUARD_FAILED) return null;
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === GUARD_FAILED) return new GuardFailed(String((e as { message?: unknown }).message));
  }
  return null;
}
