import { getTableColumns, sql, type InferSelectModel, type SQL, type Table } from 'drizzle-orm';

/**
 * Rows of a table as `json_agg` gives them (column names, JSON values), as the typed rows a select gives: each
 * column maps its value as the driver's would (timestamps to Date, JSON kept, numbers as numbers).
 */
export function rowsFromJson<T extends Table>(table: T, json: unknown): InferSelectModel<T>[] {
  const columns = Object.entries(getTableColumns(table));
  return ((json ?? []) as Record<string, unknown>[]).map((obj) => Object.fromEntries(columns.map(([key, column]) => {
    const value = obj[column.name];
    return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
  })) as InferSelectModel<T>);
}

/**
 * A scalar subquery giving the rows of `table` aliased `alias` that match `where`, ordered, as one JSON array
 * (an empty array when none): read a parent and its children in one statement, then map with rowsFromJson.
 */
export function jsonRows(table: Table, alias: string, where: SQL, orderBy: SQL): SQL<unknown> {
  return sql`coalesce((select json_agg(${sql.identifier(alias)} order by ${orderBy}) from ${table} ${sql.identifier(alias)} where ${where}), '[]'::json)`;
}
