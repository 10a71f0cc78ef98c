/**
 * Check characters of the national identifiers (domain.md §12). Pure functions, shared by server and web.
 */

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a unified social credit code (统一社会信用代码, GB 32100) from its first 17 chars. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Whether a string is a valid USCC: 18 chars of the GB 32100 alphabet with the right check character. */
export function isValidUscc(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of a citizen ID number (居民身份证号码, GB 11643, ISO 7064 MOD 11-2). */
export function citizenIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** Whether a citizen ID number has a valid check character and a real birth date (the region is checked by the server). */
export function isValidCitizenId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (citizenIdCheckChar(id.slice(0, 17)) !== id[17]) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 基本编码: 12 digits in practice; the standard allows up to 10 alphanumerics, so both are accepted. */
export function isValidBasicCode(code: string): boolean {
  return /^\d{12}$/.test(code) || /^[0-9A-Z]{1,10}$/.test(code);
}

/** 实施编码 = department USCC (18) + level code (1) + 基本编码. */
export function implementationCode(deptUscc: string, level: string, basicCode: string): string {
  return `${deptUscc}${level}${basicCode}`;
}

/** Whether an 实施编码 is well formed: a valid USCC, a level code 1–7 and a valid 基本编码. */
export function isValidImplementationCode(code: string): boolean {
  return isValidUscc(code.slice(0, 18)) && /^[1-7]$/.test(code[18] ?? '') && isValidBasicCode(code.slice(19));
}

/** 材料编码 = 实施编码 + 3-digit sequence. */
export function materialCode(implCode: string, index: number): string {
  return `${implCode}${String(index + 1).padStart(3, '0')}`;
}

/** Masks a citizen ID or phone for display: keeps the first and last four characters (4301**********1234). */
export function maskIdentifier(value: string, keepStart = 4, keepEnd = 4): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

/** Masks a mobile phone number: 138****5678. */
export function maskPhone(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : maskIdentifier(phone, 2, 2);
}
