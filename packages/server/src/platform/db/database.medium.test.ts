import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabase } from '../../../test/database.js';
import type { Database } from './database.js';
import { sqlState } from './errors.js';
import { guardFailure, guardSql } from './guard.js';
import { executePrepared } from './prepared.js';
import { withParts } from './with-parts.js';

let database: Database;
// One connection: whatever the second statement runs on is the connection the refused one ran on, or its replacement.
beforeAll(async () => { database = await testDatabase({ poolSize: 1 }); });
afterAll(() => database.close());

const rows = async <T>(q: ReturnType<typeof sql>) => ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;

describe('the database connection', () => {
  it('outlives a statement the server refused: the same session goes on (no new backend for the next statement)', async () => {
    // A temporary table lives as long as its session: the insert after the refusal finds it only on the same one.
    await database.db.execute(sql`create temporary table refusals (id integer primary key)`);
    const [before] = await rows<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    await database.db.execute(sql`insert into refusals values (1)`);
    const refused = (q: ReturnType<typeof sql>) => database.db.execute(q).then(() => null, (e: unknown) => sqlState(e));
    expect(await refused(sql`insert into refusals values (1)`)).toBe('23505'); // unique_violation
    expect(await refused(sql`select 1 / 0`)).toBe('22012'); // division_by_zero
    await database.db.execute(sql`insert into refusals values (2)`);
    expect(await rows(sql`select id from refusals order by id`)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await rows<{ pid: number }>(sql`select pg_backend_pid() as pid`)).toEqual([before]);
  });

  it('runs the statements of one shape as one prepared statement (on PostgreSQL), each with its own values', async () => {
    const plusOne = (n: number) => executePrepared(database.db, sql`select ${n}::int + 1 as n`) as Promise<{ rows: { n: number }[] }>;
    expect((await plusOne(1)).rows).toEqual([{ n: 2 }]);
    expect((await plusOne(41)).rows).toEqual([{ n: 42 }]);
    const kept = await rows<{ n: number }>(sql`select count(*)::int as n from pg_prepared_statements where statement = 'select $1::int + 1 as n'`);
    // PGlite runs every statement as it comes.
    expect(kept).toEqual([{ n: database.kind === 'postgres' ? 1 : 0 }]);
  });

  it('writes none of a statement whose guard does not hold, and names the guard', async () => {
    await database.db.execute(sql`create temporary table guarded (id integer primary key)`);
    const write = (id: number, holds: boolean) => executePrepared(database.db, withParts([
      ['w', sql`insert into guarded values (${id}) returning id`],
      ['g', guardSql('still-there', sql`${holds}::boolean`)],
    ], sql`select (select count(*)::int from w) as w, (select count(*)::int from g) as g`)).then(() => null, (e: unknown) => guardFailure(e)?.guard ?? e);
    expect(await write(1, true)).toBeNull();
    expect(await write(2, false)).toBe('still-there');
    // The same shape again, prepared on PostgreSQL: its guard still runs each time.
    expect(await write(3, false)).toBe('still-there');
    expect(await write(4, true)).toBeNull();
    expect(await rows(sql`select id from guarded order by id`)).toEqual([{ id: 1 }, { id: 4 }]);
    expect(guardFailure(new Error('other'))).toBeNull();
  });
});
