import { ROLE_GRANTS, type Action, type Actor, type RoleCode, type SessionView } from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import type { IdentityConfig } from './identity.config.js';
import { accountsRepository, credentialsRepository, type AccountRow, type SessionRow } from './identity.repository.js';
import { presentAccount, presentEnterpriseRef } from './identity.presenter.js';
import { randomToken, sha256 } from './secrets.js';

/** A session as a request sees it: the row, the account, and the enterprise the person acts for. */
export interface ResolvedSession {
  tokenHash: string;
  session: SessionRow;
  account: AccountRow;
  actingFor: AccountRow | null;
}

/** A freshly opened session: the secrets go into cookies, once; `resolved` is the session as a request will see it. */
export interface OpenedSession { token: string; csrfToken: string; expiresAt: Date; resolved: ResolvedSession }

export type SessionLookup = { state: 'active'; resolved: ResolvedSession } | { state: 'expired' } | { state: 'none' };

/** The actions an account's roles grant, for menus. */
export function grantedActions(roles: readonly string[]): Action[] {
  const actions = new Set<Action>();
  for (const role of roles) {
    if (Object.hasOwn(ROLE_GRANTS, role)) for (const a of ROLE_GRANTS[role as RoleCode].actions) actions.add(a);
  }
  return [...actions];
}

/** 操作主体 of a signed-in account; a person acting for an enterprise acts as the enterprise, noted as its agent. */
export function actorOf(account: AccountRow, actingFor: AccountRow | null): Actor {
  if (actingFor) {
    return {
      kind: 'enterprise', id: actingFor.id, name: actingFor.name, roles: [], departmentIds: [], regionCode: null,
      agent: { id: account.id, name: account.name },
    };
  }
  const staff = account.kind === 'staff';
  return {
    kind: account.kind as Actor['kind'],
    id: account.id,
    name: account.name,
    roles: staff ? (account.roles as RoleCode[]) : [],
    departmentIds: staff ? account.departmentIds : [],
    regionCode: staff ? account.regionCode : null,
  };
}

/** 会话: opening, finding (with idle and absolute expiry), and describing sessions. */
export function sessionStore(db: Db, config: IdentityConfig, clock: () => Date) {
  const creds = credentialsRepository(db);
  const accounts = accountsRepository(db);
  const idleMs = config.sessionIdleMinutes * 60_000;

  return {
    async open(account: AccountRow, method: string, ip: string | null): Promise<OpenedSession> {
      const now = clock();
      const token = randomToken(32);
      const csrfToken = randomToken(24);
      const expiresAt = new Date(now.getTime() + config.sessionMaxHours * 3_600_000);
      const session: SessionRow = {
        tokenHash: sha256(token), accountId: account.id, actingFor: null, csrfToken, method, ip, createdAt: now, lastSeenAt: now,
        expiresAt, revokedAt: null,
      };
      await creds.insertSession(session);
      await accounts.touchSignIn(account.id, now);
      return { token, csrfToken, expiresAt, resolved: { tokenHash: session.tokenHash, session, account, actingFor: null } };
    },

    /** Finds the session of a cookie token. Idle or past its end: expired. Seen again: its idle clock restarts. */
    async lookup(token: string): Promise<SessionLookup> {
      const tokenHash = sha256(token);
      const found = await creds.findSession(tokenHash);
      if (!found || found.session.revokedAt) return { state: 'none' };
      const { session, account } = found;
      const now = clock();
      if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > idleMs) return { state: 'expired' };
      if (account.disabled) return { state: 'none' };
      let actingFor: AccountRow | null = null;
      const patch: Partial<SessionRow> = {};
      if (session.actingFor) {
        // The enterprise may have removed the agent since: the person then acts as themself again.
        actingFor = await accounts.findEnterpriseOfAgent(session.actingFor, account.id);
        if (!actingFor || actingFor.disabled) { actingFor = null; patch.actingFor = null; }
      }
      if (now.getTime() - session.lastSeenAt.getTime() > 60_000) patch.lastSeenAt = now;
      if (Object.keys(patch).length > 0) await creds.updateSession(tokenHash, patch);
      return { state: 'active', resolved: { tokenHash, session: { ...session, ...patch }, account, actingFor } };
    },

    async revoke(tokenHash: string): Promise<void> {
      await creds.updateSession(tokenHash, { revokedAt: clock() });
    },

    async view(resolved: ResolvedSession | null): Promise<SessionView> {
      if (!resolved) {
        return { account: null, actingFor: null, enterprises: [], actions: [], csrfToken: null, expiresAt: null, idleMinutes: config.sessionIdleMinutes };
      }
      const { account, actingFor, session } = resolved;
      const enterprises = account.kind === 'citizen' ? await accounts.listEnterprisesOfAgent(account.id) : [];
      return {
        account: presentAccount(account),
        actingFor: actingFor ? presentEnterpriseRef(actingFor) : null,
        enterprises: enterprises.map(presentEnterpriseRef),
        actions: account.kind === 'staff' ? grantedActions(account.roles) : [],
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
        idleMinutes: config.sessionIdleMinutes,
      };
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
