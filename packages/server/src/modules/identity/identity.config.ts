import path from 'node:path';
import { DEFAULT_PASSWORD_COST, type PasswordCost } from './secrets.js';
import { DEFAULT_THROTTLE, type ThrottlePolicy } from './throttle.js';
import { oidcConfigFromEnv, type OidcConfig } from './oidc/index.js';

/** Settings of sign-in and sessions (docs/operations.md lists the environment variables). */
export interface IdentityConfig {
  /** A session ends after this many minutes without a request… */
  sessionIdleMinutes: number;
  /** …and at the latest this many hours after sign-in. */
  sessionMaxHours: number;
  /** Send cookies only over HTTPS (set behind TLS). */
  cookieSecure: boolean;
  throttle: ThrottlePolicy;
  passwordCost: PasswordCost;
  /** The SMS outbox file of the default gateway. */
  smsOutboxFile: string;
  /** 统一身份认证 (null: not offered). */
  oidc: OidcConfig | null;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}

export function identityConfigFromEnv(env: NodeJS.ProcessEnv, dataDir: string, publicBaseUrl: string): IdentityConfig {
  return {
    sessionIdleMinutes: positive(env, 'YIWANG_SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: positive(env, 'YIWANG_SESSION_MAX_HOURS', 12),
    cookieSecure: env.YIWANG_COOKIE_SECURE === 'true',
    throttle: DEFAULT_THROTTLE,
    passwordCost: DEFAULT_PASSWORD_COST,
    smsOutboxFile: path.resolve(env.YIWANG_SMS_OUTBOX ?? path.join(dataDir, 'sms-outbox.jsonl')),
    oidc: oidcConfigFromEnv(env, publicBaseUrl),
  };
}
