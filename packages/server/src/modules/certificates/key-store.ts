import { randomBytes } from 'node:crypto';
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '@yiwang/contracts';
import type { CertificatesRepository, SigningKeyRow } from './certificates.repository.js';
import { generateKeyMaterial, seal, signerFor, unseal, verifierFor } from './signatures.js';
import type { VerifyPool } from './verify-pool.js';

/** A signature as a certificate keeps it. */
export interface StoredSignature { algorithm: SignatureAlgorithm; keyId: string; value: string }

/**
 * 密钥库: each issuing department's SM2 and Ed25519 key pairs, private parts sealed under the master key in the
 * database and unsealed only in this process to sign. Parsed keys are kept: signing and verifying do not parse.
 * With a pool, signatures are checked on its threads (and here, should a thread fail).
 */
export function createKeyStore(masterKey: Buffer, pool?: VerifyPool) {
  if (masterKey.length !== 32) throw new Error('the key store master key must be 32 bytes');
  const signers = new Map<string, (data: string) => string>();
  // Public keys never change: a key's verifier, once made, serves every later verification without a query.
  const verifiers = new Map<string, { algorithm: SignatureAlgorithm; publicKey: string; verify: (data: string, signature: string) => boolean }>();

  const signerOf = (row: SigningKeyRow) => {
    let sign = signers.get(row.id);
    if (!sign) {
      sign = signerFor({ algorithm: row.algorithm as SignatureAlgorithm, publicKey: row.publicKey, privateKey: unseal(masterKey, row.id, row.sealedPrivateKey) });
      signers.set(row.id, sign);
    }
    return sign;
  };

  const remember = (row: SigningKeyRow) => {
    const algorithm = row.algorithm as SignatureAlgorithm;
    if (!verifiers.has(row.id)) verifiers.set(row.id, { algorithm, publicKey: row.publicKey, verify: verifierFor(algorithm, row.publicKey) });
  };

  async function createKeys(repo: CertificatesRepository, departmentId: string, algorithms: readonly SignatureAlgorithm[], now: Date) {
    for (const algorithm of algorithms) {
      const id = `${algorithm === 'SM2-SM3' ? 'sm2' : 'ed25519'}-${randomBytes(6).toString('hex')}`;
      const key = generateKeyMaterial(algorithm);
      await repo.insertKey({ id, departmentId, algorithm, publicKey: key.publicKey, sealedPrivateKey: seal(masterKey, id, key.privateKey), createdAt: now });
    }
  }

  return {
    /** Signs with the department's keys in use, one signature per algorithm (keys made on first use). */
    async sign(repo: CertificatesRepository, departmentId: string, data: string, now: Date): Promise<StoredSignature[]> {
      let keys = await repo.currentKeys(departmentId);
      const missing = SIGNATURE_ALGORITHMS.codes.filter((a) => !keys.some((k) => k.algorithm === a));
      if (missing.length) {
        await createKeys(repo, departmentId, missing, now);
        keys = await repo.currentKeys(departmentId);
      }
      return SIGNATURE_ALGORITHMS.codes.map((algorithm) => {
        const key = keys.find((k) => k.algorithm === algorithm)!;
        return { algorithm, keyId: key.id, value: signerOf(key)(data) };
      });
    },

    /** Checks each signature with the key it names; a key that is unknown, or of another algorithm, fails it. */
    async verify(repo: CertificatesRepository, signatures: StoredSignature[], data: string) {
      const unknown = signatures.map((s) => s.keyId).filter((id) => !verifiers.has(id));
      if (unknown.length) for (const row of await repo.findKeys(unknown)) remember(row);
      // A signature whose key is unknown, or of another algorithm, is not checked: it fails.
      const checkable = signatures.flatMap((s) => {
        const key = verifiers.get(s.keyId);
        return key && key.algorithm === s.algorithm ? [{ s, key }] : [];
      });
      const checks = checkable.map(({ s, key }) => ({ keyId: s.keyId, algorithm: s.algorithm, publicKey: key.publicKey, signature: s.value }));
      const valid = (pool && checks.length ? await pool.check(data, checks).catch(() => null) : null)
        ?? checkable.map(({ s, key }) => key.verify(data, s.value));
      const byCheck = new Map(checkable.map(({ s }, i) => [s, valid[i]!]));
      return signatures.map((s) => ({ algorithm: s.algorithm, keyId: s.keyId, valid: byCheck.get(s) ?? false }));
    },

    /** 密钥轮换: new key pairs sign from now on; the retired ones still verify what they signed. */
    async rotate(repo: CertificatesRepository, departmentId: string, now: Date): Promise<void> {
      await repo.retireKeys(departmentId, now);
      await createKeys(repo, departmentId, SIGNATURE_ALGORITHMS.codes, now);
    },

  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;
