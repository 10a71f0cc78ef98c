import path from 'node:path';
import { loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';
import { openDatabase } from './platform/db/index.js';
import { buildApp } from './app.js';
import { seedDemoData } from '../seed/demo.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

if (!process.env.YIWANG_ADMIN_TOKEN) {
  logger.warn('YIWANG_ADMIN_TOKEN is not set: administration uses the demo credential "yiwang-admin" — set your own');
}
const database = await openDatabase({ url: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
logger.info({ database: database.kind, dataDir: config.dataDir }, 'database opened');
await database.migrate();
const { app, services } = await buildApp({ config, database, logger });
if (config.seedDemo) {
  const seeded = await seedDemoData(services, logger);
  if (seeded) logger.info(seeded, 'demo data loaded');
}
await app.listen({ port: config.port, host: config.host });
logger.info(`Yiwang 一网通办 is running at http://localhost:${config.port}/ (API docs: /api/docs)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  });
}
