/** How repeated sign-in failures are answered: first slowed down, then locked out for a while. */
export interface ThrottlePolicy {
  /** Failures allowed before each further attempt must wait. */
  slowDownAfter: number;
  /** Failures after which the account identifier is locked. */
  lockAfter: number;
  lockMinutes: number;
  /** The first wait; each further failure doubles it (capped at a minute). */
  baseDelaySeconds: number;
  /** A quiet spell after which the count starts again. */
  forgetAfterMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { slowDownAfter: 3, lockAfter: 10, lockMinutes: 15, baseDelaySeconds: 2, forgetAfterMinutes: 60 };

/** The failure record of one account identifier (登录失败计数). */
export interface ThrottleState { key: string; failures: number; lastFailureAt: Date; lockedUntil: Date | null }

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; code: 'AUTH_LOCKED' | 'AUTH_SLOW_DOWN'; retryAfterSeconds: number; message: string };

function waitSeconds(failures: number, p: ThrottlePolicy): number {
  if (failures < p.slowDownAfter) return 0;
  return Math.min(60, p.baseDelaySeconds * 2 ** (failures - p.slowDownAfter));
}

const fresh = (s: ThrottleState | null, now: Date, p: ThrottlePolicy): ThrottleState | null =>
  s && now.getTime() - s.lastFailureAt.getTime() < p.forgetAfterMinutes * 60_000 ? s : null;

/** May a sign-in be tried now for this identifier? */
export function throttleVerdict(state: ThrottleState | null, now: Date, p: ThrottlePolicy): ThrottleVerdict {
  if (state?.lockedUntil && state.lockedUntil > now) {
    const seconds = Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
    return { allowed: false, code: 'AUTH_LOCKED', retryAfterSeconds: seconds, message: `登录失败次数过多，账号已临时锁定，请 ${Math.ceil(seconds / 60)} 分钟后再试` };
  }
  const s = fresh(state, now, p);
  if (!s) return { allowed: true };
  const readyAt = s.lastFailureAt.getTime() + waitSeconds(s.failures, p) * 1000;
  if (readyAt > now.getTime()) {
    const seconds = Math.ceil((readyAt - now.getTime()) / 1000);
    return { allowed: false, code: 'AUTH_SLOW_DOWN', retryAfterSeconds: seconds, message: `登录失败次数较多，请 ${seconds} 秒后再试` };
  }
  return { allowed: true };
}

/** The record after one more failure; it locks once the failures reach the limit. */
export function recordFailure(state: ThrottleState | null, key: string, now: Date, p: ThrottlePolicy): ThrottleState {
  const s = fresh(state, now, p);
  const failures = (s?.failures ?? 0) + 1;
  const lockedUntil = failures >= p.lockAfter ? new Date(now.getTime() + p.lockMinutes * 60_000) : null;
  return { key, failures: lockedUntil ? 0 : failures, lastFailureAt: now, lockedUntil };
}
