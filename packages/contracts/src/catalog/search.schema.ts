import { z } from 'zod';
import { ITEM_TYPES, LEVELS, SERVICE_OBJECTS, PERSON_THEMES, ENTERPRISE_THEMES } from './code-tables.js';
import { ItemStatus, ItemSummary } from './item.schema.js';

const boolParam = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** Query of the catalog search (事项检索). All filters optional; `q` is Chinese text. */
export const ItemSearchQuery = z.object({
  q: z.string().trim().max(100, '关键词不能超过 100 个字').optional(),
  /** Region code: items of this region and every region below it. */
  region: z.string().regex(/^\d{2,12}$/, '区划代码格式不正确').optional(),
  /** Only items of exactly this region (not below). */
  regionExact: boolParam.optional(),
  level: z.enum(LEVELS.codes).optional(),
  department: z.string().uuid('部门编号格式不正确').optional(),
  serviceObject: z.enum(SERVICE_OBJECTS.codes).optional(),
  itemType: z.enum(ITEM_TYPES.codes).optional(),
  /** Maximum trips to the site: 0 = 跑零次, 1 = 最多跑一次. */
  maxTrips: z.coerce.number().int().min(0).max(9).optional(),
  /** Minimum trips to the site: with maxTrips=1, minTrips=1 is 只跑一次. */
  minTrips: z.coerce.number().int().min(0).max(9).optional(),
  online: boolParam.optional(),
  personTheme: z.enum(PERSON_THEMES.codes).optional(),
  enterpriseTheme: z.enum(ENTERPRISE_THEMES.codes).optional(),
  /** Admin only: filter by status; the public search sees published items. */
  status: ItemStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ItemSearchQuery = z.infer<typeof ItemSearchQuery>;

export const ItemSearchResult = z.object({
  total: z.number(),
  /** More items match than `total` (counting stops at 1,000; refine the query to see them). */
  totalCapped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(ItemSummary),
});
export type ItemSearchResult = z.infer<typeof ItemSearchResult>;
