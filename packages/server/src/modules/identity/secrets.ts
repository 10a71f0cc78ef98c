import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id of @node-rs/argon2 (a const enum, which isolated modules cannot read).
const ARGON2ID = 2;

/** argon2id cost (OWASP: 19 MiB, 2 passes, 1 lane); tests may lower it. */
export interface PasswordCost { memoryCost: number; timeCost: number }
export const DEFAULT_PASSWORD_COST: PasswordCost = { memoryCost: 19_456, timeCost: 2 };

export function hashPassword(password: string, cost: PasswordCost = DEFAULT_PASSWORD_COST): Promise<string> {
  return hash(password, { algorithm: ARGON2ID as never, memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: 1 });
}

/** Whether the password matches the stored hash; a missing hash (unknown account) still costs one verification. */
export async function verifyPassword(stored: string | null, password: string, cost: PasswordCost = DEFAULT_PASSWORD_COST): Promise<boolean> {
  const target = stored ?? (await dummyHash(cost));
  try {
    const ok = await verify(target, password);
    return stored !== null && ok;
  } catch {
    return false;
  }
}

const dummies = new Map<string, Promise<string>>();
function dummyHash(cost: PasswordCost): Promise<string> {
  const key = `${cost.memoryCost}/${cost.timeCost}`;
  let h = dummies.get(key);
  if (!h) dummies.set(key, (h = hashPassword(randomToken(16), cost)));
  return h;
}

/**
 * Refuses passwords that the rules of the form cannot catch: one that contains the person's own identifiers
 * (phone, ID number, login name) or is among the most guessed ones. Returns the reason, or null.
 */
export function weakPasswordReason(password: string, identifiers: (string | null | undefined)[]): string | null {
  const lower = password.toLowerCase();
  for (const id of identifiers) {
    if (id && id.length >= 4 && lower.includes(id.toLowerCase())) return '密码不能包含手机号码、身份证号码或登录名';
    if (id && id.length >= 8 && lower.includes(id.slice(-6).toLowerCase())) return '密码不能包含手机号码、身份证号码或登录名';
  }
  if (COMMON.has(lower) || /(.)\1{4,}/.test(lower)) {
    return '密码过于常见，请换一个不易猜到的密码';
  }
  return null;
}

const COMMON = new Set([
  'password1', 'password123', 'passw0rd', 'a1234567', 'a12345678', 'abc12345', 'abc123456', 'abcd1234', 'qwer1234',
  'qwe12345', 'qwerty123', '1qaz2wsx', 'q1w2e3r4', 'aa123456', 'woaini1314', 'iloveyou1', 'admin123', 'admin1234',
  'test1234', 'zxcvbnm1', '1234qwer', 'asdf1234', 'changeme1',
]);

/** URL-safe random text with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A 6-digit one-time code. */
export function randomDigits(n = 6): string {
  return Array.from({ length: n }, () => String(randomInt(10))).join('');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function equalSecrets(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A first password for a new staff account: readable, with letters and digits (shown once). */
export function initialPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = (set: string, n: number) => Array.from({ length: n }, () => set[randomInt(set.length)]).join('');
  return `${pick(letters, 4)}${pick('23456789', 4)}${pick(letters, 4)}`;
}
