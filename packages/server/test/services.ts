import { afterAll, beforeAll } from 'vitest';
import { createServices, type Services } from '../src/app.js';
import type { Database } from '../src/platform/db/index.js';
import { testDatabase } from './database.js';
import { seedFixture } from './fixtures.js';
import { testIdentityConfig } from './identity.js';

export interface ServiceTestContext {
  database: Database;
  s: Services;
  fx: Awaited<ReturnType<typeof seedFixture>>;
}

/**
 * Gives a test file its own database with the fixture regions and departments, and the services on it. The
 * returned object is filled before the file's tests run.
 */
export function useServices(): ServiceTestContext {
  const ctx = {} as ServiceTestContext;
  beforeAll(async () => {
    ctx.database = await testDatabase();
    ctx.s = createServices(ctx.database.db, { concurrentReads: ctx.database.kind === 'postgres', identity: testIdentityConfig() });
    ctx.fx = await seedFixture(ctx.s);
  });
  afterAll(() => ctx.database.close());
  return ctx;
}
