import crypto from 'node:crypto';
import { sm2, sm3 } from 'sm-crypto-v2';
import type { SignatureAlgorithm } from '@yiwang/contracts';

/**
 * Signing and verification of certificate data: SM2 with SM3 (GB/T 32918, through sm-crypto-v2 — a real SM2
 * signature with the Z value of the signer's identity, not ECDSA on the SM2 curve) and Ed25519 (node:crypto).
 * Keys travel as text: SM2 as hex (uncompressed public point, 32-byte private scalar), Ed25519 as base64 DER
 * (SPKI public, PKCS#8 private).
 */

/** GB/T 35276's default signer identity, used in the SM2 Z value. */
const SM2_USER_ID = '1234567812345678';

export interface KeyMaterial { algorithm: SignatureAlgorithm; publicKey: string; privateKey: string }

export function generateKeyMaterial(algorithm: SignatureAlgorithm): KeyMaterial {
  if (algorithm === 'SM2-SM3') {
    const kp = sm2.generateKeyPairHex();
    return { algorithm, publicKey: kp.publicKey, privateKey: kp.privateKey };
  }
  const kp = crypto.generateKeyPairSync('ed25519');
  return {
    algorithm,
    publicKey: kp.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: kp.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

/** A signer for one key pair; the parsed key is kept. */
export function signerFor(key: KeyMaterial): (data: string) => string {
  if (key.algorithm === 'SM2-SM3') {
    return (data) => sm2.doSignature(data, key.privateKey, { hash: true, publicKey: key.publicKey, userId: SM2_USER_ID });
  }
  const priv = crypto.createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return (data) => crypto.sign(null, Buffer.from(data, 'utf8'), priv).toString('base64url');
}

/**
 * A verifier for one public key, parsed once: the SM2 point is precomputed (about 6× faster than from hex) and its
 * Z value computed once, the Ed25519 key object kept (parsing per call costs ~40 %). A malformed signature is invalid, never an exception.
 */
export function verifierFor(algorithm: SignatureAlgorithm, publicKey: string): (data: string, signature: string) => boolean {
  if (algorithm === 'SM2-SM3') {
    const point = sm2.precomputePublicKey(publicKey);
    // Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ G ‖ P) depends on the key alone: computed once, and e = SM3(Z ‖ M) per message.
    const z = Buffer.from(sm2.getZ(publicKey, SM2_USER_ID));
    return (data, signature) => {
      if (!/^[0-9a-f]{128}$/i.test(signature)) return false;
      try {
        const e = Buffer.from(sm3(Buffer.concat([z, Buffer.from(data, 'utf8')])), 'hex');
        return sm2.doVerifySignature(e, signature, point, { hash: false });
      } catch {
        return false;
      }
    };
  }
  const pub = crypto.createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  return (data, signature) => {
    try {
      return crypto.verify(null, Buffer.from(data, 'utf8'), pub, Buffer.from(signature, 'base64url'));
    } catch {
      return false;
    }
  };
}

/** The one text form of a value that is signed: keys sorted, no whitespace (RFC 8785 for the values used here). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** AES-256-GCM sealing of private keys under the key store's master key, bound to the key's id. */
export function seal(masterKey: Buffer, keyId: string, plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(keyId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal(masterKey: Buffer, keyId: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', masterKey, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
