// The server under test for search.bench.ts: a catalog of BENCH_ITEMS generated implementation items (the demo
// catalog's real items, implemented by the departments of every prefecture-level city of China and every
// county of Hunan), served by the real app, plus a baseline route of the same HTTP stack with a fixed answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ItemSearchResult } from '@yiwang/contracts';
import { buildApp, createServices, identityConfigFromEnv, openDatabase } from '@yiwang/server';
import { readSeedData } from '../packages/server/seed/data.js';
import { demoUscc } from '../packages/server/seed/departments.js';
import type { SeedItem } from '../packages/server/seed/catalog.js';

const target = Number(process.env.BENCH_ITEMS ?? 100_000);
const port = Number(process.env.BENCH_PORT ?? 18181);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-bench-'));
const database = await openDatabase({ url: process.env.DATABASE_URL ?? null, pgliteDir: path.join(dataDir, 'pglite') });
await database.migrate();
const identity = identityConfigFromEnv({}, dataDir, 'http://127.0.0.1');
const services = createServices(database.db, { concurrentReads: database.kind === 'postgres', identity });

const regions = readSeedData<{ regions: Array<[string, string]> }>('regions.json').regions;
// A PostgreSQL database already filled by an earlier run is reused (BENCH_ITEMS must match).
const reuse = (await services.regions.countRegions()) > 0;
if (!reuse) await services.regions.loadRegions(regions);
const items = ['catalog-person.json', 'catalog-enterprise.json'].flatMap((f) => readSeedData<{ items: SeedItem[] }>(f).items);
const sectors = [...new Set(items.map((i) => i.sector))];
const places = regions.filter(([c]) => c.length === 4 || (c.length === 6 && c.startsWith('43')));
const started = Date.now();
let loaded = 0;
for (const [code, name] of places) {
  if (reuse || loaded >= target) break;
  const depts = await services.regions.addDepartments(sectors.map((sector) => {
    const deptName = `${name}${sector}`;
    return { name: deptName, uscc: demoUscc('11', code.padEnd(6, '0'), `${code}${sector}`), regionCode: code, nature: '1', dockingMode: 'platform', sector };
  }));
  const bySector = new Map(depts.map((d) => [d.sector, d]));
  const rows = items.slice(0, Math.min(items.length, target - loaded)).map((i) => ({
    basicCode: i.basicCode, catalogName: i.content.name, itemType: i.itemType, department: bySector.get(i.sector)!, content: i.content,
  }));
  loaded += await services.bulkLoad(rows, 'bench');
}
if (reuse) loaded = (await services.catalogStats.stats({ groupBy: 'level' })).totals.items;
await database.db.execute('vacuum analyze' as never);
const loadSeconds = (Date.now() - started) / 1000;

const { app } = await buildApp({ config: { webDir: null, identity }, database, logger: false });
const fixed = (await services.catalog.search({ q: '户口', page: 1, pageSize: 20 }));
// Baseline: the same HTTP stack, validation and response schema, with a fixed answer instead of the query.
app.get('/api/bench/baseline', { config: { permission: 'public' }, schema: { response: { 200: ItemSearchResult } } }, async () => fixed);
await app.listen({ port, host: '127.0.0.1' });
console.log(`READY ${JSON.stringify({ port, items: loaded, loadSeconds, database: database.kind })}`);

process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
