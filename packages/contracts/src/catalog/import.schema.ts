import { z } from 'zod';
import { ITEM_TYPES, LEVELS, POWER_SOURCES } from './code-tables.js';
import { BasicCode, ItemContent, ItemStatus } from './item.schema.js';

/**
 * One implementation item as exchanged in an import or export file. The department is named by its USCC, so a
 * file moves between installations; the 实施编码 is derived and checked.
 */
export const CatalogExchangeRow = z.object({
  implCode: z.string().trim().optional(),
  basicCode: BasicCode,
  catalogName: z.string().trim().min(1).max(200),
  catalogItemType: z.enum(ITEM_TYPES.codes),
  departmentUscc: z.string().trim(),
  level: z.enum(LEVELS.codes),
  powerSource: z.enum(POWER_SOURCES.codes).default('1'),
  status: ItemStatus.exclude(['draft']).default('published'),
  content: ItemContent,
});
export type CatalogExchangeRow = z.infer<typeof CatalogExchangeRow>;

export const CatalogExchangeFile = z.object({
  format: z.literal('yiwang-catalog'),
  version: z.literal(1),
  exportedAt: z.string(),
  items: z.array(z.unknown()),
});

export const ImportReport = z.object({
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;
