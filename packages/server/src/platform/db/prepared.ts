import type { Db } from './database.js';

const statements = new WeakMap<Db, Map<string, unknown>>();

/**
 * A prepared statement of a database (or a transaction), built the first time it is asked for and kept with it:
 * a hot read is then neither rebuilt by drizzle nor, on PostgreSQL, parsed and planned again on its connection.
 * `name` is the statement's name on the server: one name, one text.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, build(db));
  return byName.get(name) as T;
}
