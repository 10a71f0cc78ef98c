import { sql, type SQL } from 'drizzle-orm';

/**
 * One statement of several parts: WITH each named part (a data-modifying statement may use RETURNING), then what
 * `select` reads from them. All parts see one snapshot and succeed or fail together.
 */
export function withParts(parts: [string, SQL][], select: SQL): SQL {
  return sql`with ${sql.join(parts.map(([name, part]) => sql`${sql.identifier(name)} as (${part})`), sql`, `)} ${select}`;
}
