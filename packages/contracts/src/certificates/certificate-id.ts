/**
 * 电子证照标识 (GB/T 36904 in practice): `1.2.156.3005.2.{typeCode}.{issuerUscc}.{serial}.{version}.{check}`, the
 * check character by ISO/IEC 7064 MOD 37,36 (GB/T 17710) over type code + issuer + serial + version. Pure; shared
 * by server and web.
 */
import { isValidUscc } from '../common/ids.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** The object-identifier arc of Chinese e-certificates (国家电子证照). */
export const CERTIFICATE_ID_PREFIX = '1.2.156.3005.2';

/** ISO/IEC 7064 MOD 37,36 (hybrid system): the check character of a string of digits and capital letters. */
export function mod37_36CheckChar(text: string): string | null {
  let p = 36;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    let s = (p + v) % 36;
    if (s === 0) s = 36;
    p = (s * 2) % 37;
  }
  return ALPHABET[(37 - p) % 36]!;
}

/** 证照类型代码: the defining body's USCC + a 3-digit sequence. */
export function certificateTypeCode(definerUscc: string, sequence: number): string {
  return `${definerUscc}${String(sequence).padStart(3, '0')}`;
}

export const isValidCertificateTypeCode = (code: string) => /^[0-9A-HJ-NPQRTUWXY]{18}\d{3}$/.test(code) && isValidUscc(code.slice(0, 18));

export interface CertificateIdParts {
  /** 证照类型代码 */
  typeCode: string;
  /** 颁发机构统一社会信用代码 */
  issuerUscc: string;
  /** 顺序号 */
  serial: string;
  /** 版本号 (1–999) */
  version: number;
}

const body = (p: CertificateIdParts) => `${p.typeCode}${p.issuerUscc}${p.serial}${String(p.version).padStart(3, '0')}`;

/** The identifier of a certificate, with its check character. */
export function formatCertificateId(parts: CertificateIdParts): string {
  const check = mod37_36CheckChar(body(parts));
  if (!check || !/^[0-9A-Z]{1,24}$/.test(parts.serial) || parts.version < 1 || parts.version > 999) {
    throw new Error(`not a certificate identifier: ${JSON.stringify(parts)}`);
  }
  return `${CERTIFICATE_ID_PREFIX}.${parts.typeCode}.${parts.issuerUscc}.${parts.serial}.${String(parts.version).padStart(3, '0')}.${check}`;
}

export type ParsedCertificateId = { ok: true; parts: CertificateIdParts } | { ok: false; reason: string };

/** Reads an identifier; a wrong shape, code or check character is "malformed" with the reason, in Chinese. */
export function parseCertificateId(text: string): ParsedCertificateId {
  const id = text.trim().toUpperCase();
  if (!id.startsWith(`${CERTIFICATE_ID_PREFIX}.`)) return { ok: false, reason: `证照标识应以 ${CERTIFICATE_ID_PREFIX} 开头` };
  const fields = id.slice(CERTIFICATE_ID_PREFIX.length + 1).split('.');
  if (fields.length !== 5) return { ok: false, reason: '证照标识应由类型代码、颁发机构代码、顺序号、版本号和校验位五段组成' };
  const [typeCode, issuerUscc, serial, version, check] = fields as [string, string, string, string, string];
  if (!isValidCertificateTypeCode(typeCode)) return { ok: false, reason: '证照类型代码不正确' };
  if (!isValidUscc(issuerUscc)) return { ok: false, reason: '颁发机构统一社会信用代码不正确' };
  if (!/^[0-9A-Z]{1,24}$/.test(serial)) return { ok: false, reason: '顺序号不正确' };
  if (!/^\d{3}$/.test(version) || version === '000') return { ok: false, reason: '版本号应为 001–999' };
  const parts = { typeCode, issuerUscc, serial, version: Number(version) };
  if (!/^[0-9A-Z]$/.test(check) || mod37_36CheckChar(body(parts)) !== check) return { ok: false, reason: '校验位不正确' };
  return { ok: true, parts };
}

/** The identifier in a QR code: the verification link `…/verify?id=…`, or the bare identifier. */
export function certificateIdFromQr(payload: string): string {
  const text = payload.trim();
  const match = /[?&]id=([^&#]+)/.exec(text);
  return match ? decodeURIComponent(match[1]!) : text;
}
