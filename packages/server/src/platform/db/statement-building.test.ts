import { describe, expect, it } from 'vitest';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, boolean, date, integer, jsonb, PgDialect, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { renderSql } from './render.js';
import { insertSql, updateSql } from './write-sql.js';
import { withParts } from './with-parts.js';

// Tables of the kinds of columns the platform writes: uuids, text, numbers, dates as Date and as text, jsonb, arrays.
const things = pgTable('things', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  tags: text('tags').array().notNull().default([]),
  form: jsonb('form').$type<Record<string, unknown>>().notNull(),
  count: integer('count').notNull().default(0),
  done: boolean('done').notNull().default(false),
  dueOn: date('due_on'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
const events = pgTable('thing "events"', {
  thingId: uuid('thing_id').notNull(),
  seq: integer('seq').notNull(),
  detail: jsonb('detail').$type<unknown>(),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

const dialect = new PgDialect();
// A database object only to build statements with (nothing is sent).
const db = drizzle.mock();
const at = new Date('2026-12-07T09:30:00.000Z');
const id = '0b6c5a0e-2f43-4e55-9d34-4d2c3c8f0a11';

// Text and parameters; not drizzle's typings, which neither node-postgres nor PGlite sessions read.
function same(statement: SQL) {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  expect(renderSql(dialect, statement)).toEqual({ sql: text, params });
}

describe('renderSql', () => {
  it('renders the statements that case actions are made of exactly as drizzle does', () => {
    const insertThing = db.insert(things).values({ name: '食品经营许可', tags: ['a', "b'c"], form: { 名称: '张三', n: [1, 2] }, dueOn: '2026-12-18' })
      .returning({ id: things.id });
    const insertEvents = db.insert(events).values([
      { thingId: id, seq: 1, detail: { opinion: '同意' }, at },
      { thingId: id, seq: 2, detail: null, at },
    ]).returning({ seq: events.seq });
    const update = db.update(things).set({ count: sql`${things.count} + ${1}`, done: true, dueOn: null, at, form: {} })
      .where(and(eq(things.id, id), eq(things.version, 3))).returning({ id: things.id });
    for (const statement of [insertThing.getSQL(), insertEvents.getSQL(), update.getSQL()]) same(statement);

    const parts: [string, SQL][] = [['c', update.getSQL()], ['e', insertEvents.getSQL()],
      ['a', sql`insert into ${things} (name, form) select ${'审计'}, ${JSON.stringify({ x: 1 })}::jsonb from (select) one left join ${sql.identifier('c')} h on true returning row_to_json(${things}) as row`]];
    const counted = parts.map(([name]) => sql`(select cast(count(*) as integer) from ${sql.identifier(name)}) as ${sql.identifier(name)}`);
    same(withParts(parts, sql`select ${sql.join(counted, sql`, `)}`));
  });

  it('renders selections with lists, nulls, numbers and nested statements', () => {
    same(db.select().from(things).where(and(inArray(things.id, [id, id]), eq(things.name, "o'neil"), sql`${things.dueOn} is ${null}`)).limit(5).getSQL());
    same(sql`select ${1}, ${2.5}, ${true}, ${null}, ${at}, ${[1, 2, 3]}, ${sql`${'nested'} || ${sql.raw("'raw'")}`}`);
  });

  it('leaves to drizzle what it does not know: aliased tables, placeholders, inlined parameters', () => {
    const other = alias(things, 'other');
    same(db.select({ id: other.id }).from(other).where(eq(other.name, 'x')).getSQL());
    same(db.select().from(things).where(eq(things.name, sql.placeholder('name'))).getSQL());
    same(sql`select ${'inlined'}`.inlineParams());
  });
});

describe('insertSql and updateSql', () => {
  const returned = (statement: SQL) => { const { sql: text, params } = dialect.sqlToQuery(statement); return { sql: text, params }; };

  it('write what drizzle\'s query builders write', () => {
    const rows = [
      { name: '食品经营许可', tags: ['a'], form: { 名称: '张三' }, dueOn: '2026-12-18', at },
      { id, name: 'second', form: {}, count: 2, done: true, dueOn: null },
    ];
    expect(returned(insertSql(things, rows, things.id))).toEqual(returned(db.insert(things).values(rows).returning({ id: things.id }).getSQL()));
    const one = [{ thingId: id, seq: 1, detail: { opinion: '同意' }, at }];
    expect(returned(insertSql(events, one, events.seq))).toEqual(returned(db.insert(events).values(one).returning({ seq: events.seq }).getSQL()));

    const where = and(eq(things.id, id), eq(things.version, 3))!;
    const change = { count: sql`${things.count} + ${1}`, done: false, dueOn: null, form: { a: [1] }, name: undefined, version: 4 };
    expect(returned(updateSql(things, change, where, things.id)))
      .toEqual(returned(db.update(things).set(change).where(where).returning({ id: things.id }).getSQL()));
  });

  it('refuse what would write nothing', () => {
    expect(() => insertSql(things, [], things.id)).toThrow(/no rows/);
    expect(() => updateSql(things, { name: undefined }, sql`true`, things.id)).toThrow(/no values/);
  });
});
