export { openDatabase, countAll, MIGRATIONS_DIR, type Db, type Database, type DatabaseOptions } from './database.js';
export { tsvector } from './tsvector.js';
export { jsonRows, rowsFromJson } from './json-rows.js';
export { isUniqueViolation, sqlState } from './errors.js';
export { withParts } from './with-parts.js';
export { executePrepared, prepared } from './prepared.js';
export { insertSql, updateSql } from './write-sql.js';
export { guardSql, guardFailure, GuardFailed } from './guard.js';
