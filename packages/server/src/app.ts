import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './platform/config.js';
import type { Database, Db } from './platform/db/index.js';
import { createAdminGuard, createHttpServer, serveWeb } from './platform/http/index.js';
import { createRegionsService, registerRegionsRoutes, type RegionsService } from './modules/regions/index.js';
import { createAuditService, registerAuditRoutes } from './modules/audit/index.js';
import {
  bulkLoadItems, renameDepartmentInCatalog, createCatalogService, createCatalogStatsService, type BulkItem, type CatalogService, createDelegationService, createExchangeService,
  registerCatalogAdminRoutes, registerCatalogRoutes,
} from './modules/catalog/index.js';

/** The composition root: builds each module with its dependencies. */
/**
 * `concurrentReads`: the database serves several queries at once (a PostgreSQL pool), so independent reads of one
 * request run side by side; PGlite serves one at a time, where fewer, larger statements are faster.
 */
export function createServices(db: Db, opts: { concurrentReads?: boolean } = {}) {
  // Regions show item counts that the catalog owns; the catalog needs regions: the reference breaks the cycle.
  const catalogRef: { current?: CatalogService } = {};
  const regionsFor = (exec: Db): RegionsService =>
    createRegionsService({
      db: exec,
      countItemsByDepartment: (ids) => catalogRef.current!.countPublishedByDepartment(ids),
      onDepartmentRenamed: (tx, id, name) => renameDepartmentInCatalog(tx, id, name),
    });
  const deps = { db, regionsFor, concurrentReads: opts.concurrentReads ?? false };
  const catalog = createCatalogService(deps);
  catalogRef.current = catalog;
  const regions = regionsFor(db);
  return {
    regions,
    catalog,
    delegation: createDelegationService(deps),
    exchange: createExchangeService(deps),
    catalogStats: createCatalogStatsService(deps),
    audit: createAuditService({ db }),
    /** Loads trusted published items in bulk (demo data, benchmarks, existing stock). */
    bulkLoad: async (rows: BulkItem[], actor: string) => {
      const regionNames = new Map((await regions.findRegions([...new Set(rows.map((r) => r.department.regionCode))])).map((r) => [r.code, r.name]));
      return bulkLoadItems(db, rows, actor, (code) => regionNames.get(code) ?? code);
    },
  };
}

export type Services = ReturnType<typeof createServices>;

export interface AppOptions {
  config: Pick<Config, 'adminToken' | 'webDir'>;
  database: Database;
  logger: Logger | false;
}

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  const services = createServices(opts.database.db, { concurrentReads: opts.database.kind === 'postgres' });
  const app = await createHttpServer({ logger: opts.logger });
  const requireAdmin = createAdminGuard(opts.config.adminToken);

  app.get('/api/health', {
    schema: { tags: ['系统 System'], summary: '健康检查' },
  }, async () => {
    await opts.database.db.execute('select 1' as never);
    return { status: 'ok', database: opts.database.kind };
  });
  registerRegionsRoutes(app, services.regions, requireAdmin);
  registerCatalogRoutes(app, services.catalog, services.catalogStats);
  registerCatalogAdminRoutes(app, services, requireAdmin);
  registerAuditRoutes(app, services.audit, requireAdmin);
  await serveWeb(app, opts.config.webDir);
  return { app, services };
}
