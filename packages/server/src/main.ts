import path from 'node:path';
import { loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';
import { openDatabase, type Db } from './platform/db/index.js';
import { s3Backend } from './platform/files/index.js';
import { buildApp, createServices } from './app.js';
import { loadMasterKey } from './modules/certificates/index.js';
import { seedDemoData } from '../seed/demo.js';
import { createSeedClock } from '../seed/cases.js';
import { readSeedData } from '../seed/data.js';
import { identityConfigFromEnv } from './modules/identity/index.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

const identity = identityConfigFromEnv(process.env, config.dataDir, config.publicUrl);
const database = await openDatabase({ url: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
logger.info({ database: database.kind, dataDir: config.dataDir }, 'database opened');
await database.migrate();
// Uploaded files stay in the data directory unless an S3-compatible bucket is configured (YIWANG_S3_*).
const uploads = { ...config.uploads, backend: config.uploads.s3 ? await s3Backend(config.uploads.s3) : undefined };
if (config.uploads.s3) logger.info({ endpoint: config.uploads.s3.endpoint, bucket: config.uploads.s3.bucket }, 'uploaded files go to the S3-compatible bucket');
const keyMasterKey = loadMasterKey(process.env.YIWANG_KEY_SECRET, config.dataDir);
const { app, services } = await buildApp({ config: { ...config, uploads, identity, keyMasterKey }, database, logger });
// The statutory calendar is reference data, not demo data: years missing from the database are added on every start.
const calendarYears = await services.calendar.seedYears(readSeedData('calendar.json'));
if (calendarYears) logger.info({ years: calendarYears }, 'working-day calendar seeded');
if (config.seedDemo) {
  // One transaction: a start interrupted while seeding leaves an empty database, seeded again next time.
  const clock = createSeedClock();
  const seeded = await database.db.transaction((tx) => seedDemoData(
    createServices(tx as unknown as Db, { concurrentReads: false, identity, uploads, keyMasterKey, publicUrl: config.publicUrl, clock: clock.now }), logger, clock));
  if (seeded) logger.info(seeded, 'demo data loaded');
}
await app.listen({ port: config.port, host: config.host });
if (!identity.oidc) logger.info('统一身份认证 (OIDC) is not configured: set YIWANG_OIDC_ISSUER to offer it');
logger.info({ outbox: identity.smsOutboxFile }, 'SMS messages go to the outbox file (default gateway)');
logger.info(`Yiwang 一网通办 is running at http://localhost:${config.port}/ (API docs: /api/docs)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  });
}
