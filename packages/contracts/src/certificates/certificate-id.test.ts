import { describe, expect, it } from 'vitest';
import {
  certificateIdFromQr, certificateTypeCode, formatCertificateId, mod37_36CheckChar, parseCertificateId,
} from './certificate-id.js';
import { maskPersonName } from './certificate.schema.js';

const TYPE = certificateTypeCode('11430100MB1533372U', 1);
const ISSUER = '11430100MB1533372U';

describe('ISO/IEC 7064 MOD 37,36', () => {
  it('gives the check character of the standard library example', () => {
    // python-stdnum's iso7064.mod_37_36 example: A12425GABC1234002 → M.
    expect(mod37_36CheckChar('A12425GABC1234002')).toBe('M');
  });

  it('catches every single-character substitution of a body, and nearly every adjacent transposition', () => {
    const body = `${TYPE}${ISSUER}2026000001001`;
    const check = mod37_36CheckChar(body);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let i = 0; i < body.length; i++) {
      for (const c of alphabet) {
        if (c === body[i]) continue;
        expect(mod37_36CheckChar(body.slice(0, i) + c + body.slice(i + 1))).not.toBe(check);
      }
    }
    // A hybrid system misses a few transpositions (here 10 ↔ 01 at one position): count, don't promise.
    const swaps = [...body].map((_, i) => i).filter((i) => i + 1 < body.length && body[i] !== body[i + 1]);
    const missed = swaps.filter((i) => mod37_36CheckChar(body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2)) === check);
    expect(missed.length / swaps.length).toBeLessThan(0.05);
  });

  it('refuses characters outside digits and capital letters', () => {
    expect(mod37_36CheckChar('12a')).toBeNull();
  });
});

describe('certificate identifiers', () => {
  const id = formatCertificateId({ typeCode: TYPE, issuerUscc: ISSUER, serial: '202600000001', version: 1 });

  it('formats 1.2.156.3005.2.{type}.{issuer}.{serial}.{version}.{check} and reads it back', () => {
    expect(id).toMatch(/^1\.2\.156\.3005\.2\.11430100MB1533372U001\.11430100MB1533372U\.202600000001\.001\.[0-9A-Z]$/);
    expect(parseCertificateId(id)).toEqual({ ok: true, parts: { typeCode: TYPE, issuerUscc: ISSUER, serial: '202600000001', version: 1 } });
    expect(parseCertificateId(id.toLowerCase()).ok).toBe(true);
  });

  it('says what is wrong with a malformed identifier: a wrong check character is malformed, not unknown', () => {
    const wrongCheck = id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
    expect(parseCertificateId(wrongCheck)).toEqual({ ok: false, reason: '校验位不正确' });
    expect(parseCertificateId('1.2.156.3005.2.x')).toMatchObject({ ok: false });
    expect(parseCertificateId('hello')).toMatchObject({ ok: false, reason: expect.stringContaining('1.2.156.3005.2') });
    expect(parseCertificateId(id.replace('.001.', '.000.'))).toEqual({ ok: false, reason: '版本号应为 001–999' });
    expect(parseCertificateId(id.replace(`.${ISSUER}.`, '.11430100MB1533372V.'))).toEqual({ ok: false, reason: '颁发机构统一社会信用代码不正确' });
  });

  it('takes the identifier out of a verification link, or the bare identifier', () => {
    expect(certificateIdFromQr(`http://localhost:8080/certificates/verify?id=${encodeURIComponent(id)}`)).toBe(id);
    expect(certificateIdFromQr(` ${id} `)).toBe(id);
  });

  it('masks names for public eyes', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧阳**');
  });
});
