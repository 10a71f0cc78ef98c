import type { Action } from '@yiwang/contracts';

/**
 * 接口权限: what a route needs. `public` — anyone; `session` — any signed-in account, even one that must first
 * change its password; `signed-in` — any signed-in account; `applicant` — a person or an enterprise (or its
 * agent); `enterprise` — an enterprise account itself; an action — a staff member (or partner token) whose roles
 * grant it, with the resource then checked by the service through the policy.
 */
export type RoutePermission = 'public' | 'session' | 'signed-in' | 'applicant' | 'enterprise' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route declares one; a route without it is refused (and a test lists them all). */
    permission?: RoutePermission;
    /** false: the use case writes its own audit entry inside its transaction. */
    auditWrites?: boolean;
  }
}
