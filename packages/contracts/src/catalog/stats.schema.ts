import { z } from 'zod';
import { LEVELS } from './code-tables.js';

/** The catalog figures of domain.md §11, computed from the live catalog. Rates are fractions 0..1 (null when undefined). */
export const CatalogFigures = z.object({
  items: z.number(),
  /** 网办率 = 是否网办 / all. */
  onlineItems: z.number(),
  onlineRate: z.number().nullable(),
  /** 最多跑一次 = trips ≤ 1. */
  atMostOneTrip: z.number(),
  atMostOneTripRate: z.number().nullable(),
  /** 跑零次 and its share of 最多跑一次. */
  zeroTrip: z.number(),
  zeroTripShare: z.number().nullable(),
  /** 只跑一次 and its share of 最多跑一次. */
  oneTrip: z.number(),
  oneTripShare: z.number().nullable(),
  notOneTrip: z.number(),
  notOneTripByReason: z.record(z.string(), z.number()),
  /** 即办件率. */
  instantItems: z.number(),
  instantRate: z.number().nullable(),
  /** Over items with a legal limit in working days: Σ legal, Σ promised, 承诺时限压缩率. */
  limitItems: z.number(),
  legalDays: z.number(),
  promisedDays: z.number(),
  compressionRate: z.number().nullable(),
  /** 最多跑一次 by service-object class: 涉法人 / 涉自然人 / 法人自然人混合. */
  atMostOneTripBySubject: z.object({ enterprise: z.number(), person: z.number(), mixed: z.number() }),
  /** Items received by delegation (上级下放), by the level that received them. */
  delegatedItems: z.number(),
  delegatedByLevel: z.record(z.string(), z.number()),
  materials: z.number(),
  materialsCancelled: z.number(),
  materialsReplaceable: z.number(),
});
export type CatalogFigures = z.infer<typeof CatalogFigures>;

export const CatalogStatsQuery = z.object({
  region: z.string().regex(/^\d{2,12}$/, '区划代码格式不正确').optional(),
  level: z.enum(LEVELS.codes).optional(),
  department: z.string().uuid().optional(),
  groupBy: z.enum(['department', 'level', 'region']).default('department'),
});
export type CatalogStatsQuery = z.infer<typeof CatalogStatsQuery>;

export const CatalogStats = z.object({
  totals: CatalogFigures,
  groupBy: z.enum(['department', 'level', 'region']),
  groups: z.array(z.object({ key: z.string(), label: z.string(), figures: CatalogFigures })),
});
export type CatalogStats = z.infer<typeof CatalogStats>;
