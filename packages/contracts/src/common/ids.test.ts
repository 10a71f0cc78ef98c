import { describe, expect, it } from 'vitest';
import {
  citizenIdCheckChar, implementationCode, isValidBasicCode, isValidCitizenId, isValidImplementationCode, isValidUscc,
  maskIdentifier, maskPhone, materialCode, usccCheckChar,
} from './ids.js';

describe('USCC (GB 32100)', () => {
  it('accepts real codes and computes their check character', () => {
    // The example of GB 32100 itself and two codes printed on real business licences.
    for (const code of ['91350100M000100Y43', '914403001922038216', '9111000071093465XC']) {
      expect(isValidUscc(code)).toBe(true);
      expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('rejects a wrong check character, a forbidden letter, and a wrong length', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('9135010OM000100Y43')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(usccCheckChar('short')).toBeNull();
  });
});

describe('citizen ID (GB 11643)', () => {
  it('accepts valid numbers including the X check character', () => {
    expect(isValidCitizenId('11010519491231002X')).toBe(true);
    expect(isValidCitizenId('430102199003077777'.slice(0, 17) + citizenIdCheckChar('43010219900307777'))).toBe(true);
  });
  it('rejects a wrong check digit and an impossible birth date', () => {
    expect(isValidCitizenId('110105194912310021')).toBe(false);
    const feb30 = '43010219900230001';
    expect(isValidCitizenId(feb30 + citizenIdCheckChar(feb30))).toBe(false);
  });
});

describe('item codes', () => {
  it('accepts 12-digit and short alphanumeric 基本编码', () => {
    expect(isValidBasicCode('000201001000')).toBe(true);
    expect(isValidBasicCode('A1B2')).toBe(true);
    expect(isValidBasicCode('00020100100')).toBe(false);
    expect(isValidBasicCode('abc')).toBe(false);
  });

  it('derives the 31-character 实施编码 and the material codes from it', () => {
    const code = implementationCode('91350100M000100Y43', '3', '000201001000');
    expect(code).toBe('91350100M000100Y433000201001000');
    expect(code).toHaveLength(31);
    expect(isValidImplementationCode(code)).toBe(true);
    expect(isValidImplementationCode('91350100M000100Y443000201001000')).toBe(false);
    expect(isValidImplementationCode('91350100M000100Y438000201001000')).toBe(false);
    expect(materialCode(code, 0)).toBe(`${code}001`);
    expect(materialCode(code, 11)).toBe(`${code}012`);
  });
});

describe('masking', () => {
  it('keeps only the ends of ID and phone numbers', () => {
    expect(maskIdentifier('430102199003071234')).toBe('4301**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
