export { openDatabase, countAll, MIGRATIONS_DIR, type Db, type Database, type DatabaseOptions } from './database.js';
export { tsvector } from './tsvector.js';
