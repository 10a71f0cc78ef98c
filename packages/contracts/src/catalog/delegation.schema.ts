import { z } from 'zod';
import { ItemSummary } from './item.schema.js';

/** 下放: delegate an item to lower-level regions; the department is found by sector unless named. */
export const DelegateItemRequest = z.object({
  targets: z
    .array(
      z.object({
        regionCode: z.string().regex(/^\d{4,12}$/, '区划代码格式不正确'),
        departmentId: z.string().uuid().optional(),
      }),
    )
    .min(1, '至少选择一个下放目标'),
  reason: z.string().trim().max(500).default(''),
});
export type DelegateItemRequest = z.infer<typeof DelegateItemRequest>;

export const DelegationView = z.object({
  item: ItemSummary,
  /** Still inherits the source's content (not edited locally). */
  inheritsSource: z.boolean(),
  revoked: z.boolean(),
});
export type DelegationView = z.infer<typeof DelegationView>;
