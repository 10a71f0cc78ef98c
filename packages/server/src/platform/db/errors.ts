/** The SQLSTATE of an error the database reported, through drizzle's wrapper or not; null for any other error. */
export function sqlState(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** A unique index refused the row (PostgreSQL 23505). */
export const isUniqueViolation = (error: unknown): boolean => sqlState(error) === '23505';
