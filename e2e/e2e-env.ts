import os from 'node:os';
import path from 'node:path';

/** The port of the server the journeys start (and the folder of its fresh data). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 18080);

/** YIWANG_DATA_DIR of that server: the database, and the SMS outbox the journeys read codes from. */
export const E2E_DATA_DIR = path.join(os.tmpdir(), `yiwang-e2e-${E2E_PORT}`);

/** Where the server writes the text messages it "sends": one JSON object a line, `{ at, phone, text }`. */
export const SMS_OUTBOX = path.join(E2E_DATA_DIR, 'sms-outbox.jsonl');
