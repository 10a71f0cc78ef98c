import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The one typed data-access path, the same for PGlite and a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

export interface DatabaseOptions {
  url: string | null;
  /** Directory of the PGlite files; `memory://` keeps them in memory (tests). */
  pgliteDir?: string;
  /** A PGlite data-directory dump to start from (tests copy a migrated template). */
  loadDataDir?: Blob;
  poolSize?: number;
  /** Called with the text of every statement the typed access path sends (benchmarks count them). */
  onQuery?: (text: string) => void;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const logger = opts.onQuery ? { logQuery: (text: string) => opts.onQuery!(text) } : undefined;
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10, logger);
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
  const db = drizzlePglite({ client, logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
    dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob,
  };
}

/**
 * A pool whose connections outlive the errors their server reports. pg-pool's own query() closes the connection of
 * any statement that failed, so every refused write (a unique violation: an optimistic writer that lost its race, an
 * idempotency key used twice) cost a new backend, started and authenticated, for the next statement (seen as
 * 20-40 ms on a later read). An error the server answered with (a DatabaseError, with its SQLSTATE) leaves the
 * connection ready for the next statement outside a transaction, which is where pool.query runs; any other error (a
 * broken socket) still closes it, as does the server ending the connection.
 */
class SoundPool extends pg.Pool {
  override query(...args: unknown[]): never {
    // The callback forms, which drizzle does not use, keep pg-pool's behaviour.
    if (args.some((a) => typeof a === 'function')) return (super.query as (...a: unknown[]) => never)(...args);
    return this.connect().then(async (client) => {
      try {
        const result = await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        client.release();
        return result;
      } catch (error) {
        client.release(error instanceof pg.DatabaseError ? undefined : (error as Error));
        throw error;
      }
    }) as never;
  }
}

async function openPostgres(url: string, max: number, logger?: { logQuery(text: string): void }): Promise<Database> {
  const pool = new SoundPool({ connectionString: url, max });
  const driver = drizzlePg({ client: pool, logger });
  return {
    db: driver as unknown as Db,
    kind: 'postgres',
    async migrate() {
      // Several processes may start at once: one migrates, the others wait for it.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock(7202601)');
        await migratePg(drizzlePg({ client: conn }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await conn.query('select pg_advisory_unlock(7202601)').catch(() => undefined);
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Count rows with a cast, since `count(*)` comes back as a string from node-postgres and a number from PGlite. */
export const countAll = sql<number>`cast(count(*) as integer)`;
