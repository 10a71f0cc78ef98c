import { z } from 'zod';
import { codeTable } from '../common/codes.js';

/** 结果: how an audited attempt ended. */
export const AUDIT_OUTCOMES = codeTable({ allowed: '允许', denied: '拒绝', failed: '失败', succeeded: '成功' });
export type AuditOutcome = (typeof AUDIT_OUTCOMES.codes)[number];

/** 校验问题: what the verification of the audit chain found wrong at the first bad entry. */
export const AUDIT_PROBLEMS = codeTable({
  altered: '记录被篡改',
  inserted: '记录被插入',
  deleted: '记录被删除',
  'broken-link': '哈希链断裂（前一条记录被删除或本条被插入）',
});
export type AuditProblem = (typeof AUDIT_PROBLEMS.codes)[number];

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '哈希值应为 64 位十六进制');

/** Query of the audit log (审计日志查询); `from` inclusive, `to` exclusive, both ISO 8601 with an offset. */
export const AuditQuery = z.object({
  /** 操作人编号 */
  actorId: z.string().trim().min(1).max(100).optional(),
  /** 操作 (e.g. `catalog:edit`, `auth:sign-in`) */
  action: z.string().trim().min(1).max(100).optional(),
  /** 对象类型 */
  resourceType: z.string().trim().min(1).max(100).optional(),
  /** 对象编号 */
  resourceId: z.string().trim().min(1).max(200).optional(),
  /** 结果 */
  outcome: z.enum(AUDIT_OUTCOMES.codes).optional(),
  /** 起始时间（含） */
  from: z.iso.datetime({ offset: true, error: '起始时间应为带时区的 ISO 8601 时间' }).optional(),
  /** 截止时间（不含） */
  to: z.iso.datetime({ offset: true, error: '截止时间应为带时区的 ISO 8601 时间' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** 审计记录: one entry of the append-only log. Personal identifiers in it are masked. */
export const AuditEntryView = z.object({
  /** 序号: dense, starting at 1 */
  seq: z.number(),
  /** 时间 */
  at: z.string(),
  /** 操作人编号 (null: unknown, e.g. a failed sign-in) */
  actorId: z.string().nullable(),
  /** 操作人 */
  actorName: z.string(),
  /** 操作人角色 */
  actorRole: z.string().nullable(),
  /** 操作 */
  action: z.string(),
  /** 对象类型 */
  resourceType: z.string().nullable(),
  /** 对象编号 */
  resourceId: z.string().nullable(),
  /** 结果 */
  outcome: z.enum(AUDIT_OUTCOMES.codes),
  /** 来源地址 */
  ip: z.string().nullable(),
  /** 详情 */
  detail: z.record(z.string(), z.unknown()),
  /** 前一条记录的哈希 */
  prevHash: z.string(),
  /** 本条记录的哈希 */
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditSearchResult = z.object({
  total: z.number(),
  /** More entries match than `total` (counting stops at 10,000; narrow the query to see them). */
  totalCapped: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
  /** Newest first. */
  entries: z.array(AuditEntryView),
});
export type AuditSearchResult = z.infer<typeof AuditSearchResult>;

/** 锚点: a (seq, hash) noted earlier outside the database; checks that nothing up to it was rewritten or cut off. */
export const AuditAnchor = z.object({ seq: z.number().int().min(1), hash: Sha256Hex });
export type AuditAnchor = z.infer<typeof AuditAnchor>;

export const AuditVerifyRequest = z.object({
  /** 锚点 (optional) */
  anchor: AuditAnchor.optional(),
});
export type AuditVerifyRequest = z.infer<typeof AuditVerifyRequest>;

/** 校验结果 of the whole chain. */
export const AuditVerifyResult = z.object({
  /** 是否完整 */
  ok: z.boolean(),
  /** 已校验条数 */
  checked: z.number(),
  /** 第一条有问题的序号 */
  firstBadSeq: z.number().optional(),
  /** 问题类型 */
  problem: z.enum(AUDIT_PROBLEMS.codes).optional(),
  /** 说明 (Chinese, for people) */
  message: z.string(),
  /** 链尾: the last entry found good — note it down elsewhere as the anchor of a later verification */
  head: z.object({ seq: z.number(), hash: z.string() }).nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
