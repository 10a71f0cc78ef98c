import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * 短信网关: how the platform sends a text message. Plug in a provider by implementing `send` (it must throw when
 * the provider refuses, so that the caller can report it); the default writes to an outbox file.
 */
export interface SmsGateway {
  send(message: { phone: string; text: string }): Promise<void>;
}

/**
 * The default gateway: appends each message as one JSON line `{at, phone, text}` to a file (the SMS outbox),
 * which developers and the tests read instead of a phone.
 */
export function createOutboxSmsGateway(file: string, clock: () => Date = () => new Date()): SmsGateway {
  let ready: Promise<unknown> | null = null;
  return {
    async send({ phone, text }) {
      ready ??= fs.mkdir(path.dirname(file), { recursive: true });
      await ready;
      await fs.appendFile(file, `${JSON.stringify({ at: clock().toISOString(), phone, text })}\n`, { mode: 0o600 });
    },
  };
}
