import { systemActor } from '@yiwang/contracts';
import type { Logger } from 'pino';
import { seedDemoCertificates } from './certificates.js';
import type { Services } from '../src/app.js';
import { hasSeedData, readSeedData } from './data.js';
import { CITY_CODE, demoDepartments } from './departments.js';
import { demoCatalog, type SeedItem } from './catalog.js';
import { seedDemoAccounts } from './accounts.js';
import { seedDemoForms } from './demo-forms.js';
import { seedDemoCases, type SeedClock } from './cases.js';

/** Districts whose towns carry town-level items in the demo (the rest keep the demo catalog readable). */
const SEED_ACTOR = systemActor('系统初始化');
const TOWN_DEMO_COUNTIES = ['430102', '430104', '430121'];

/**
 * Fills an empty database with Changsha's demo data: real regions, departments, a catalog of real items at city,
 * district and town level, delegations down the levels, accounts of every role, certificates, and cases in each
 * state of their lifecycle. Does nothing when regions are already present. `clock`: the one `services` were made
 * with, which the demo cases move to the past working days they happened on.
 */
export async function seedDemoData(services: Services, logger: Logger | false, clock: SeedClock): Promise<Record<string, number> | null> {
  if ((await services.regions.countRegions()) > 0) return null;
  const started = Date.now();
  const pairs = readSeedData<{ regions: Array<[string, string]> }>('regions.json').regions;
  await services.regions.loadRegions(pairs);
  const counties = pairs.filter(([c]) => c.length === 6 && c.startsWith(CITY_CODE)).map(([code, name]) => ({ code, name }));
  const towns = pairs.filter(([c]) => c.length === 9 && TOWN_DEMO_COUNTIES.some((t) => c.startsWith(t))).map(([code, name]) => ({ code, name }));
  // Village service stations of the first two demo towns, where delegated village-level items land.
  const villageTowns = towns.slice(0, 2).map((t) => t.code);
  const villages = pairs.filter(([c]) => c.length === 12 && villageTowns.includes(c.slice(0, 9))).map(([code, name]) => ({ code, name }));
  const departments = await services.regions.addDepartments(demoDepartments(counties, towns, villages));

  const seedItems = loadSeedItems();
  const catalog = demoCatalog(seedItems, departments, counties, towns);
  const added = await services.bulkLoad(catalog.items, SEED_ACTOR.name);

  let delegated = 0;
  for (const d of catalog.delegations) {
    const source = await services.catalog.search({ q: d.sourceImplCode, page: 1, pageSize: 1 }, { admin: SEED_ACTOR });
    const sourceItem = source.items[0];
    if (!sourceItem) continue;
    const created = await services.delegation.delegate(sourceItem.id, { targets: d.targets, reason: '推进"就近办"，下放至基层实施' }, SEED_ACTOR);
    delegated += created.length;
  }
  const forms = await seedDemoForms(services);
  const { count: accounts, actors } = await seedDemoAccounts(services, (name) => departments.find((d) => d.name === name)?.id);
  const certificateTypes = await seedDemoCertificates(services, (name) => departments.find((d) => d.name === name));
  const cases = await seedDemoCases(services, actors, clock);
  const result = { regions: pairs.length, departments: departments.length, items: added, delegated, forms, accounts, certificateTypes, cases, ms: Date.now() - started };
  if (logger) logger.info(result, 'demo catalog seeded');
  return result;
}

function loadSeedItems(): SeedItem[] {
  return ['catalog-person.json', 'catalog-enterprise.json']
    .filter(hasSeedData)
    .flatMap((f) => readSeedData<{ items: SeedItem[] }>(f).items);
}
