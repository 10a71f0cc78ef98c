import crypto from 'node:crypto';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import type { SigningKeyRow } from './certificates.repository.js';
import { unseal } from './signatures.js';

/** A department's Ed25519 key as the VC libraries use it, named by its `did:key`. */
export interface CredentialKey {
  /** `did:key:z6Mk…`: the issuer of what the key signs */
  did: string;
  /** The key pair for the Ed25519Signature2020 suite (its private part stays in this process) */
  pair: Ed25519VerificationKey2020;
}

/**
 * The Ed25519 keys of the key store (密钥库) as `did:key` key pairs. The stored private key (PKCS#8 DER, sealed under
 * the master key) is unsealed here and turned into the 32-byte seed the suite derives its key pair from; the
 * derived public key must be the stored one. Made once per key and kept, like the key store keeps its signers.
 */
export function createCredentialKeys(masterKey: Buffer) {
  const keys = new Map<string, Promise<CredentialKey>>();

  async function convert(row: SigningKeyRow): Promise<CredentialKey> {
    if (row.algorithm !== 'Ed25519') throw new Error(`key ${row.id} is not an Ed25519 key`);
    const privateKey = crypto.createPrivateKey({ key: Buffer.from(unseal(masterKey, row.id, row.sealedPrivateKey), 'base64'), format: 'der', type: 'pkcs8' });
    const seed = privateKey.export({ format: 'jwk' }).d;
    if (!seed) throw new Error(`key ${row.id} has no private part`);
    const pair = await Ed25519VerificationKey2020.generate({ seed: Buffer.from(seed, 'base64url') });
    // The did:key names the public key the certificates were verified with: the derived pair must be that key.
    const probe = Buffer.from(`did:key ${row.id}`);
    const spki = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
    if (spki !== row.publicKey || !(await pair.verifier().verify({ data: probe, signature: crypto.sign(null, probe, privateKey) }))) {
      throw new Error(`key ${row.id}: the sealed private key does not belong to its public key`);
    }
    const did = `did:key:${pair.fingerprint()}`;
    pair.controller = did;
    pair.id = `${did}#${pair.fingerprint()}`;
    return { did, pair };
  }

  return {
    /** The key pair of a stored Ed25519 key (current or retired: a retired key still speaks for what it signed). */
    of(row: SigningKeyRow): Promise<CredentialKey> {
      let key = keys.get(row.id);
      if (!key) {
        key = convert(row);
        keys.set(row.id, key);
        key.catch(() => keys.delete(row.id));
      }
      return key;
    },
  };
}

export type CredentialKeys = ReturnType<typeof createCredentialKeys>;
