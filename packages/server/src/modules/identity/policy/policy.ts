import { ACTIONS, isInRegion, regionLevel, ROLE_GRANTS, ROLES, type Action, type Actor, type RoleGrant, type RoleScope } from '@yiwang/contracts';
import { AppError } from '../../../platform/http/index.js';

/**
 * What an action is done to: only the parts of it that decide whether the actor reaches it. Give its region
 * whenever it has one: region-bound roles are refused a resource that does not say where it lies.
 */
export interface PolicyResource {
  /** 所属区划代码 */
  regionCode?: string | null;
  /** 所属部门 (实施主体) id */
  departmentId?: string | null;
  /** 下放目标区划代码 (catalog:delegate only) */
  targetRegionCode?: string | null;
}

/** The policy's answer; a refusal says why, in Chinese, for the person refused. */
export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Where an actor may act with one action: for filtering lists when there is no single resource to ask about. */
export type PolicyScope =
  | { kind: 'all' }
  | { kind: 'none'; reason: string }
  /** `departmentIds` null: every department in the region subtree. */
  | { kind: 'limited'; regionCode: string; departmentIds: string[] | null };

const ALLOWED: Decision = { allowed: true };
const FALLBACK_REASON = '没有权限执行此操作';
const deny = (reason: string): Decision => ({ allowed: false, reason });

// NBS region codes (2, 4, 6, 9 or 12 digits) nest by prefix: '4301' holds '430102' and '430102001'.
const isRegionCode = (code: string | null | undefined): code is string => typeof code === 'string' && regionLevel(code) !== null;

function grantOf(role: string): RoleGrant | undefined {
  // Roles come from stored accounts: an unknown code grants nothing rather than failing.
  return Object.hasOwn(ROLE_GRANTS, role) ? (ROLE_GRANTS as Record<string, RoleGrant>)[role] : undefined;
}

function grantingScopes(actor: Actor, action: Action): RoleScope[] {
  // A partner system's token names its actions; it reaches only its own department.
  if (actor.kind === 'partner') return actor.permissions?.includes(action) ? ['department'] : [];
  return actor.roles.flatMap((role) => {
    const grant = grantOf(role);
    return grant && grant.actions.includes(action) ? [grant.scope] : [];
  });
}

function refusalWithoutRole(actor: Actor, action: Action): string | null {
  const label = ACTIONS.label(action);
  if (actor.kind !== 'staff' && actor.kind !== 'partner') return `仅工作人员可以${label}`;
  if (grantingScopes(actor, action).length > 0) return null;
  if (actor.kind === 'partner') return `该接口令牌无权${label}`;
  const names = actor.roles.filter((r) => grantOf(r)).map((r) => ROLES.label(r));
  return names.length ? `您的角色（${names.join('、')}）无权${label}` : `您没有任何角色，无权${label}`;
}

function checkScope(actor: Actor, scope: RoleScope, action: Action, resource: PolicyResource | undefined): Decision {
  if (scope === 'everything') return ALLOWED;
  const home = actor.regionCode;
  if (!isRegionCode(home)) return deny(`您的账户未设置有效的所属区划，无权${ACTIONS.label(action)}`);
  if (!resource) return ALLOWED;
  const { regionCode, departmentId, targetRegionCode } = resource;
  if (regionCode !== undefined && regionCode !== null) {
    if (!isRegionCode(regionCode) || !isInRegion(regionCode, home)) {
      return deny(`该对象所属区划（${regionCode}）不在您的管辖范围（${home} 及其下级）内`);
    }
  } else if (scope === 'region') {
    return deny('无法确认该对象所属区划，不能执行此操作');
  }
  if (scope === 'department') {
    if (!departmentId) return deny('无法确认该对象属于您所在的部门，不能执行此操作');
    if (!actor.departmentIds.includes(departmentId)) return deny('该对象不属于您所在的部门');
  }
  if (action === 'catalog:delegate' && targetRegionCode !== undefined && targetRegionCode !== null) {
    const from = regionCode ?? home;
    if (!isRegionCode(targetRegionCode) || !isInRegion(targetRegionCode, home)) {
      return deny(`下放目标区划（${targetRegionCode}）不在您的管辖范围（${home} 及其下级）内`);
    }
    if (targetRegionCode.length <= from.length || !isInRegion(targetRegionCode, from)) {
      return deny(`只能下放到事项所属区划（${from}）的下级区划`);
    }
  }
  return ALLOWED;
}

/**
 * 权限判断: may this actor do this action (to this resource)? Without a resource it answers whether the actor may
 * do it anywhere (menus, list screens: filter those with `scopeFor`); with one, every field the resource carries
 * must lie in the actor's reach. The platform itself (kind `system`: seed, scheduled jobs) may do everything.
 */
export function can(actor: Actor, action: Action, resource?: PolicyResource): Decision {
  if (actor.kind === 'system') return ALLOWED;
  const refusal = refusalWithoutRole(actor, action);
  if (refusal) return deny(refusal);
  let first: Decision | null = null;
  for (const scope of grantingScopes(actor, action)) {
    const decision = checkScope(actor, scope, action, resource);
    if (decision.allowed) return decision;
    first ??= decision;
  }
  return first ?? deny(FALLBACK_REASON);
}

/** Like `can`, but throws FORBIDDEN with the reason: `assertCan(actor, 'catalog:edit', item)`. */
export function assertCan(actor: Actor, action: Action, resource?: PolicyResource): void {
  const decision = can(actor, action, resource);
  if (!decision.allowed) throw new AppError('FORBIDDEN', decision.reason);
}

/** The part of the world where an actor may do an action: the widest of the scopes its roles give. */
export function scopeFor(actor: Actor, action: Action): PolicyScope {
  if (actor.kind === 'system') return { kind: 'all' };
  const refusal = refusalWithoutRole(actor, action);
  if (refusal) return { kind: 'none', reason: refusal };
  const scopes = grantingScopes(actor, action);
  if (scopes.includes('everything')) return { kind: 'all' };
  if (!isRegionCode(actor.regionCode)) return { kind: 'none', reason: `您的账户未设置有效的所属区划，无权${ACTIONS.label(action)}` };
  const departmentIds = scopes.includes('region') ? null : [...actor.departmentIds];
  return { kind: 'limited', regionCode: actor.regionCode, departmentIds };
}
