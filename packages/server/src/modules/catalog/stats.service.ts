import { sql } from 'drizzle-orm';
import { LEVELS, type CatalogFigures, type CatalogStats, type CatalogStatsQuery } from '@yiwang/contracts';
import { catalogRepository, itemColumns, type FigureRow } from './catalog.repository.js';
import type { CatalogDeps } from './catalog.service.js';

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
const NEXT_CODE_LENGTH: Record<number, number> = { 0: 2, 2: 4, 4: 6, 6: 9, 9: 12 };

/** The figures of domain.md §11 from the grouped counts. */
export function toFigures(r: FigureRow): CatalogFigures {
  const atMostOne = r.zeroTrip + r.oneTrip;
  return {
    items: r.items,
    onlineItems: r.online,
    onlineRate: ratio(r.online, r.items),
    atMostOneTrip: atMostOne,
    atMostOneTripRate: ratio(atMostOne, r.items),
    zeroTrip: r.zeroTrip,
    zeroTripShare: ratio(r.zeroTrip, atMostOne),
    oneTrip: r.oneTrip,
    oneTripShare: ratio(r.oneTrip, atMostOne),
    notOneTrip: r.items - atMostOne,
    notOneTripByReason: { 'multi-step': r.reasonMultiStep, province: r.reasonProvince, internal: r.reasonInternal, secret: r.reasonSecret },
    instantItems: r.instant,
    instantRate: ratio(r.instant, r.items),
    limitItems: r.limitItems,
    legalDays: r.legalDays,
    promisedDays: r.promisedDays,
    compressionRate: ratio(r.legalDays - r.promisedDays, r.legalDays),
    atMostOneTripBySubject: { person: r.oneTripPerson, mixed: r.oneTripMixed, enterprise: atMostOne - r.oneTripPerson - r.oneTripMixed },
    delegatedItems: r.delegated,
    delegatedByLevel: { '4': r.delegated4, '5': r.delegated5, '6': r.delegated6 },
    materials: r.materials,
    materialsCancelled: r.materialsCancelled,
    materialsReplaceable: r.materialsReplaceable,
  };
}

const EMPTY: FigureRow = {
  key: '', items: 0, online: 0, zeroTrip: 0, oneTrip: 0, instant: 0, limitItems: 0, legalDays: 0, promisedDays: 0,
  reasonMultiStep: 0, reasonProvince: 0, reasonInternal: 0, reasonSecret: 0, oneTripPerson: 0, oneTripMixed: 0,
  delegated: 0, delegated4: 0, delegated5: 0, delegated6: 0, materials: 0, materialsCancelled: 0, materialsReplaceable: 0,
};

/** Catalog statistics computed from the live catalog (items in use), by department, level or sub-region. */
export function createCatalogStatsService(deps: CatalogDeps) {
  const repo = catalogRepository(deps.db);
  const regions = deps.regionsFor(deps.db);

  return {
    async stats(q: CatalogStatsQuery): Promise<CatalogStats> {
      const filter = { regionCode: q.region, level: q.level, departmentId: q.department, statuses: ['published'] };
      const childLength = NEXT_CODE_LENGTH[q.region?.length ?? 0] ?? 12;
      const key = q.groupBy === 'department' ? sql`cast(${itemColumns.departmentId} as text)`
        : q.groupBy === 'level' ? sql`${itemColumns.level}`
        : sql`left(${itemColumns.regionCode}, ${sql.raw(String(childLength))})`; // inlined: GROUP BY must see the same expression
      const [[total], grouped] = await Promise.all([repo.catalogFigures(filter, null), repo.catalogFigures(filter, key)]);
      const labels = await groupLabels(q.groupBy, grouped.map((g) => g.key));
      const groups = grouped
        .map((g) => ({ key: g.key, label: labels.get(g.key) ?? g.key, figures: toFigures(g) }))
        .sort((a, b) => b.figures.items - a.figures.items || a.key.localeCompare(b.key));
      return { totals: toFigures(total ?? EMPTY), groupBy: q.groupBy, groups };
    },
  };

  async function groupLabels(groupBy: CatalogStatsQuery['groupBy'], keys: string[]): Promise<Map<string, string>> {
    if (groupBy === 'level') return new Map(keys.map((k) => [k, LEVELS.labels[k as keyof typeof LEVELS.labels] ?? k]));
    if (groupBy === 'region') return new Map((await regions.findRegions(keys)).map((r) => [r.code, r.name]));
    const depts = await regions.findDepartments(keys);
    return new Map(depts.map((d) => [d.id, d.name]));
  }
}

export type CatalogStatsService = ReturnType<typeof createCatalogStatsService>;
