import type { Db } from './database.js';

const statements = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query of a database (or a transaction) prepared under `name`, the first time it is asked for, and kept with it:
 * a hot read is then neither rebuilt by drizzle nor, on PostgreSQL, parsed and planned again on its connection.
 * One name, one query text (the server keeps the statement by its name).
 */
export function prepared<P>(db: Db, name: string, query: (db: Db) => { prepare(name: string): P }): P {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, query(db).prepare(name));
  return byName.get(name) as P;
}
