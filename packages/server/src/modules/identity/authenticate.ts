import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { ACTIONS, type Action, type Actor } from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError, type RoutePermission } from '../../platform/http/index.js';
import { auditActorOf, createAuditService, type AuditActorRef } from '../audit/index.js';
import type { RegionsService } from '../regions/index.js';
import type { IdentityConfig } from './identity.config.js';
import { credentialsRepository, type AccountRow } from './identity.repository.js';
import { can } from './policy/index.js';
import { equalSecrets, sha256 } from './secrets.js';
import { actorOf, sessionStore, type OpenedSession, type ResolvedSession } from './sessions.js';

export const SESSION_COOKIE = 'yw_session';
export const CSRF_COOKIE = 'yw_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** 操作主体 of the request; null: nobody signed in. */
    actor: Actor | null;
    /** The cookie session, when the request came with one. */
    session: ResolvedSession | null;
  }
}

export interface AuthenticationDeps {
  db: Db;
  config: IdentityConfig;
  regions: RegionsService;
  clock?: () => Date;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isAction = (p: RoutePermission): p is Action => (ACTIONS.codes as readonly string[]).includes(p);

export function setSessionCookies(reply: FastifyReply, opened: OpenedSession, config: IdentityConfig): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: config.cookieSecure, expires: opened.expiresAt };
  reply.setCookie(SESSION_COOKIE, opened.token, { ...common, httpOnly: true });
  // Readable by the page, which echoes it in X-CSRF-Token: a cross-site form cannot.
  reply.setCookie(CSRF_COOKIE, opened.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** The account a signed-in request acts as (the enterprise when a person acts for it), as the session read it. */
export function sessionAccountOf(request: FastifyRequest): AccountRow | null {
  return request.session ? (request.session.actingFor ?? request.session.account) : null;
}

/** The audit reference of a request's actor (or of nobody). */
export function requestAuditActor(request: FastifyRequest, role?: string): AuditActorRef {
  const actor = request.actor;
  if (!actor) return { id: null, name: '未登录访问者', role: null };
  const ref = auditActorOf(actor, role as never);
  return actor.agent ? { ...ref, name: `${actor.agent.name}（代 ${actor.name}）` } : ref;
}

/**
 * Who is asking, and may they use this route: reads the partner token or the session cookie, checks CSRF on
 * cookie writes, the forced first password change and the route's declared permission. Denials and staff writes
 * go to the audit log.
 */
export async function installAuthentication(app: FastifyInstance, deps: AuthenticationDeps): Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const sessions = sessionStore(deps.db, deps.config, clock);
  const creds = credentialsRepository(deps.db);
  const audit = createAuditService({ db: deps.db, clock });
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  async function partnerActor(token: string): Promise<Actor> {
    const row = token.startsWith('ywp_') ? await creds.findApiTokenByHash(sha256(token)) : null;
    const now = clock();
    if (!row || row.revokedAt || row.expiresAt <= now) throw new AppError('API_TOKEN_INVALID');
    const [dept] = await deps.regions.findDepartments([row.departmentId]);
    if (!dept) throw new AppError('API_TOKEN_INVALID');
    await creds.touchApiToken(row.id, now);
    return {
      kind: 'partner', id: row.id, name: row.name, roles: [], departmentIds: [dept.id], regionCode: dept.regionCode,
      permissions: row.permissions as Action[],
    };
  }

  app.addHook('onRequest', async (request, reply) => {
    const permission = request.routeOptions.config?.permission;
    if (request.is404 || !request.routeOptions.url) return;
    if (!permission) throw new AppError('FORBIDDEN', '该接口未声明访问权限，已拒绝访问');

    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await partnerActor(authorization.slice(7).trim());
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const found = await sessions.lookup(token);
        if (found.state === 'active') {
          request.session = found.resolved;
          request.actor = actorOf(found.resolved.account, found.resolved.actingFor);
          if (!SAFE_METHODS.has(request.method)) {
            const sent = request.headers[CSRF_HEADER];
            if (typeof sent !== 'string' || !equalSecrets(sent, found.resolved.session.csrfToken)) throw new AppError('CSRF_TOKEN_INVALID');
          }
        } else {
          clearSessionCookies(reply);
          if (found.state === 'expired' && permission !== 'public') throw new AppError('SESSION_EXPIRED');
        }
      }
    }
    authorize(request, permission);
  });

  function authorize(request: FastifyRequest, permission: RoutePermission): void {
    if (permission === 'public') return;
    const actor = request.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    const account = request.session?.account;
    if (permission !== 'session' && account?.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (permission === 'session' || permission === 'signed-in') {
      if (actor.kind === 'partner') throw new AppError('FORBIDDEN', '接口令牌不能用于账户操作');
      return;
    }
    if (permission === 'applicant') {
      if (actor.kind !== 'citizen' && actor.kind !== 'enterprise') throw new AppError('FORBIDDEN', '仅个人或法人用户可以使用此功能');
      return;
    }
    if (permission === 'enterprise') {
      if (actor.kind !== 'enterprise' || actor.agent) throw new AppError('FORBIDDEN', '仅法人账户本身可以管理经办人');
      return;
    }
    if (isAction(permission)) {
      const decision = can(actor, permission);
      if (!decision.allowed) throw new AppError('FORBIDDEN', decision.reason);
    }
  }

  // Refusals are written down with who tried what.
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || !['FORBIDDEN', 'CSRF_TOKEN_INVALID', 'NOT_AN_AGENT'].includes(error.code)) return;
    await audit.record({
      actor: requestAuditActor(request), action: String(request.routeOptions.config?.permission ?? 'unknown'),
      resource: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? request.url}` }, outcome: 'denied',
      ip: request.ip, detail: { code: error.code, reason: error.message },
    }).catch((e: unknown) => request.log.error({ err: e }, 'audit: could not record a denial'));
  });

  // Every successful write by staff or a partner system, unless the use case wrote its own entry; written before
  // the answer leaves, so that a client that sees success finds the entry.
  app.addHook('onSend', async (request, reply, payload) => {
    const actor = request.actor;
    const config = request.routeOptions.config;
    if (!actor || (actor.kind !== 'staff' && actor.kind !== 'partner') || SAFE_METHODS.has(request.method)) return payload;
    if (reply.statusCode >= 400 || config?.auditWrites === false) return payload;
    await audit.record({
      actor: requestAuditActor(request), action: String(config?.permission ?? 'unknown'),
      resource: { type: 'route', id: `${request.method} ${request.routeOptions.url}` }, outcome: 'succeeded', ip: request.ip,
      detail: { params: request.params ?? {} },
    }).catch((e: unknown) => request.log.error({ err: e }, 'audit: could not record a write'));
    return payload;
  });
}
