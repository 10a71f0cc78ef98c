import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, generateKeyMaterial, signerFor } from './signatures.js';
import { createVerifyPool } from './verify-pool.js';

const data = canonicalJson({ identifier: '1.2.156.3005.2.X', face: [{ key: 'name', value: '湘味小馆' }] });
const sm2 = { id: 'sm2-a', ...generateKeyMaterial('SM2-SM3') };
const ed = { id: 'ed25519-a', ...generateKeyMaterial('Ed25519') };
const check = (key: typeof sm2, signature: string) => ({ keyId: key.id, algorithm: key.algorithm, publicKey: key.publicKey, signature });

describe('the signature check threads (验签线程池)', () => {
  const pool = createVerifyPool(2);
  afterAll(() => pool.close());

  it('checks SM2 and Ed25519 signatures on its threads, each answer in the order asked', async () => {
    const good = [check(sm2, signerFor(sm2)(data)), check(ed, signerFor(ed)(data))];
    expect(await pool.check(data, good)).toEqual([true, true]);
    // A changed field, a garbled signature, and a signature of the other key.
    expect(await pool.check(data.replace('湘味小馆', '湘味大馆'), good)).toEqual([false, false]);
    expect(await pool.check(data, [check(sm2, 'not a signature'), check(ed, signerFor(sm2)(data))])).toEqual([false, false]);
    // Many at once spread over both threads and come back to their callers.
    const many = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.check(i % 2 ? data : `${data} `, good)));
    expect(many.map((v) => v.every(Boolean))).toEqual(Array.from({ length: 40 }, (_, i) => i % 2 === 1));
  });

  it('refuses checks once closed', async () => {
    const closing = createVerifyPool(1);
    await closing.close();
    await expect(closing.check(data, [check(ed, signerFor(ed)(data))])).rejects.toThrow(/closed/);
  });
});
