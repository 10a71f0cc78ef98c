import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, generateKeyMaterial, seal, signerFor, unseal, verifierFor } from './signatures.js';

const data = canonicalJson({ identifier: '1.2.156.3005.2.X', face: [{ key: 'name', value: '湘味小馆' }], holder: { name: '张三' } });

describe.each(['SM2-SM3', 'Ed25519'] as const)('%s signatures', (algorithm) => {
  const key = generateKeyMaterial(algorithm);
  const sign = signerFor(key);
  const verify = verifierFor(algorithm, key.publicKey);

  it('verifies what the key signed', () => {
    expect(verify(data, sign(data))).toBe(true);
  });

  it('refuses a tampered field, another key, and a garbled signature', () => {
    const signature = sign(data);
    expect(verify(data.replace('湘味小馆', '湘味大馆'), signature)).toBe(false);
    expect(verifierFor(algorithm, generateKeyMaterial(algorithm).publicKey)(data, signature)).toBe(false);
    expect(verify(data, 'not a signature')).toBe(false);
    expect(verify(data, signature.slice(0, -4) + (signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'))).toBe(false);
  });
});

describe('SM2 is GB/T 32918 SM2, not ECDSA on its curve', () => {
  it('verifies the standard’s own example signature (GM/T 0003.5 appendix A: "message digest", ID 1234567812345678)', () => {
    const publicKey = '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13';
    const signature = 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa';
    const verify = verifierFor('SM2-SM3', publicKey);
    expect(verify('message digest', signature)).toBe(true);
    expect(verify('message digesT', signature)).toBe(false);
  });
});

describe('canonical form and sealing', () => {
  it('orders keys so that the same data always signs the same bytes', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
  });

  it('seals a private key under the master key, bound to the key id', () => {
    const master = crypto.randomBytes(32);
    const sealed = seal(master, 'k1', 'secret');
    expect(sealed).not.toContain('secret');
    expect(unseal(master, 'k1', sealed)).toBe('secret');
    expect(() => unseal(master, 'k2', sealed)).toThrow();
    expect(() => unseal(crypto.randomBytes(32), 'k1', sealed)).toThrow();
  });
});
