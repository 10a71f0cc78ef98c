import { and, asc, eq, ilike, inArray, like, sql, type SQL } from 'drizzle-orm';
import { jsonRows, rowsFromJson, type Db } from '../../platform/db/index.js';
import { departments, regions } from './regions.tables.js';

export type RegionRow = typeof regions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type NewDepartmentRow = typeof departments.$inferInsert;
export interface RegionWithChildren extends RegionRow { hasChildren: boolean }

// Spelled out: drizzle renders a bare column inside a subquery without its table, which would bind to `c`.
const hasChildren = sql<boolean>`exists (select 1 from regions c where c.parent_code = "regions"."code")`;

/** The sector of a region's comprehensive service centre (政务服务中心): it takes a step no department of its sector can. */
const SERVICE_CENTRE = 'service-centre';

/** 对口部门: among a region's departments, the one of the sector, else the region's service centre. */
export function pickCounterpart(candidates: DepartmentRow[], sector: string | null): DepartmentRow | null {
  return (sector ? candidates.find((d) => d.sector === sector) : undefined) ?? candidates.find((d) => d.sector === SERVICE_CENTRE) ?? null;
}

/**
 * A column for another module's statement: the departments of the region `regionCode` that pickCounterpart may
 * choose for the sectors `sectors` (a subquery of sector texts), as JSON rows (rowsFromJson(departments, …)).
 */
export function counterpartsColumn(regionCode: SQL, sectors: SQL): SQL<unknown> {
  return jsonRows(departments, 'd', sql`d.region_code = ${regionCode} and (d.sector in (${sectors}) or d.sector = ${SERVICE_CENTRE})`, sql`d.sector`);
}

/** The rows of a counterpartsColumn. */
export const counterpartsFromJson = (json: unknown): DepartmentRow[] => rowsFromJson(departments, json);

export function regionsRepository(db: Db) {
  return {
    async insertRegions(rows: RegionRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 500) {
        await db.insert(regions).values(rows.slice(i, i + 500)).onConflictDoNothing();
      }
    },

    async countRegions(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`cast(count(*) as integer)` }).from(regions);
      return row?.n ?? 0;
    },

    async findRegion(code: string): Promise<RegionWithChildren | null> {
      const [row] = await db.select({ ...regionColumns(), hasChildren }).from(regions).where(eq(regions.code, code));
      return row ?? null;
    },

    async findRegions(codes: string[]): Promise<RegionRow[]> {
      if (codes.length === 0) return [];
      return db.select().from(regions).where(inArray(regions.code, codes));
    },

    async listChildren(parentCode: string | null): Promise<RegionWithChildren[]> {
      const where = parentCode === null ? sql`${regions.parentCode} is null` : eq(regions.parentCode, parentCode);
      return db.select({ ...regionColumns(), hasChildren }).from(regions).where(where).orderBy(asc(regions.code));
    },

    async listDepartments(filter: { regionCode?: string; subtree?: boolean; level?: string; q?: string }): Promise<DepartmentRow[]> {
      const conds: SQL[] = [];
      if (filter.regionCode) {
        conds.push(filter.subtree ? like(departments.regionCode, `${filter.regionCode}%`) : eq(departments.regionCode, filter.regionCode));
      }
      if (filter.level) conds.push(eq(departments.level, filter.level));
      if (filter.q) conds.push(ilike(departments.name, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`));
      return db.select().from(departments).where(and(...conds)).orderBy(asc(departments.level), asc(departments.regionCode), asc(departments.name));
    },

    async findDepartment(id: string): Promise<DepartmentRow | null> {
      const [row] = await db.select().from(departments).where(eq(departments.id, id));
      return row ?? null;
    },

    async findDepartmentsByIds(ids: string[]): Promise<DepartmentRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(departments).where(inArray(departments.id, ids));
    },

    async findDepartmentByUscc(uscc: string): Promise<DepartmentRow | null> {
      const [row] = await db.select().from(departments).where(eq(departments.uscc, uscc));
      return row ?? null;
    },

    /** The candidates of pickCounterpart for one sector (null: the service centre only). */
    async findCounterpartCandidates(regionCode: string, sector: string | null): Promise<DepartmentRow[]> {
      return db.select().from(departments)
        .where(and(eq(departments.regionCode, regionCode), inArray(departments.sector, sector ? [sector, SERVICE_CENTRE] : [SERVICE_CENTRE])));
    },

    async insertDepartment(row: NewDepartmentRow): Promise<DepartmentRow> {
      const [created] = await db.insert(departments).values(row).returning();
      return created!;
    },

    async updateDepartment(id: string, row: Partial<NewDepartmentRow>): Promise<DepartmentRow | null> {
      const [updated] = await db.update(departments).set({ ...row, updatedAt: new Date() }).where(eq(departments.id, id)).returning();
      return updated ?? null;
    },
  };
}

function regionColumns() {
  return { code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode };
}

export type RegionsRepository = ReturnType<typeof regionsRepository>;
