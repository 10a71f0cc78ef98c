import { assertCan } from '../identity/index.js';
import { parentRegionCode, regionAncestry, regionLevel } from '@yiwang/contracts';
import type { Actor, DepartmentQuery, DepartmentView, RegionDetail, RegionView, SaveDepartmentRequest } from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import { pickCounterpart, regionsRepository, type DepartmentRow } from './regions.repository.js';
import { presentDepartment, presentRegion } from './regions.presenter.js';

export interface RegionsServiceDeps {
  db: Db;
  /** Counts published items per department (given by the catalog module, which owns items). */
  countItemsByDepartment?: (ids: string[]) => Promise<Map<string, number>>;
  /** Tells the modules that copy a department's name (the catalog) that it changed, inside the same transaction. */
  onDepartmentRenamed?: (tx: Db, id: string, name: string) => Promise<void>;
}

export function createRegionsService({ db, countItemsByDepartment, onDepartmentRenamed }: RegionsServiceDeps) {
  const repo = regionsRepository(db);

  async function presentDepartments(rows: DepartmentRow[]): Promise<DepartmentView[]> {
    const regionRows = await repo.findRegions([...new Set(rows.map((r) => r.regionCode))]);
    const names = new Map(regionRows.map((r) => [r.code, r.name]));
    const counts = countItemsByDepartment ? await countItemsByDepartment(rows.map((r) => r.id)) : new Map<string, number>();
    return rows.map((r) => presentDepartment(r, names.get(r.regionCode) ?? r.regionCode, counts.get(r.id) ?? 0));
  }

  async function findRegionOrFail(code: string) {
    return orFail(await repo.findRegion(code), 'REGION_NOT_FOUND', `行政区划不存在：${code}`);
  }

  return {
    /** Loads region data ([code, name] pairs of NBS codes); existing codes are kept. Returns how many were given. */
    async loadRegions(pairs: Array<[string, string]>): Promise<number> {
      const rows = pairs.map(([code, name]) => {
        const level = regionLevel(code);
        if (!level) throw new Error(`not an NBS region code: ${code}`);
        return { code, name, level, parentCode: parentRegionCode(code) };
      });
      await repo.insertRegions(rows);
      return rows.length;
    },

    async countRegions(): Promise<number> {
      return repo.countRegions();
    },

    /** Adds departments in bulk (demo data, migrations of a city's list); level follows the region. */
    async addDepartments(inputs: SaveDepartmentRequest[]): Promise<DepartmentRow[]> {
      const out: DepartmentRow[] = [];
      for (const input of inputs) out.push(await repo.insertDepartment({ ...input, level: regionLevel(input.regionCode)! }));
      return out;
    },

    async listChildren(parentCode: string | null): Promise<RegionView[]> {
      return (await repo.listChildren(parentCode)).map(presentRegion);
    },

    async getRegion(code: string): Promise<RegionDetail> {
      const region = await findRegionOrFail(code);
      const path = await repo.findRegions(regionAncestry(code));
      path.sort((a, b) => a.code.length - b.code.length);
      return { ...presentRegion(region), path: path.map((p) => ({ code: p.code, name: p.name, level: p.level as RegionView['level'] })) };
    },

    /** Region rows by code, for other modules (names and levels). */
    async findRegions(codes: string[]) {
      return repo.findRegions(codes);
    },

    findRegionOrFail,

    async listDepartments(query: DepartmentQuery): Promise<DepartmentView[]> {
      const rows = await repo.listDepartments({ regionCode: query.region, subtree: query.subtree, level: query.level, q: query.q });
      return presentDepartments(rows);
    },

    async getDepartment(id: string): Promise<DepartmentView> {
      const row = orFail(await repo.findDepartment(id), 'DEPARTMENT_NOT_FOUND');
      return (await presentDepartments([row]))[0]!;
    },

    /** Department rows, for other modules. */
    async findDepartments(ids: string[]): Promise<DepartmentRow[]> {
      return repo.findDepartmentsByIds(ids);
    },

    async findDepartmentOrFail(id: string): Promise<DepartmentRow> {
      return orFail(await repo.findDepartment(id), 'DEPARTMENT_NOT_FOUND');
    },

    async findDepartmentByUscc(uscc: string): Promise<DepartmentRow | null> {
      return repo.findDepartmentByUscc(uscc);
    },

    /** The department that takes over a sector's items in a region: its counterpart, else the region's service centre. */
    async findCounterpart(regionCode: string, sector: string | null): Promise<DepartmentRow | null> {
      return pickCounterpart(await repo.findCounterpartCandidates(regionCode, sector), sector);
    },

    async createDepartment(input: SaveDepartmentRequest, actor: Actor): Promise<DepartmentView> {
      assertCan(actor, 'department:manage', { regionCode: input.regionCode });
      const region = await findRegionOrFail(input.regionCode);
      if (await repo.findDepartmentByUscc(input.uscc)) throw new AppError('DEPARTMENT_USCC_TAKEN', undefined, { field: 'uscc' });
      const row = await repo.insertDepartment({ ...input, level: region.level });
      return (await presentDepartments([row]))[0]!;
    },

    async updateDepartment(id: string, input: SaveDepartmentRequest, actor: Actor): Promise<DepartmentView> {
      const before = orFail(await repo.findDepartment(id), 'DEPARTMENT_NOT_FOUND');
      assertCan(actor, 'department:manage', { regionCode: before.regionCode });
      assertCan(actor, 'department:manage', { regionCode: input.regionCode });
      const region = await findRegionOrFail(input.regionCode);
      const other = await repo.findDepartmentByUscc(input.uscc);
      if (other && other.id !== id) throw new AppError('DEPARTMENT_USCC_TAKEN', undefined, { field: 'uscc' });
      const row = await db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        const updated = await regionsRepository(tx).updateDepartment(id, { ...input, level: region.level });
        if (before.name !== input.name) await onDepartmentRenamed?.(tx, id, input.name);
        return updated;
      });
      return (await presentDepartments([row!]))[0]!;
    },
  };
}

export type RegionsService = ReturnType<typeof createRegionsService>;
