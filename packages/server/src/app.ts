import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DeadlineThresholds } from '@yiwang/contracts';
import fastifyMultipart from '@fastify/multipart';
import type { Logger } from 'pino';
import type { Config } from './platform/config.js';
import type { Database, Db } from './platform/db/index.js';
import { createHttpServer, serveWeb } from './platform/http/index.js';
import { createRegionsService, registerRegionsRoutes, type RegionsService } from './modules/regions/index.js';
import { createAuditService, registerAuditRoutes } from './modules/audit/index.js';
import { createCalendarService, registerCalendarRoutes } from './modules/calendar/index.js';
import { createCasesServices, registerCasesRoutes } from './modules/cases/index.js';
import { createCertificatesModule, registerCertificateImportRoutes, registerCertificatesRoutes, registerCredentialsRoutes } from './modules/certificates/index.js';
import { createFileStore, type FileBackend } from './platform/files/index.js';
import {
  bulkLoadItems, renameDepartmentInCatalog, createCatalogService, createCatalogStatsService, type BulkItem, type CatalogService, createDelegationService, createExchangeService,
  registerCatalogAdminRoutes, registerCatalogRoutes,
} from './modules/catalog/index.js';
import {
  createAccountsService, createOidcClient, createOutboxSmsGateway, createSignInService, createStaffService, installAuthentication,
  registerAuthRoutes, registerStaffRoutes, sessionStore, type IdentityConfig, type SmsGateway,
} from './modules/identity/index.js';

export interface ServiceOptions {
  /**
   * The database serves several queries at once (a PostgreSQL pool), so independent reads of one request run side
   * by side; PGlite serves one at a time, where fewer, larger statements are faster.
   */
  concurrentReads?: boolean;
  identity: IdentityConfig;
  /** The SMS gateway; by default the outbox file of the identity config. */
  sms?: SmsGateway;
  clock?: () => Date;
  /** Where users reach the platform (links and QR codes in notices). */
  publicUrl?: string;
  /** 预警 thresholds of case deadlines. */
  deadlineThresholds?: DeadlineThresholds;
  /**
   * Uploaded files: the directory they are checked in and kept in (unless another backend is given), and how
   * large one may be (default: a temporary folder, 10 MB).
   */
  uploads?: { dir: string; maxBytes: number; backend?: FileBackend };
  /** The key store's master key (32 bytes), which seals the departments' signing keys; by default one per process. */
  keyMasterKey?: Buffer;
  /** Threads that check certificate signatures (by default none: on the event loop). */
  verifyThreads?: number;
}

// Tests and benchmarks that give no master key share one for the life of the process.
const processMasterKey = randomBytes(32);

/** The composition root: builds each module with its dependencies. */
export function createServices(db: Db, opts: ServiceOptions) {
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
  const identityDeps = {
    db, regionsFor, config: opts.identity, clock: opts.clock, sms: opts.sms ?? createOutboxSmsGateway(opts.identity.smsOutboxFile, opts.clock),
  };
  const accounts = createAccountsService(identityDeps);
  const oidc = opts.identity.oidc ? createOidcClient(opts.identity.oidc) : null;
  const calendar = createCalendarService({ db, clock: opts.clock });
  const uploads = opts.uploads ?? { dir: path.join(os.tmpdir(), `yiwang-files-${process.pid}`), maxBytes: 10 * 1024 * 1024 };
  const publicUrl = opts.publicUrl ?? 'http://localhost:8080';
  const certificates = createCertificatesModule({
    db, masterKey: opts.keyMasterKey ?? processMasterKey, clock: opts.clock, publicUrl, concurrentStatements: opts.concurrentReads ?? false,
    verifyThreads: opts.verifyThreads,
    departments: async (ids) => (await regions.findDepartments(ids)).map((d) => ({ id: d.id, name: d.name, uscc: d.uscc, regionCode: d.regionCode })),
    holderCodeOf: async (id) => {
      const a = await accounts.applicantById(id);
      return a ? a.idNumber ?? a.uscc : null;
    },
  });
  const cases = createCasesServices({
    issueCertificates: (tx, decided) => certificates.issueForCase(tx, decided),
    certificateReuse: certificates.reuse,
    db, regionsFor, calendar, clock: opts.clock, publicUrl, thresholds: opts.deadlineThresholds,
    publishedItem: (id, opts) => catalog.publishedItem(id, opts),
    accounts: { byId: (id) => accounts.applicantById(id), findHolder: (kind, code) => accounts.findHolder(kind, code) },
    files: createFileStore(uploads.dir, { maxBytes: uploads.maxBytes, backend: uploads.backend }),
  });
  return {
    regions,
    catalog,
    delegation: createDelegationService(deps),
    exchange: createExchangeService(deps),
    catalogStats: createCatalogStatsService(deps),
    audit: createAuditService({ db, clock: opts.clock }),
    calendar,
    cases,
    certificates,
    accounts,
    signIn: createSignInService({ ...identityDeps, accounts, oidc }),
    staff: createStaffService(identityDeps),
    sessions: sessionStore(db, opts.identity, opts.clock ?? (() => new Date())),
    /** Loads trusted published items in bulk (demo data, benchmarks, existing stock). */
    bulkLoad: async (rows: BulkItem[], actor: string) => {
      const regionNames = new Map((await regions.findRegions([...new Set(rows.map((r) => r.department.regionCode))])).map((r) => [r.code, r.name]));
      return bulkLoadItems(db, rows, actor, (code) => regionNames.get(code) ?? code);
    },
  };
}

export type Services = ReturnType<typeof createServices>;

export interface AppOptions {
  config: Pick<Config, 'webDir'> & { identity: IdentityConfig } & Partial<Pick<Config, 'publicUrl' | 'deadlineThresholds'>>
    & { uploads?: ServiceOptions['uploads']; keyMasterKey?: Buffer; verifyThreads?: number };
  database: Database;
  logger: Logger | false;
  sms?: SmsGateway;
  clock?: () => Date;
}

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  const services = createServices(opts.database.db, {
    concurrentReads: opts.database.kind === 'postgres', identity: opts.config.identity, sms: opts.sms, clock: opts.clock,
    uploads: opts.config.uploads, publicUrl: opts.config.publicUrl, deadlineThresholds: opts.config.deadlineThresholds,
    keyMasterKey: opts.config.keyMasterKey, verifyThreads: opts.config.verifyThreads,
  });
  const app = await createHttpServer({ logger: opts.logger });
  app.addHook('onClose', () => services.certificates.close());
  // One file per request; the store itself enforces the size limit (and keeps nothing of a refused upload).
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 10, fileSize: (opts.config.uploads?.maxBytes ?? 10 * 1024 * 1024) + 1 } });
  await installAuthentication(app, { db: opts.database.db, config: opts.config.identity, regions: services.regions, clock: opts.clock });

  app.get('/api/health', {
    config: { permission: 'public' },
    schema: { tags: ['系统 System'], summary: '健康检查' },
  }, async () => {
    await opts.database.db.execute('select 1' as never);
    return { status: 'ok', database: opts.database.kind };
  });
  registerRegionsRoutes(app, services.regions);
  registerCatalogRoutes(app, services.catalog, services.catalogStats);
  registerCatalogAdminRoutes(app, services);
  registerAuditRoutes(app, services.audit);
  registerAuthRoutes(app, { accounts: services.accounts, signIn: services.signIn, sessions: services.sessions, config: opts.config.identity });
  registerStaffRoutes(app, services.staff);
  registerCalendarRoutes(app, services.calendar);
  registerCasesRoutes(app, services.cases);
  registerCertificatesRoutes(app, services.certificates);
  registerCredentialsRoutes(app, services.certificates.credentials);
  registerCertificateImportRoutes(app, services.certificates.imports);
  await serveWeb(app, opts.config.webDir);
  return { app, services };
}
