import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/platform/db/index.js';
import { withDatabase } from './global-setup.js';

/**
 * A fresh, migrated database for one test file: a copy of the run's template. Close it in afterAll. On a PostgreSQL
 * server, `poolSize` connections at most (4 by default).
 */
export async function testDatabase(opts: { poolSize?: number } = {}): Promise<Database> {
  const t = inject('dbTemplate');
  if (t.kind === 'pglite') {
    return openDatabase({ url: null, loadDataDir: new Blob([fs.readFileSync(t.file)]) });
  }
  const name = `yiwang_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  await admin.query(`create database ${name} template ${t.template}`);
  await admin.end();
  const db = await openDatabase({ url: withDatabase(t.url, name), poolSize: opts.poolSize ?? 4 });
  return {
    ...db,
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: t.url });
      await c.connect();
      // The pool's end does not wait for its connections' sockets to close: a backend still saying goodbye would be
      // killed by the forced drop, and its client report the kill (57P01) as an unhandled error. Let them finish.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0]!.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
