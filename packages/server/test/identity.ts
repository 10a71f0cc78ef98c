import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_THROTTLE, type IdentityConfig } from '../src/modules/identity/index.js';

/** Identity settings for tests: a cheap argon2id cost (the algorithm is the same), an outbox in a fresh folder. */
export function testIdentityConfig(overrides: Partial<IdentityConfig> = {}): IdentityConfig {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yiwang-identity-'));
  return {
    sessionIdleMinutes: 30,
    sessionMaxHours: 12,
    cookieSecure: false,
    throttle: DEFAULT_THROTTLE,
    passwordCost: { memoryCost: 1024, timeCost: 1 },
    smsOutboxFile: path.join(dir, 'sms-outbox.jsonl'),
    oidc: null,
    ...overrides,
  };
}

/** The newest code sent to a phone, read from the outbox file as a developer would. */
export function lastSmsCode(config: IdentityConfig, phone: string): string {
  const lines = fs.existsSync(config.smsOutboxFile) ? fs.readFileSync(config.smsOutboxFile, 'utf8').trim().split('\n') : [];
  for (const line of lines.reverse()) {
    const msg = JSON.parse(line) as { phone: string; text: string };
    if (msg.phone === phone) return /(\d{6})/.exec(msg.text)![1]!;
  }
  throw new Error(`no SMS to ${phone} in the outbox`);
}
