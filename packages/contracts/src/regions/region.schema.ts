import { z } from 'zod';
import { DEPARTMENT_NATURES, DOCKING_MODES, LEVELS } from '../catalog/code-tables.js';
import { isValidUscc } from '../common/ids.js';

/** 行政区划: a GB/T 2260 / NBS division. Its level uses the 行使层级 scale (2 省 … 6 村). */
export const RegionView = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(LEVELS.codes),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});
export type RegionView = z.infer<typeof RegionView>;

export const RegionDetail = RegionView.extend({
  /** From the province down to this region. */
  path: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(LEVELS.codes) })),
});
export type RegionDetail = z.infer<typeof RegionDetail>;

export const Uscc = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidUscc, '统一社会信用代码不正确（18 位，校验位需符合 GB 32100）');

/** 实施主体: a department or service centre that implements items. */
export const DepartmentView = z.object({
  id: z.string(),
  name: z.string(),
  uscc: z.string(),
  region: z.object({ code: z.string(), name: z.string() }),
  level: z.enum(LEVELS.codes),
  nature: z.enum(DEPARTMENT_NATURES.codes),
  dockingMode: z.enum(DOCKING_MODES.codes),
  /** The line of work shared by counterparts at every level (e.g. market-regulation). */
  sector: z.string().nullable(),
  itemCount: z.number(),
});
export type DepartmentView = z.infer<typeof DepartmentView>;

export const SaveDepartmentRequest = z.object({
  name: z.string().trim().min(2, '名称至少两个字').max(100),
  uscc: Uscc,
  regionCode: z.string().regex(/^\d{2,12}$/, '区划代码格式不正确'),
  nature: z.enum(DEPARTMENT_NATURES.codes).default('1'),
  dockingMode: z.enum(DOCKING_MODES.codes).default('platform'),
  sector: z.string().trim().max(50).nullable().default(null),
});
export type SaveDepartmentRequest = z.infer<typeof SaveDepartmentRequest>;

export const DepartmentQuery = z.object({
  region: z.string().regex(/^\d{2,12}$/).optional(),
  /** Include departments of every region below. */
  subtree: z.preprocess((v) => v === 'true' || v === true, z.boolean()).default(false),
  level: z.enum(LEVELS.codes).optional(),
  q: z.string().trim().max(50).optional(),
});
export type DepartmentQuery = z.infer<typeof DepartmentQuery>;
