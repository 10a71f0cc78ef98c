import { and, asc, desc, eq, getTableColumns, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { guardSql, prepared, type Db } from '../../platform/db/index.js';
import { catalogItems, itemChanges, items, itemVersions, searchNames } from './catalog.tables.js';

export type CatalogItemRow = typeof catalogItems.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
export type NewItemRow = typeof items.$inferInsert;
export type ItemVersionRow = typeof itemVersions.$inferSelect;
export type ItemChangeRow = typeof itemChanges.$inferSelect;

/** Counting the matches of a search stops here (the page itself is never capped). */
export const COUNT_CAP = 1000;

/** Filters of item lists, already validated. */
export interface ItemFilter {
  regionCode?: string;
  regionExact?: boolean;
  level?: string;
  departmentId?: string;
  /** Only items of these departments (a department-bound actor's reach). */
  departmentIds?: string[];
  serviceObject?: string;
  itemType?: string;
  maxTrips?: number;
  minTrips?: number;
  online?: boolean;
  personTheme?: string;
  enterpriseTheme?: string;
  statuses?: string[];
  /** A tsquery literal (see search-text.ts). */
  tsquery?: string | null;
  /** An implementation or basic code prefix typed in the search box. */
  codePrefix?: string | null;
}

/** The half-open range of codes in a region's subtree: '4301' → ['4301', '4302'). */
export function regionRange(code: string): [string, string] {
  const next = (BigInt(code) + 1n).toString().padStart(code.length, '0');
  return [code, next];
}

const itemFields = getTableColumns(items);

/** Maps a raw `items` row (snake_case, driver values) to an ItemRow, as drizzle's own selects do. */
function fromItemsRow(raw: Record<string, unknown>): ItemRow {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(itemFields)) {
    const value = raw[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as ItemRow;
}

function filterConditions(f: ItemFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.regionCode) {
    if (f.regionExact) conds.push(eq(items.regionCode, f.regionCode));
    else {
      const [from, to] = regionRange(f.regionCode);
      conds.push(gte(items.regionCode, from), lt(items.regionCode, to));
    }
  }
  if (f.statuses?.length) conds.push(f.statuses.length === 1 ? eq(items.status, f.statuses[0]!) : inArray(items.status, f.statuses));
  if (f.level) conds.push(eq(items.level, f.level));
  if (f.departmentId) conds.push(eq(items.departmentId, f.departmentId));
  if (f.departmentIds) conds.push(f.departmentIds.length ? inArray(items.departmentId, f.departmentIds) : sql`false`);
  if (f.serviceObject) conds.push(sql`${items.serviceObjects} @> array[${f.serviceObject}]::text[]`);
  if (f.itemType) conds.push(eq(items.itemType, f.itemType));
  if (f.maxTrips !== undefined) conds.push(sql`${items.trips} <= ${f.maxTrips}`);
  if (f.minTrips !== undefined) conds.push(sql`${items.trips} >= ${f.minTrips}`);
  if (f.online !== undefined) conds.push(eq(items.isOnline, f.online));
  if (f.personTheme) conds.push(sql`${items.personThemes} @> array[${f.personTheme}]::text[]`);
  if (f.enterpriseTheme) conds.push(sql`${items.enterpriseThemes} @> array[${f.enterpriseTheme}]::text[]`);
  const text: SQL[] = [];
  if (f.tsquery) text.push(sql`${items.nameId} in (select ${searchNames.id} from ${searchNames} where ${searchNames.searchVector} @@ ${f.tsquery}::tsquery)`);
  if (f.codePrefix) text.push(sql`${items.implCode} like ${`${f.codePrefix}%`}`, sql`${items.implCode} like ${`___________________${f.codePrefix}%`}`);
  if (text.length) conds.push(or(...text)!);
  return conds;
}

/** The guard of a write that relied on an item read earlier (stillPublishedSql). */
const PUBLISHED_UNCHANGED = 'item-published-unchanged';

export function catalogRepository(db: Db, opts: { concurrentReads?: boolean } = {}) {
  /**
   * Items of the best-ranked names first: names are ranked (few rows), then each name's items are walked in
   * order through the name index, so the cost follows the page, not the number of matching items.
   */
  /** The ranked names of a text query, best first (a few hundred rows at most: names repeat across regions). */
  const rankedNames = (tsquery: string) => sql`
    select n.id as name_id, row_number() over (order by ts_rank(n.search_vector, ${tsquery}::tsquery) desc, n.name) as ord
    from ${searchNames} n where n.search_vector @@ ${tsquery}::tsquery`;

  /** Items of the best names first, walked name by name through the name index: the cost follows the page. */
  const pageOfNames = (m: SQL, restSql: SQL, offset: number, pageSize: number) => sql`
    select x.* from (select * from ${m} ranked order by ord offset 0) mm
    cross join lateral (
      select ${items}.* from ${items}
      where ${items.nameId} = mm.name_id ${restSql}
      order by ${items.level}, ${items.regionCode}, ${items.id}
      limit ${offset + pageSize}
    ) x
    order by mm.ord, x.level, x.region_code, x.id
    limit ${pageSize} offset ${offset}`;

  /** Matches counted name by name, up to COUNT_CAP + 1. */
  const countOfNames = (m: SQL, restSql: SQL) => sql`
    select cast(count(*) as integer) as match_count from (
      select 1 from ${m} mc cross join lateral (
        select 1 from ${items} where ${items.nameId} = mc.name_id ${restSql} limit ${COUNT_CAP + 1}
      ) y limit ${COUNT_CAP + 1}
    ) c`;

  type Raw = { rows: Array<Record<string, unknown>> };

  async function rankedPage(f: ItemFilter, tsquery: string, offset: number, pageSize: number): Promise<{ rows: ItemRow[]; count: number }> {
    const rest = and(...filterConditions({ ...f, tsquery: null }));
    const restSql = rest ? sql`and ${rest}` : sql``;
    if (opts.concurrentReads) {
      const names = sql`(${rankedNames(tsquery)})`;
      const [page, counted] = await Promise.all([
        db.execute(pageOfNames(names, restSql, offset, pageSize)) as Promise<unknown> as Promise<Raw>,
        db.execute(countOfNames(names, restSql)) as Promise<unknown> as Promise<Raw>,
      ]);
      return { rows: page.rows.map(fromItemsRow), count: Number(counted.rows[0]?.match_count ?? 0) };
    }
    // One statement: the names are ranked once and serve both the page and the count.
    const res = (await db.execute(sql`
      with m as materialized (${rankedNames(tsquery)}),
      page as (${pageOfNames(sql`m`, restSql, offset, pageSize)}),
      counted as (${countOfNames(sql`m`, restSql)})
      select counted.match_count, page.* from counted left join page on true`)) as unknown as Raw;
    return { rows: res.rows.filter((r) => r.id !== null).map(fromItemsRow), count: Number(res.rows[0]?.match_count ?? 0) };
  }

  /** Counts matches without text up to COUNT_CAP + 1. */
  async function countCapped(f: ItemFilter): Promise<number> {
    const [row] = await db.select({ n: sql<number>`cast(count(*) as integer)` })
      .from(db.select({ one: sql`1` }).from(items).where(and(...filterConditions(f))).limit(COUNT_CAP + 1).as('capped'));
    return row?.n ?? 0;
  }

  return {
    async findCatalogItem(id: string): Promise<CatalogItemRow | null> {
      const [row] = await db.select().from(catalogItems).where(eq(catalogItems.id, id));
      return row ?? null;
    },

    async findCatalogItemsByIds(ids: string[]): Promise<CatalogItemRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(catalogItems).where(inArray(catalogItems.id, ids));
    },

    async findCatalogItemByBasicCode(basicCode: string): Promise<CatalogItemRow | null> {
      const [row] = await db.select().from(catalogItems).where(eq(catalogItems.basicCode, basicCode));
      return row ?? null;
    },

    async insertCatalogItem(row: typeof catalogItems.$inferInsert): Promise<CatalogItemRow> {
      const [created] = await db.insert(catalogItems).values(row).returning();
      return created!;
    },

    async listCatalogItems(q: string | undefined, limit: number): Promise<CatalogItemRow[]> {
      const where = q ? or(ilike(catalogItems.name, `%${q.replace(/[%_\\]/g, '\\$&')}%`), eq(catalogItems.basicCode, q)) : undefined;
      return db.select().from(catalogItems).where(where).orderBy(asc(catalogItems.basicCode)).limit(limit);
    },

    async findItem(id: string): Promise<ItemRow | null> {
      const [row] = await prepared(db, 'item_by_id', (d) => d.select(itemFields).from(items).where(eq(items.id, sql.placeholder('id')))).execute({ id });
      return row ?? null;
    },

    /**
     * The part of a write statement that fails it (GuardFailed) unless the item is still published at this row
     * version: a write that took the item from memory relies on it as it was read.
     */
    stillPublishedSql(id: string, rowVersion: number): SQL {
      return guardSql(PUBLISHED_UNCHANGED, sql`exists (select 1 from ${items} where ${items.id} = ${id} and ${items.rowVersion} = ${rowVersion} and ${items.status} = 'published')`);
    },

    /** Reads the item and locks it for the rest of the transaction. */
    async lockItem(id: string): Promise<ItemRow | null> {
      const [row] = await db.select(itemFields).from(items).where(eq(items.id, id)).for('update');
      return row ?? null;
    },

    async findItemByImplCode(implCode: string): Promise<ItemRow | null> {
      const [row] = await db.select(itemFields).from(items).where(eq(items.implCode, implCode));
      return row ?? null;
    },

    async findItemsByIds(ids: string[]): Promise<ItemRow[]> {
      if (ids.length === 0) return [];
      return db.select(itemFields).from(items).where(inArray(items.id, ids));
    },

    async insertItem(row: NewItemRow): Promise<ItemRow> {
      const [created] = await db.insert(items).values(row).returning(itemFields);
      return created!;
    },

    async updateItem(id: string, patch: Partial<NewItemRow>): Promise<ItemRow> {
      const [updated] = await db.update(items)
        .set({ ...patch, updatedAt: new Date(), rowVersion: sql`${items.rowVersion} + 1` })
        .where(eq(items.id, id)).returning(itemFields);
      return updated!;
    },

    async listChildren(sourceId: string): Promise<ItemRow[]> {
      return db.select(itemFields).from(items).where(eq(items.delegatedFromId, sourceId)).orderBy(asc(items.regionCode));
    },

    async countChildren(sourceId: string): Promise<number> {
      const [row] = await db.select({ n: sql<number>`cast(count(*) as integer)` }).from(items)
        .where(and(eq(items.delegatedFromId, sourceId), sql`${items.status} <> 'cancelled'`));
      return row?.n ?? 0;
    },

    async insertVersion(row: typeof itemVersions.$inferInsert): Promise<void> {
      await db.insert(itemVersions).values(row);
    },

    async updateVersion(itemId: string, version: number, patch: Partial<typeof itemVersions.$inferInsert>): Promise<void> {
      await db.update(itemVersions).set(patch).where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)));
    },

    async findVersion(itemId: string, version: number): Promise<ItemVersionRow | null> {
      const [row] = await db.select().from(itemVersions).where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)));
      return row ?? null;
    },

    async listVersions(itemId: string): Promise<ItemVersionRow[]> {
      return db.select().from(itemVersions).where(eq(itemVersions.itemId, itemId)).orderBy(desc(itemVersions.version));
    },

    async latestVersionNumber(itemId: string): Promise<number> {
      const [row] = await db.select({ v: sql<number>`cast(coalesce(max(${itemVersions.version}), 0) as integer)` })
        .from(itemVersions).where(eq(itemVersions.itemId, itemId));
      return row?.v ?? 0;
    },

    async insertChange(row: typeof itemChanges.$inferInsert): Promise<void> {
      await db.insert(itemChanges).values(row);
    },

    async listChanges(itemId: string): Promise<ItemChangeRow[]> {
      return db.select().from(itemChanges).where(eq(itemChanges.itemId, itemId)).orderBy(desc(itemChanges.at), desc(itemChanges.version));
    },

    /**
     * A page of items matching the filter. With text, names are ranked (few rows) and the items of the best names
     * are walked in that order, so the cost follows the page, not the number of matches. The total is counted up
     * to COUNT_CAP.
     */
    async searchItems(f: ItemFilter, page: number, pageSize: number): Promise<{ rows: ItemRow[]; total: number; totalCapped: boolean }> {
      const offset = (page - 1) * pageSize;
      let rows: ItemRow[];
      let n: number;
      if (f.tsquery) {
        ({ rows, count: n } = await rankedPage(f, f.tsquery, offset, pageSize));
      } else {
        // The count runs beside the page (a second connection on PostgreSQL); it is dropped when the page tells all.
        const counting = countCapped(f);
        rows = await db.select(itemFields).from(items).where(and(...filterConditions(f)))
          .orderBy(items.level, items.regionCode, items.name, items.id).limit(pageSize).offset(offset);
        n = await counting;
      }
      if (rows.length < pageSize && (page === 1 || rows.length > 0)) return { rows, total: offset + rows.length, totalCapped: false };
      return { rows, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
    },

    /** Adds or refreshes the search document of an item name; returns its id. */
    async upsertSearchName(name: string, vector: string): Promise<number> {
      const [row] = await db.insert(searchNames).values({ name, searchVector: vector })
        .onConflictDoUpdate({ target: searchNames.name, set: { searchVector: sql`excluded.search_vector` } })
        .returning({ id: searchNames.id });
      return row!.id;
    },

    /** Items with their current published content, for export. */
    async listPublishedWithContent(f: ItemFilter): Promise<Array<{ item: ItemRow; content: unknown }>> {
      return db.select({ item: itemFields, content: itemVersions.content }).from(items)
        .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)))
        .where(and(...filterConditions(f)))
        .orderBy(asc(items.regionCode), asc(items.implCode));
    },

    /** The copied department name follows a rename; the items' row versions move with it (what a case snapshots changed). */
    async renameDepartment(departmentId: string, name: string): Promise<void> {
      await db.update(items).set({ departmentName: name, rowVersion: sql`${items.rowVersion} + 1` }).where(eq(items.departmentId, departmentId));
    },

    async countPublishedByDepartment(departmentIds: string[]): Promise<Map<string, number>> {
      if (departmentIds.length === 0) return new Map();
      const rows = await db.select({ id: items.departmentId, n: sql<number>`cast(count(*) as integer)` }).from(items)
        .where(and(inArray(items.departmentId, departmentIds), eq(items.status, 'published')))
        .groupBy(items.departmentId);
      return new Map(rows.map((r) => [r.id, r.n]));
    },

    /** The catalog figures (domain.md §11) over published items, in total and per group key. */
    async catalogFigures(f: ItemFilter, groupKey: SQL | null): Promise<FigureRow[]> {
      const key = groupKey ?? sql`''`;
      const query = db.select({
        key: sql<string>`${key}`.as('key'),
        items: sql<number>`cast(count(*) as integer)`,
        online: sql<number>`cast(count(*) filter (where ${items.isOnline}) as integer)`,
        zeroTrip: sql<number>`cast(count(*) filter (where ${items.trips} = 0) as integer)`,
        oneTrip: sql<number>`cast(count(*) filter (where ${items.trips} = 1) as integer)`,
        instant: sql<number>`cast(count(*) filter (where ${items.caseType} = '1') as integer)`,
        limitItems: sql<number>`cast(count(*) filter (where ${limitComparable}) as integer)`,
        legalDays: sql<number>`cast(coalesce(sum(${items.legalValue}) filter (where ${limitComparable}), 0) as integer)`,
        promisedDays: sql<number>`cast(coalesce(sum(${items.promisedValue}) filter (where ${limitComparable}), 0) as integer)`,
        reasonMultiStep: reasonCount('multi-step'),
        reasonProvince: reasonCount('province'),
        reasonInternal: reasonCount('internal'),
        reasonSecret: reasonCount('secret'),
        oneTripPerson: sql<number>`cast(count(*) filter (where ${items.trips} <= 1 and ${items.serviceObjects} = array['1']::text[]) as integer)`,
        oneTripMixed: sql<number>`cast(count(*) filter (where ${items.trips} <= 1 and '1' = any(${items.serviceObjects}) and cardinality(${items.serviceObjects}) > 1) as integer)`,
        delegated: sql<number>`cast(count(*) filter (where ${items.powerSource} = '2') as integer)`,
        delegated4: delegatedAt('4'),
        delegated5: delegatedAt('5'),
        delegated6: delegatedAt('6'),
        materials: sql<number>`cast(coalesce(sum(${items.materialsCount}), 0) as integer)`,
        materialsCancelled: sql<number>`cast(coalesce(sum(${items.materialsCancelled}), 0) as integer)`,
        materialsReplaceable: sql<number>`cast(coalesce(sum(${items.materialsReplaceable}), 0) as integer)`,
      }).from(items).where(and(...filterConditions(f)));
      return groupKey ? query.groupBy(groupKey) : query;
    },
  };
}

const limitComparable = sql`${items.legalValue} is not null and ${items.legalUnit} = 'working-day' and ${items.promisedUnit} = 'working-day'`;
const reasonCount = (reason: string) => sql<number>`cast(count(*) filter (where ${items.trips} > 1 and ${items.notOneTripReason} = ${reason}) as integer)`;
const delegatedAt = (level: string) => sql<number>`cast(count(*) filter (where ${items.powerSource} = '2' and ${items.level} = ${level}) as integer)`;

export interface FigureRow {
  key: string;
  items: number; online: number; zeroTrip: number; oneTrip: number; instant: number;
  limitItems: number; legalDays: number; promisedDays: number;
  reasonMultiStep: number; reasonProvince: number; reasonInternal: number; reasonSecret: number;
  oneTripPerson: number; oneTripMixed: number;
  delegated: number; delegated4: number; delegated5: number; delegated6: number;
  materials: number; materialsCancelled: number; materialsReplaceable: number;
}

export const itemColumns = { regionCode: items.regionCode, level: items.level, departmentId: items.departmentId };

export type CatalogRepository = ReturnType<typeof catalogRepository>;
