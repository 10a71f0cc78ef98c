import { describe, expect, it } from 'vitest';
import { recordFailure, throttleVerdict, type ThrottlePolicy, type ThrottleState } from './throttle.js';
import { weakPasswordReason } from './secrets.js';

const policy: ThrottlePolicy = { slowDownAfter: 3, lockAfter: 6, lockMinutes: 15, baseDelaySeconds: 2, forgetAfterMinutes: 60 };
const at = (s: number) => new Date(Date.UTC(2026, 10, 25, 1, 0, 0) + s * 1000);

describe('sign-in throttle', () => {
  it('lets the first failures through, then makes each attempt wait twice as long', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 3; i++) {
      expect(throttleVerdict(state, at(i), policy).allowed).toBe(true);
      state = recordFailure(state, 'k', at(i), policy);
    }
    expect(throttleVerdict(state, at(3), policy)).toMatchObject({ allowed: false, code: 'AUTH_SLOW_DOWN', retryAfterSeconds: 1 });
    expect(throttleVerdict(state, at(4), policy).allowed).toBe(true);
    state = recordFailure(state, 'k', at(4), policy);
    expect(throttleVerdict(state, at(7), policy)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(throttleVerdict(state, at(8), policy).allowed).toBe(true);
  });

  it('locks at the limit for the configured minutes, then starts counting again', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 6; i++) state = recordFailure(state, 'k', at(i * 100), policy);
    expect(state!.lockedUntil).toEqual(new Date(at(500).getTime() + 15 * 60_000));
    expect(throttleVerdict(state, at(501), policy)).toMatchObject({ allowed: false, code: 'AUTH_LOCKED', message: expect.stringContaining('15 分钟') });
    expect(throttleVerdict(state, at(500 + 15 * 60), policy).allowed).toBe(true);
  });

  it('forgets failures after a quiet hour', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 5; i++) state = recordFailure(state, 'k', at(i * 60), policy);
    expect(throttleVerdict(state, at(4 * 60 + 1), policy).allowed).toBe(false);
    expect(throttleVerdict(state, at(4 * 60 + 3601), policy).allowed).toBe(true);
    expect(recordFailure(state, 'k', at(4 * 60 + 3601), policy).failures).toBe(1);
  });
});

describe('weak passwords', () => {
  it('refuses a password holding the phone, the ID number or its end, or a common one', () => {
    expect(weakPasswordReason('a13812345678', ['13812345678'])).toContain('手机号码');
    expect(weakPasswordReason('zs071234ab', ['430102199003071234'])).toContain('身份证号码');
    expect(weakPasswordReason('Abcd1234', [])).toContain('过于常见');
    expect(weakPasswordReason('aaaaaa12', [])).toContain('过于常见');
    expect(weakPasswordReason('Sunny2026day', ['13812345678', '430102199003071234'])).toBeNull();
  });
});
