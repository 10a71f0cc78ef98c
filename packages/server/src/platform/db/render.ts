import { Column, getTableName, Name, Param, SQL, StringChunk, Table } from 'drizzle-orm';

/** A statement's text with `$n` placeholders, and its parameters in order (without drizzle's typings, which the
 * node-postgres and PGlite sessions do not read). */
export interface Query {
  sql: string;
  params: unknown[];
}

interface Dialect {
  sqlToQuery(statement: SQL): Query;
}

/** A chunk this renderer leaves to drizzle (an alias, a placeholder, a subquery, inlined parameters…). */
class Unsupported extends Error {}

const IsAlias = Symbol.for('drizzle:IsAlias');
const TableSchema = Symbol.for('drizzle:Schema');

/** An identifier quoted as PostgreSQL's dialect quotes it. */
export const escapeName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Renders a drizzle statement as PostgreSQL's dialect does, for the chunks that the platform's write statements are
 * made of: text, identifiers, tables, columns, parameters and nested statements. drizzle's own renderer asks of every
 * chunk which of a dozen kinds it is by walking its class chain (`is`), several times over: a case action's one
 * statement of a few hundred chunks spent most of its build there. This one tells a chunk's kind by its class, and
 * hands a statement with any other chunk to the dialect whole, so the answer is the same either way (a test compares
 * the two on the statements that cases write).
 */
export function renderSql(dialect: Dialect, statement: SQL): Query {
  const text: string[] = [];
  const params: unknown[] = [];
  const add = (value: unknown) => {
    params.push(value);
    text.push(`$${params.length}`);
  };
  const walk = (chunks: readonly unknown[]): void => {
    for (const chunk of chunks) {
      if (chunk === undefined) continue;
      if (chunk === null || typeof chunk !== 'object' || chunk instanceof Date || Buffer.isBuffer(chunk)) {
        add(chunk);
        continue;
      }
      const kind = chunk.constructor;
      if (kind === StringChunk) text.push((chunk as StringChunk).value.join(''));
      else if (kind === SQL) {
        if ((chunk as unknown as { shouldInlineParams: boolean }).shouldInlineParams) throw new Unsupported();
        walk((chunk as SQL).queryChunks);
      } else if (kind === Name) text.push(escapeName((chunk as Name).value));
      else if (kind === Param) {
        const { value, encoder } = chunk as Param;
        if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) && !Buffer.isBuffer(value)
          && typeof (value as { getSQL?: unknown }).getSQL === 'function') throw new Unsupported();
        const mapped = value === null ? null : encoder.mapToDriverValue(value);
        if (mapped instanceof SQL) walk([mapped]);
        else add(mapped);
      } else if (Array.isArray(chunk)) {
        text.push('(');
        chunk.forEach((item, i) => {
          if (i > 0) text.push(', ');
          walk([item]);
        });
        text.push(')');
      } else if (chunk instanceof Column) {
        const table = chunk.table as unknown as Record<symbol, string | boolean | undefined>;
        if (table[IsAlias] || table[TableSchema] !== undefined || chunk.keyAsName) throw new Unsupported();
        text.push(`${escapeName(getTableName(chunk.table))}.${escapeName(chunk.name)}`);
      } else if (chunk instanceof Table) {
        const table = chunk as unknown as Record<symbol, string | boolean | undefined>;
        if (table[IsAlias] || table[TableSchema] !== undefined) throw new Unsupported();
        text.push(escapeName(getTableName(chunk)));
      } else throw new Unsupported();
    }
  };
  try {
    walk([statement]);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    const { sql, params: all } = dialect.sqlToQuery(statement);
    return { sql, params: all };
  }
  return { sql: text.join(''), params };
}
