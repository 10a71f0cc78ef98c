import { parentPort } from 'node:worker_threads';
import type { SignatureAlgorithm } from '@yiwang/contracts';
import { verifierFor } from './signatures.js';

/** A batch of signature checks over one signed text, as the pool sends it (verify-pool.ts). */
export interface CheckRequest {
  id: number;
  data: string;
  checks: { keyId: string; algorithm: SignatureAlgorithm; publicKey: string; signature: string }[];
}

export interface CheckAnswer { id: number; valid: boolean[] }

// A key's verifier, parsed once in this thread: public keys never change under their id.
const verifiers = new Map<string, (data: string, signature: string) => boolean>();

parentPort!.on('message', (req: CheckRequest) => {
  const valid = req.checks.map((c) => {
    let verify = verifiers.get(c.keyId);
    if (!verify) verifiers.set(c.keyId, (verify = verifierFor(c.algorithm, c.publicKey)));
    return verify(req.data, c.signature);
  });
  parentPort!.postMessage({ id: req.id, valid } satisfies CheckAnswer);
});
