import { Column, getTableColumns, getTableName, Param, SQL, StringChunk, type Table } from 'drizzle-orm';
import { escapeName } from './render.js';

interface Shape {
  name: string;
  /** The insertable columns in the table's order, by their field names. */
  columns: [string, Column][];
  /** `"a", "b", …` of those columns. */
  list: string;
}

const shapes = new WeakMap<Table, Shape>();

/** The table's shape, kept; a table whose columns drizzle would give values of its own (default or update
 * functions in JavaScript) is refused, since these builders do not compute them. */
function shapeOf(table: Table): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table) as Record<string, Column>).filter(([, c]) => !c.generated || c.generated.type === 'byDefault');
    if (columns.some(([, c]) => c.defaultFn !== undefined || c.onUpdateFn !== undefined)) {
      throw new Error(`insertSql/updateSql: ${getTableName(table)} computes values in JavaScript`);
    }
    shape = { name: escapeName(getTableName(table)), columns, list: columns.map(([, c]) => escapeName(c.name)).join(', ') };
    shapes.set(table, shape);
  }
  return shape;
}

/** The values an update sets: each a value of its column, or an expression. */
export type UpdateSet<T extends Table> = { [K in keyof T['$inferInsert']]?: T['$inferInsert'][K] | SQL | Column };

const valueOf = (value: unknown, column: Column) => (value instanceof SQL || value instanceof Column ? value : new Param(value, column));

/**
 * `insert into … values … returning …`, as drizzle's `db.insert(table).values(rows).returning({ x: column })` writes
 * it (every insertable column, `default` where a row has no value), built straight from the table's columns. A case
 * action writes several such parts in its one statement, and drizzle's query builders had cost as much as rendering
 * it; a test compares the two.
 */
export function insertSql<T extends Table>(table: T, rows: readonly T['$inferInsert'][], returning: Column): SQL {
  const shape = shapeOf(table);
  if (rows.length === 0) throw new Error('insertSql: no rows');
  const chunks: unknown[] = [new StringChunk(`insert into ${shape.name} (${shape.list}) values `)];
  rows.forEach((row, r) => {
    chunks.push(new StringChunk(r === 0 ? '(' : ', ('));
    shape.columns.forEach(([key, column], i) => {
      if (i > 0) chunks.push(new StringChunk(', '));
      const value = (row as Record<string, unknown>)[key];
      chunks.push(value === undefined ? new StringChunk('default') : valueOf(value, column));
    });
    chunks.push(new StringChunk(')'));
  });
  chunks.push(new StringChunk(` returning ${escapeName(returning.name)}`));
  return new SQL(chunks as SQL['queryChunks']);
}

/**
 * `update … set … where … returning …`, as drizzle's `db.update(table).set(change).where(where).returning({ x: column })`
 * writes it (the changed columns in the table's order).
 */
export function updateSql<T extends Table>(table: T, change: UpdateSet<T>, where: SQL, returning: Column): SQL {
  const shape = shapeOf(table);
  const chunks: unknown[] = [new StringChunk(`update ${shape.name} set `)];
  for (const [key, column] of shape.columns) {
    const value = (change as Record<string, unknown>)[key];
    if (value === undefined) continue;
    chunks.push(new StringChunk(`${chunks.length > 1 ? ', ' : ''}${escapeName(column.name)} = `), valueOf(value, column));
  }
  if (chunks.length === 1) throw new Error('updateSql: no values to set');
  chunks.push(new StringChunk(' where '), where, new StringChunk(` returning ${escapeName(returning.name)}`));
  return new SQL(chunks as SQL['queryChunks']);
}
