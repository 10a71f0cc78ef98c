import { maskIdentifier, maskPhone } from '@yiwang/contracts';
import type { Actor, AuditOutcome, RoleCode } from '@yiwang/contracts';

/** Who did it, as the audit log writes it. */
export interface AuditActorRef {
  /** 操作人编号 (null: not known, e.g. a failed sign-in) */
  id: string | null;
  /** 操作人 */
  name: string;
  /** 操作人角色 */
  role: string | null;
}

/** One thing to write down: who, in which role, did what to what, with which outcome, from where. */
export interface AuditRecordInput {
  /** 操作人 */
  actor: AuditActorRef;
  /** 操作, e.g. `auth:sign-in`, `catalog:edit`, `personal-data:read` */
  action: string;
  /** 操作对象 */
  resource?: { type: string; id?: string | null } | null;
  /** 结果 */
  outcome: AuditOutcome;
  /** 来源地址 */
  ip?: string | null;
  /** 详情: any ID or mobile numbers in it are masked before it is stored */
  detail?: Record<string, unknown>;
}

/** The audit reference of a policy actor: the role it acted in, or all its roles (or its kind when it has none). */
export function auditActorOf(actor: Actor, role?: RoleCode): AuditActorRef {
  return { id: actor.id, name: actor.name, role: role ?? (actor.roles.length > 0 ? actor.roles.join(',') : actor.kind) };
}

// A citizen ID (18 or the old 15 digits) with a plausible birth date, and a mainland mobile number, standing alone
// in a text. Other long digit strings (unified social credit codes, region codes) are left as they are.
const ID_18 = /(?<!\d)\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/g;
const ID_15 = /(?<!\d)\d{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** Masks ID and mobile numbers inside a text, and drops NUL characters (PostgreSQL text cannot hold them). */
export function maskPersonalText(text: string): string {
  return text.replace(/\0/g, '').replace(ID_18, (id) => maskIdentifier(id)).replace(ID_15, (id) => maskIdentifier(id))
    .replace(MOBILE, (phone) => maskPhone(phone));
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalText(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskPersonalText(k), maskDeep(v)]));
  }
  return value;
}

/** The masked detail, as JSON will store it (dates become text, undefined members go): what is hashed is what is read back. */
export function storedDetail(detail: Record<string, unknown> | undefined): Record<string, unknown> {
  const plain: unknown = JSON.parse(JSON.stringify(detail ?? {}));
  return maskDeep(plain) as Record<string, unknown>;
}

const maskOrNull = (text: string | null | undefined): string | null => (text === null || text === undefined ? null : maskPersonalText(text));

/** The fields of a new entry, masked; the chain adds seq, prev_hash and hash. */
export function draftEntry(input: AuditRecordInput, at: Date) {
  return {
    at: new Date(at.getTime()),
    actorId: maskOrNull(input.actor.id),
    actorName: maskPersonalText(input.actor.name),
    actorRole: input.actor.role,
    action: input.action,
    resourceType: input.resource?.type ?? null,
    resourceId: maskOrNull(input.resource?.id),
    outcome: input.outcome,
    ip: input.ip ?? null,
    detail: storedDetail(input.detail),
  };
}
