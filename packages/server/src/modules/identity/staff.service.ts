import {
  isInRegion, type Actor, type ApiTokenCreated, type ApiTokenView, type CreateApiTokenRequest, type CreateStaffRequest,
  type PersonSummary, type ProfileView, type StaffCreated, type StaffQuery, type StaffView, type UpdateStaffRequest,
} from '@yiwang/contracts';
import { isUniqueViolation } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import { auditActorOf } from '../audit/index.js';
import { assertCan, scopeFor } from './policy/index.js';
import { identityTransaction, type IdentityDeps, type RequestContext } from './accounts.service.js';
import { accountsRepository, credentialsRepository, type AccountRow } from './identity.repository.js';
import { presentApiToken, presentPerson, presentProfile, presentStaff } from './identity.presenter.js';
import { hashPassword, initialPassword, randomToken, sha256 } from './secrets.js';

const DEPARTMENT_ROLES = new Set(['dept-reviewer', 'dept-approver']);

/** Who acted, for the audit log: an administrator in that role, or the platform itself (seed, imports). */
const adminRef = (actor: Actor) => auditActorOf(actor, actor.kind === 'staff' ? 'platform-admin' : undefined);

/** 工作人员管理, 个人信息查询 (audited) and 接口令牌 for partner systems. */
export function createStaffService(deps: IdentityDeps) {
  const clock = deps.clock ?? (() => new Date());
  const inTx = identityTransaction(deps);
  const regions = () => deps.regionsFor(deps.db);

  async function namesFor(rows: AccountRow[]) {
    const regionRows = await regions().findRegions([...new Set(rows.map((r) => r.regionCode!).filter(Boolean))]);
    const deptRows = await regions().findDepartments([...new Set(rows.flatMap((r) => r.departmentIds))]);
    const regionName = new Map(regionRows.map((r) => [r.code, r.name]));
    const deptName = new Map(deptRows.map((d) => [d.id, d.name]));
    return { region: (c: string) => regionName.get(c) ?? c, department: (id: string) => deptName.get(id) ?? id };
  }

  async function presentMany(rows: AccountRow[]): Promise<StaffView[]> {
    const names = await namesFor(rows);
    return rows.map((r) => presentStaff(r, names));
  }

  /** The region must exist and lie in the administrator's reach; departments must lie in the staff member's region. */
  async function checkPlacement(actor: Actor, input: { regionCode: string; departmentIds: string[]; roles: string[] }) {
    assertCan(actor, 'staff:manage', { regionCode: input.regionCode });
    await regions().findRegionOrFail(input.regionCode).catch(() => {
      throw new AppError('VALIDATION_FAILED', `所属区划不存在：${input.regionCode}`, { field: 'regionCode' });
    });
    const depts = await regions().findDepartments(input.departmentIds);
    if (depts.length !== new Set(input.departmentIds).size) throw new AppError('VALIDATION_FAILED', '所选部门不存在', { field: 'departmentIds' });
    const outside = depts.find((d) => !isInRegion(d.regionCode, input.regionCode));
    if (outside) throw new AppError('VALIDATION_FAILED', `部门「${outside.name}」不在所属区划内`, { field: 'departmentIds' });
    if (input.roles.some((r) => DEPARTMENT_ROLES.has(r)) && depts.length === 0) {
      throw new AppError('VALIDATION_FAILED', '部门审核、审批人员须至少选择一个所属部门', { field: 'departmentIds' });
    }
    if (input.roles.includes('platform-admin') && !actor.roles.includes('platform-admin') && actor.kind !== 'system') {
      throw new AppError('FORBIDDEN', '只有平台管理员可以授予平台管理员角色');
    }
  }

  async function findStaffOrFail(id: string): Promise<AccountRow> {
    const row = await accountsRepository(deps.db).findById(id);
    if (!row || row.kind !== 'staff') throw new AppError('ACCOUNT_NOT_FOUND', '工作人员不存在');
    return row;
  }

  return {
    async listStaff(actor: Actor, q: StaffQuery): Promise<StaffView[]> {
      const scope = scopeFor(actor, 'staff:manage');
      if (scope.kind === 'none') throw new AppError('FORBIDDEN', scope.reason);
      let prefix = q.region ?? null;
      if (scope.kind === 'limited' && (!prefix || !isInRegion(prefix, scope.regionCode))) prefix = scope.regionCode;
      return presentMany(await accountsRepository(deps.db).listStaff({ q: q.q, role: q.role, regionPrefix: prefix }));
    },

    /** Creates a staff account with a first password that must be changed at first sign-in (shown once). */
    async createStaff(actor: Actor, input: CreateStaffRequest, ctx: RequestContext, opts: { password?: string } = {}): Promise<StaffCreated> {
      await checkPlacement(actor, input);
      const password = opts.password ?? initialPassword();
      const passwordHash = await hashPassword(password, deps.config.passwordCost);
      const row = await inTx(async (tx) => {
        let created: AccountRow;
        try {
          created = await tx.accounts.insert({
            kind: 'staff', username: input.username, name: input.name, phone: input.phone, regionCode: input.regionCode,
            departmentIds: [...new Set(input.departmentIds)], roles: [...new Set(input.roles)], passwordHash,
            mustChangePassword: opts.password === undefined,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw new AppError('ACCOUNT_TAKEN', '该登录名已被使用', { field: 'username' });
          throw error;
        }
        await tx.audit.record({
          actor: adminRef(actor), action: 'staff:create', resource: { type: 'account', id: created.id },
          outcome: 'succeeded', ip: ctx.ip, detail: { username: input.username, roles: input.roles, regionCode: input.regionCode },
        });
        return created;
      });
      const [staff] = await presentMany([row]);
      return { staff: staff!, initialPassword: password };
    },

    async updateStaff(actor: Actor, id: string, input: UpdateStaffRequest, ctx: RequestContext): Promise<StaffView> {
      const existing = await findStaffOrFail(id);
      assertCan(actor, 'staff:manage', { regionCode: existing.regionCode });
      await checkPlacement(actor, input);
      const row = await inTx(async (tx) => {
        const updated = await tx.accounts.update(id, {
          name: input.name, phone: input.phone, regionCode: input.regionCode, departmentIds: [...new Set(input.departmentIds)],
          roles: [...new Set(input.roles)], disabled: input.disabled,
        });
        // Changed roles or reach take effect now: the member signs in again.
        await tx.creds.revokeSessionsOf(id, clock());
        await tx.audit.record({
          actor: adminRef(actor), action: 'staff:update', resource: { type: 'account', id },
          outcome: 'succeeded', ip: ctx.ip, detail: { roles: input.roles, regionCode: input.regionCode, disabled: input.disabled },
        });
        return updated;
      });
      return (await presentMany([row]))[0]!;
    },

    async resetStaffPassword(actor: Actor, id: string, ctx: RequestContext): Promise<StaffCreated> {
      const existing = await findStaffOrFail(id);
      assertCan(actor, 'staff:manage', { regionCode: existing.regionCode });
      const password = initialPassword();
      const passwordHash = await hashPassword(password, deps.config.passwordCost);
      const row = await inTx(async (tx) => {
        const updated = await tx.accounts.update(id, { passwordHash, mustChangePassword: true });
        await tx.creds.revokeSessionsOf(id, clock());
        await tx.audit.record({
          actor: adminRef(actor), action: 'staff:reset-password', resource: { type: 'account', id },
          outcome: 'succeeded', ip: ctx.ip,
        });
        return updated;
      });
      return { staff: (await presentMany([row]))[0]!, initialPassword: password };
    },

    /** 个人信息查询: masked matches by name, ID number or phone. */
    async findPersons(actor: Actor, q: string): Promise<PersonSummary[]> {
      assertCan(actor, 'personal-data:read');
      return (await accountsRepository(deps.db).searchPersons(q)).map(presentPerson);
    },

    /** The full record of a person, for a task that needs it: the reason and the reader are written to the audit log. */
    async revealPerson(actor: Actor, id: string, reason: string, ctx: RequestContext): Promise<ProfileView> {
      assertCan(actor, 'personal-data:read');
      const person = await accountsRepository(deps.db).findById(id);
      if (!person || person.kind !== 'citizen') throw new AppError('ACCOUNT_NOT_FOUND', '该自然人账户不存在');
      const role = actor.roles.find((r) => ['window-clerk', 'dept-reviewer', 'dept-approver', 'grassroots-agent', 'platform-admin'].includes(r));
      await inTx((tx) => tx.audit.record({
        actor: auditActorOf(actor, role), action: 'personal-data:read', resource: { type: 'account', id },
        outcome: 'succeeded', ip: ctx.ip, detail: { reason, fields: ['idNumber', 'phone'] },
      }));
      const [region] = person.regionCode ? await regions().findRegions([person.regionCode]) : [];
      return presentProfile(person, region?.name ?? null, { full: true });
    },

    async listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
      assertCan(actor, 'api-token:manage');
      const rows = await credentialsRepository(deps.db).listApiTokens();
      const names = new Map((await regions().findDepartments([...new Set(rows.map((r) => r.departmentId))])).map((d) => [d.id, d.name]));
      const now = clock();
      return rows.map((r) => presentApiToken(r, names.get(r.departmentId) ?? r.departmentId, now));
    },

    /** Issues a partner token: `ywp_` + random; only its SHA-256 is kept, so it is shown this once. */
    async createApiToken(actor: Actor, input: CreateApiTokenRequest, ctx: RequestContext): Promise<ApiTokenCreated> {
      const dept = await regions().findDepartmentOrFail(input.departmentId).catch(() => {
        throw new AppError('VALIDATION_FAILED', '所选部门不存在', { field: 'departmentId' });
      });
      assertCan(actor, 'api-token:manage', { regionCode: dept.regionCode, departmentId: dept.id });
      const token = `ywp_${randomToken(32)}`;
      const now = clock();
      const row = await inTx(async (tx) => {
        const created = await tx.creds.insertApiToken({
          name: input.name, prefix: token.slice(0, 10), tokenHash: sha256(token), departmentId: dept.id,
          permissions: [...new Set(input.permissions)], createdBy: actor.name, createdAt: now,
          expiresAt: new Date(now.getTime() + input.validDays * 86_400_000),
        });
        await tx.audit.record({
          actor: adminRef(actor), action: 'api-token:create', resource: { type: 'api-token', id: created.id },
          outcome: 'succeeded', ip: ctx.ip, detail: { department: dept.name, permissions: input.permissions, validDays: input.validDays },
        });
        return created;
      });
      return { token, view: presentApiToken(row, dept.name, now) };
    },

    async revokeApiToken(actor: Actor, id: string, ctx: RequestContext): Promise<ApiTokenView> {
      assertCan(actor, 'api-token:manage');
      const existing = orFail(await credentialsRepository(deps.db).findApiToken(id), 'NOT_FOUND', '接口令牌不存在');
      const row = await inTx(async (tx) => {
        const revoked = (await tx.creds.revokeApiToken(id, clock())) ?? existing;
        await tx.audit.record({
          actor: adminRef(actor), action: 'api-token:revoke', resource: { type: 'api-token', id },
          outcome: 'succeeded', ip: ctx.ip,
        });
        return revoked;
      });
      const dept = await regions().findDepartments([row.departmentId]);
      return presentApiToken(row, dept[0]?.name ?? row.departmentId, clock());
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
