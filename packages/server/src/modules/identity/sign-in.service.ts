import {
  isValidCitizenId, isValidUscc, maskIdentifier, maskPhone, type ChangePasswordRequest, type PasswordSignInRequest,
  type SmsSignInRequest,
} from '@yiwang/contracts';
import { isUniqueViolation } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { maskPersonalText } from '../audit/index.js';
import { identityTransaction, type AccountsService, type IdentityDeps, type RequestContext } from './accounts.service.js';
import { accountsRepository, credentialsRepository, type AccountRow } from './identity.repository.js';
import type { OidcClient } from './oidc/index.js';
import { hashPassword, verifyPassword, weakPasswordReason } from './secrets.js';
import type { OpenedSession, ResolvedSession } from './sessions.js';
import { recordFailure, throttleVerdict } from './throttle.js';

export interface SignInDeps extends IdentityDeps {
  accounts: AccountsService;
  oidc: OidcClient | null;
}

export interface SignedIn { opened: OpenedSession; account: AccountRow }

/** The account an identifier names: a phone or ID number (persons), a USCC (legal persons), a login name (staff). */
function identify(raw: string): { key: string; find: (repo: ReturnType<typeof accountsRepository>) => Promise<AccountRow | null> } {
  const text = raw.trim();
  if (/^1[3-9]\d{9}$/.test(text)) return { key: `phone:${text}`, find: (r) => r.findCitizenBy('phone', text) };
  const upper = text.toUpperCase();
  if (isValidCitizenId(upper)) return { key: `id:${upper}`, find: (r) => r.findCitizenBy('idNumber', upper) };
  if (isValidUscc(upper)) return { key: `uscc:${upper}`, find: (r) => r.findEnterpriseByUscc(upper) };
  const lower = text.toLowerCase();
  return { key: `staff:${lower}`, find: (r) => r.findStaffByUsername(lower) };
}

/** Safe to write down: who tried to sign in, without the full number. */
const auditName = (identifier: string) => maskPersonalText(identifier.trim()).slice(0, 64);

/** Only paths of this site after sign-in (no open redirects). */
export function safeNext(next: string | undefined | null): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/user';
}

/** 登录: password (with slow-down and lock-out), SMS code, the identity provider; password change; 代办身份. */
export function createSignInService(deps: SignInDeps) {
  const clock = deps.clock ?? (() => new Date());
  const inTx = identityTransaction(deps);

  async function openSession(account: AccountRow, method: string, ctx: RequestContext): Promise<SignedIn> {
    if (account.disabled) throw new AppError('ACCOUNT_DISABLED');
    return inTx(async (tx) => {
      const opened = await tx.sessions.open(account, method, ctx.ip);
      await tx.audit.record({
        actor: { id: account.id, name: account.name, role: account.kind === 'staff' ? account.roles.join(',') : account.kind },
        action: 'auth:sign-in', resource: { type: 'account', id: account.id }, outcome: 'succeeded', ip: ctx.ip, detail: { method },
      });
      return { opened, account };
    });
  }

  async function recordSignInFailure(name: string, reason: string, ctx: RequestContext): Promise<void> {
    await inTx((tx) => tx.audit.record({
      actor: { id: null, name, role: null }, action: 'auth:sign-in', resource: { type: 'account', id: null }, outcome: 'failed',
      ip: ctx.ip, detail: { reason },
    }));
  }

  return {
    async signInWithPassword(input: PasswordSignInRequest, ctx: RequestContext): Promise<SignedIn> {
      const { key, find } = identify(input.account);
      const creds = credentialsRepository(deps.db);
      const now = clock();
      const verdict = throttleVerdict(await creds.findThrottle(key), now, deps.config.throttle);
      if (!verdict.allowed) {
        await recordSignInFailure(auditName(input.account), verdict.code, ctx);
        throw new AppError(verdict.code, verdict.message);
      }
      const account = await find(accountsRepository(deps.db));
      const ok = await verifyPassword(account?.passwordHash ?? null, input.password, deps.config.passwordCost);
      if (!ok || !account) {
        const state = await inTx(async (tx) => {
          const next = recordFailure(await tx.creds.findThrottle(key), key, now, deps.config.throttle);
          await tx.creds.saveThrottle(next);
          return next;
        });
        await recordSignInFailure(auditName(input.account), 'wrong-password', ctx);
        if (state.lockedUntil) throw new AppError('AUTH_LOCKED', `登录失败次数过多，账号已临时锁定，请 ${deps.config.throttle.lockMinutes} 分钟后再试`);
        throw new AppError('AUTH_INVALID_CREDENTIALS');
      }
      await creds.clearThrottle(key);
      return openSession(account, 'password', ctx);
    },

    async signInWithSms(input: SmsSignInRequest, ctx: RequestContext): Promise<SignedIn> {
      await deps.accounts.consumeSmsCode(input.phone, 'sign-in', input.smsCode);
      const account = await accountsRepository(deps.db).findCitizenBy('phone', input.phone);
      if (!account) {
        await recordSignInFailure(maskPhone(input.phone), 'no-account', ctx);
        throw new AppError('SMS_CODE_INVALID', undefined, { field: 'smsCode' });
      }
      return openSession(account, 'sms', ctx);
    },

    oidcEnabled: () => deps.oidc !== null,
    oidcName: () => deps.oidc?.displayName ?? '统一身份认证',

    /** Starts a sign-in at the identity provider: where to send the browser. */
    async startOidc(next: string): Promise<string> {
      if (!deps.oidc) throw new AppError('OIDC_NOT_CONFIGURED');
      const { url, pending } = await deps.oidc.start(safeNext(next));
      await credentialsRepository(deps.db).insertOidcPending({ ...pending, createdAt: clock() });
      return url;
    },

    /**
     * Finishes it: the provider's identity is linked to the person with the same ID number, or a new person account
     * is made from the claims (the provider has verified the person). Returns where to go next.
     */
    async finishOidc(callbackUrl: URL, ctx: RequestContext): Promise<SignedIn & { next: string }> {
      if (!deps.oidc) throw new AppError('OIDC_NOT_CONFIGURED');
      const state = callbackUrl.searchParams.get('state') ?? '';
      const pending = await credentialsRepository(deps.db).takeOidcPending(state, new Date(clock().getTime() - 10 * 60_000));
      if (!pending) throw new AppError('OIDC_FAILED', '登录请求已失效，请重新登录');
      const identity = await deps.oidc.finish(callbackUrl, pending);
      const account = await inTx(async (tx) => {
        const linked = await tx.accounts.findByExternalIdentity(identity.issuer, identity.subject);
        if (linked) return linked;
        const person = await tx.accounts.findCitizenBy('idNumber', identity.idNumber);
        if (person) {
          if (person.oidcSubject) throw new AppError('OIDC_FAILED', '该身份证号码已关联其他统一身份认证账号');
          return tx.accounts.update(person.id, { oidcIssuer: identity.issuer, oidcSubject: identity.subject });
        }
        const phoneFree = identity.phone && !(await tx.accounts.findCitizenBy('phone', identity.phone));
        try {
          return await tx.accounts.insert({
            kind: 'citizen', name: identity.name, idNumber: identity.idNumber, phone: phoneFree ? identity.phone : null,
            regionCode: identity.idNumber.slice(0, 6), oidcIssuer: identity.issuer, oidcSubject: identity.subject,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw new AppError('OIDC_FAILED', '账号正在创建，请重试');
          throw error;
        }
      });
      return { ...(await openSession(account, 'oidc', ctx)), next: pending.next };
    },

    async signOut(resolved: ResolvedSession, ctx: RequestContext): Promise<void> {
      await inTx(async (tx) => {
        await tx.sessions.revoke(resolved.tokenHash);
        await tx.audit.record({
          actor: { id: resolved.account.id, name: resolved.account.name, role: resolved.account.kind }, action: 'auth:sign-out',
          resource: { type: 'account', id: resolved.account.id }, outcome: 'succeeded', ip: ctx.ip,
        });
      });
    },

    /** 修改密码: the current one is checked; other sessions of the account end. */
    async changePassword(resolved: ResolvedSession, input: ChangePasswordRequest, ctx: RequestContext): Promise<void> {
      const { account } = resolved;
      // An account made by the identity provider has no password yet: its first one needs no current one.
      if (account.passwordHash !== null) {
        if (!input.currentPassword) throw new AppError('VALIDATION_FAILED', '请输入当前密码', { field: 'currentPassword' });
        const ok = await verifyPassword(account.passwordHash, input.currentPassword, deps.config.passwordCost);
        if (!ok) throw new AppError('VALIDATION_FAILED', '当前密码不正确', { field: 'currentPassword' });
      }
      if (input.currentPassword === input.newPassword) throw new AppError('VALIDATION_FAILED', '新密码不能与当前密码相同', { field: 'newPassword' });
      const reason = weakPasswordReason(input.newPassword, [account.phone, account.idNumber, account.username, account.uscc]);
      if (reason) throw new AppError('VALIDATION_FAILED', reason, { field: 'newPassword' });
      const passwordHash = await hashPassword(input.newPassword, deps.config.passwordCost);
      await inTx(async (tx) => {
        await tx.accounts.update(account.id, { passwordHash, mustChangePassword: false });
        await tx.creds.revokeSessionsOf(account.id, clock(), resolved.tokenHash);
        await tx.audit.record({
          actor: { id: account.id, name: account.name, role: account.kind }, action: 'auth:change-password',
          resource: { type: 'account', id: account.id }, outcome: 'succeeded', ip: ctx.ip,
        });
      });
    },

    /** 代办: act for an enterprise that lists the person as an agent, or as oneself again. */
    async setActingFor(resolved: ResolvedSession, enterpriseId: string | null, ctx: RequestContext): Promise<void> {
      const { account } = resolved;
      if (enterpriseId !== null) {
        if (account.kind !== 'citizen') throw new AppError('NOT_AN_AGENT', '只有个人用户可以作为经办人代单位办理');
        const repo = accountsRepository(deps.db);
        const enterprise = await repo.findById(enterpriseId);
        if (!enterprise || enterprise.kind !== 'enterprise' || !(await repo.isActiveAgent(enterpriseId, account.id))) {
          await inTx((tx) => tx.audit.record({
            actor: { id: account.id, name: account.name, role: 'citizen' }, action: 'enterprise:act-for',
            resource: { type: 'account', id: enterpriseId }, outcome: 'denied', ip: ctx.ip,
          }));
          throw new AppError('NOT_AN_AGENT', '您不是该单位的经办人（可能已被单位移除），不能代其办理');
        }
      }
      await inTx(async (tx) => {
        await tx.creds.updateSession(resolved.tokenHash, { actingFor: enterpriseId });
        if (enterpriseId) {
          await tx.audit.record({
            actor: { id: account.id, name: account.name, role: 'citizen' }, action: 'enterprise:act-for',
            resource: { type: 'account', id: enterpriseId }, outcome: 'succeeded', ip: ctx.ip,
            detail: { agent: account.idNumber ? maskIdentifier(account.idNumber) : null },
          });
        }
      });
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
