import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key store's master key: `YIWANG_KEY_SECRET` (32 bytes, base64 or hex), or a file beside the data that is
 * made on first start (mode 0600). Losing it means the departments' private keys cannot sign again (what they
 * signed still verifies: public keys are not sealed) — back it up apart from the database.
 */
export function loadMasterKey(secret: string | undefined, dataDir: string): Buffer {
  if (secret) {
    const key = /^[0-9a-f]{64}$/i.test(secret) ? Buffer.from(secret, 'hex') : Buffer.from(secret, 'base64');
    if (key.length !== 32) throw new Error('YIWANG_KEY_SECRET must be 32 bytes, as 64 hex digits or base64');
    return key;
  }
  const file = path.join(dataDir, 'keys', 'master.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}
