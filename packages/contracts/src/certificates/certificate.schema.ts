import { z } from 'zod';
import { codeTable } from '../common/codes.js';

/** 持证主体类型 */
export const HOLDER_KINDS = codeTable({ person: '自然人', organisation: '法人和其他组织' });
export type HolderKind = (typeof HOLDER_KINDS.codes)[number];

/** 持证主体代码类型: 111 居民身份证号码, 001 统一社会信用代码 (domain.md §6). */
export const HOLDER_CODE_TYPES = codeTable({ '111': '居民身份证号码', '001': '统一社会信用代码' });
export type HolderCodeType = (typeof HOLDER_CODE_TYPES.codes)[number];
export const holderCodeTypeOf = (kind: HolderKind): HolderCodeType => (kind === 'person' ? '111' : '001');

/** 证照状态 as stored; `expired` is computed from the validity period. */
export const CERTIFICATE_STATUSES = codeTable({ valid: '有效', revoked: '已注销', expired: '已过期' });
export type CertificateStatus = (typeof CERTIFICATE_STATUSES.codes)[number];

/** 可信等级: A 颁发机构签发, B 窗口核验, C 用户上传, D 自行申报. */
export const TRUST_LEVELS = codeTable({ A: '颁发机构签发', B: '窗口核验', C: '用户上传', D: '自行申报' });
export type TrustLevel = (typeof TRUST_LEVELS.codes)[number];

/** 签名算法: SM2 with SM3 (GB/T 32918, the national choice) and Ed25519 alongside. */
export const SIGNATURE_ALGORITHMS = codeTable({ 'SM2-SM3': 'SM2 签名（SM3 杂凑）', Ed25519: 'Ed25519 签名' });
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS.codes)[number];

/**
 * Where a face field's value comes from when a case's approval issues the certificate: the holder, the case, the
 * item, the issuer, the issue date, or a field of the case's application form (`form.<key>`). Null: entered by
 * hand or imported.
 */
export const FACE_SOURCES = codeTable({
  'holder.name': '持证人名称',
  'holder.code': '持证人证件号码',
  'case.number': '办件编号',
  'item.name': '事项名称',
  'issuer.name': '颁发机构',
  issuedOn: '发证日期',
  validTo: '有效期至',
});
const FaceSource = z.union([
  z.enum(FACE_SOURCES.codes),
  z.string().regex(/^form\.[a-z][a-z0-9_]{0,39}$/, '来源应为预设项或 form.表单字段名'),
]);

/** 照面项: one field printed on the certificate's face. */
export const FaceField = z.object({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, '字段名须以小写字母开头，只含小写字母、数字和下划线'),
  label: z.string().trim().min(1, '请填写名称').max(40),
  type: z.enum(['text', 'date', 'number']).default('text'),
  required: z.boolean().default(true),
  /** 公开核验时显示: false for personal details, which only the holder and authorised staff see. */
  public: z.boolean().default(false),
  source: FaceSource.nullable().default(null),
});
export type FaceField = z.infer<typeof FaceField>;
export type FaceFieldInput = z.input<typeof FaceField>;

/** 有效期规则 */
export const ValidityRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('permanent') }),
  z.object({ kind: z.literal('years'), years: z.number({ error: '请填写有效年限' }).int().min(1, '至少 1 年').max(50, '不超过 50 年') }),
]);
export type ValidityRule = z.infer<typeof ValidityRule>;

/** 证照类型 as an administrator saves it; its code is derived from the defining department's USCC. */
export const SaveCertificateTypeRequest = z.object({
  name: z.string().trim().min(2, '名称至少两个字').max(100),
  /** 定义机构 (实施主体 id) */
  departmentId: z.string().uuid('请选择定义机构'),
  holderKind: z.enum(HOLDER_KINDS.codes),
  faceFields: z.array(FaceField).min(1, '至少一个照面项').max(40),
  validity: ValidityRule,
  description: z.string().trim().max(1000).default(''),
}).superRefine((t, ctx) => {
  const seen = new Set<string>();
  t.faceFields.forEach((f, i) => {
    if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: ['faceFields', i, 'key'], message: `字段名重复：${f.key}` });
    seen.add(f.key);
  });
});
export type SaveCertificateTypeRequest = z.infer<typeof SaveCertificateTypeRequest>;
export type SaveCertificateTypeInput = z.input<typeof SaveCertificateTypeRequest>;

export const CertificateTypeView = z.object({
  id: z.string(),
  /** 证照类型代码 */
  code: z.string(),
  name: z.string(),
  department: z.object({ id: z.string(), name: z.string(), uscc: z.string() }),
  holderKind: z.enum(HOLDER_KINDS.codes),
  faceFields: z.array(FaceField),
  validity: ValidityRule,
  description: z.string(),
  /** 已签发数量 */
  issued: z.number(),
});
export type CertificateTypeView = z.infer<typeof CertificateTypeView>;

export const FaceValue = z.object({ key: z.string(), label: z.string(), value: z.string() });
export type FaceValue = z.infer<typeof FaceValue>;

/** 电子证照 as the holder or an authorised member of staff sees it. */
export const CertificateView = z.object({
  id: z.string(),
  /** 证照标识 */
  identifier: z.string(),
  type: z.object({ code: z.string(), name: z.string() }),
  holder: z.object({ name: z.string(), codeType: z.enum(HOLDER_CODE_TYPES.codes), code: z.string() }),
  issuer: z.object({ name: z.string(), uscc: z.string() }),
  issuedOn: z.string(),
  validFrom: z.string(),
  /** null: 长期有效 */
  validTo: z.string().nullable(),
  status: z.enum(CERTIFICATE_STATUSES.codes),
  version: z.number(),
  trustLevel: z.enum(TRUST_LEVELS.codes),
  face: z.array(FaceValue),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** 换发后的新版本标识 */
  supersededBy: z.string().nullable(),
  signatures: z.array(z.object({ algorithm: z.enum(SIGNATURE_ALGORITHMS.codes), keyId: z.string() })),
  /** 核验链接 (the QR code's content) */
  verifyUrl: z.string(),
});
export type CertificateView = z.infer<typeof CertificateView>;

/** 核验结果 */
export const VERIFY_OUTCOMES = codeTable({
  valid: '有效',
  revoked: '已注销',
  expired: '已过期',
  'not-found': '未找到该证照',
  'signature-invalid': '签名无效（证照数据可能被篡改）',
  malformed: '证照标识格式不正确',
});
export type VerifyOutcome = (typeof VERIFY_OUTCOMES.codes)[number];

export const VerifyCertificateRequest = z.object({
  /** 证照标识, or the QR code's content (the verification link) */
  id: z.string({ error: '请输入证照标识或扫描二维码' }).trim().min(1, '请输入证照标识或扫描二维码').max(500),
});
export type VerifyCertificateRequest = z.infer<typeof VerifyCertificateRequest>;

/** A certificate shown outside its holder's wallet (a verification, a case): the holder's code masked. */
export const CertificateSummary = z.object({
  typeName: z.string(),
  holderName: z.string(),
  holderCode: z.string(),
  issuerName: z.string(),
  issuedOn: z.string(),
  validTo: z.string().nullable(),
  version: z.number(),
  face: z.array(FaceValue),
});

export const VerifyCertificateResult = z.object({
  outcome: z.enum(VERIFY_OUTCOMES.codes),
  message: z.string(),
  identifier: z.string().nullable(),
  /** Only what may be shown to anyone: the public face fields, the holder masked. */
  certificate: CertificateSummary.extend({ revokedOn: z.string().nullable() }).nullable(),
  signatures: z.array(z.object({ algorithm: z.enum(SIGNATURE_ALGORITHMS.codes), keyId: z.string(), valid: z.boolean() })),
});
export type VerifyCertificateResult = z.infer<typeof VerifyCertificateResult>;

const Reason = z.string({ error: '请填写原因' }).trim().min(2, '请填写原因').max(500, '原因不超过 500 字');

/** 注销 */
export const RevokeCertificateRequest = z.object({ reason: Reason });
export type RevokeCertificateRequest = z.infer<typeof RevokeCertificateRequest>;

/** 换发: a new version, the old one revoked; changed face values only. */
export const ReissueCertificateRequest = z.object({ reason: Reason, face: z.record(z.string(), z.string().trim().max(500)).default({}) });
export type ReissueCertificateRequest = z.infer<typeof ReissueCertificateRequest>;

export const CertificateListQuery = z.object({
  /** 证照标识 or the holder's code (exact) */
  q: z.string().trim().max(200).optional(),
  type: z.string().optional(),
  status: z.enum(CERTIFICATE_STATUSES.codes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CertificateListQuery = z.infer<typeof CertificateListQuery>;

export const CertificateList = z.object({ items: z.array(CertificateView), total: z.number() });
export type CertificateList = z.infer<typeof CertificateList>;

/** 签名密钥 (public part only: private keys never leave the server's key store). */
export const SigningKeyView = z.object({
  id: z.string(),
  algorithm: z.enum(SIGNATURE_ALGORITHMS.codes),
  publicKey: z.string(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});
export type SigningKeyView = z.infer<typeof SigningKeyView>;

/** Masks a person's name for public eyes: 张三 → 张*, 欧阳娜娜 → 欧阳**. */
export function maskPersonName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  const keep = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/** 用证记录: who used a certificate, when and for what. */
export const CERTIFICATE_USE_KINDS = codeTable({ read: '部门查阅', reuse: '办事复用（免提交纸质材料）', partner: '系统调用' });
export const CertificateUseView = z.object({
  at: z.string(),
  kind: z.enum(CERTIFICATE_USE_KINDS.codes),
  actorName: z.string(),
  departmentName: z.string().nullable(),
  purpose: z.string(),
  caseNumber: z.string().nullable(),
});
export type CertificateUseView = z.infer<typeof CertificateUseView>;

/** 用证规则: a department that may read a certificate type, and why. */
export const SaveExchangeRuleRequest = z.object({
  typeId: z.string().uuid('请选择证照类型'),
  departmentId: z.string().uuid('请选择用证部门'),
  purpose: z.string({ error: '请填写用途' }).trim().min(2, '请填写用途').max(200),
});
export type SaveExchangeRuleRequest = z.infer<typeof SaveExchangeRuleRequest>;
export const ExchangeRuleView = SaveExchangeRuleRequest.extend({
  id: z.string(), typeName: z.string(), departmentName: z.string(), createdAt: z.string(),
});
export type ExchangeRuleView = z.infer<typeof ExchangeRuleView>;

/** 电子证照统计: certificates issued by type and by issuing department, and how often they were used. */
export const CertificateStats = z.object({
  types: z.number(),
  issued: z.number(),
  valid: z.number(),
  revoked: z.number(),
  /** `reuses`: how often certificates of the type stood in for a material of a case (证照复用). */
  byType: z.array(z.object({ typeName: z.string(), issued: z.number(), valid: z.number(), revoked: z.number(), reuses: z.number() })),
  byIssuer: z.array(z.object({ issuerName: z.string(), issued: z.number() })),
  uses: z.object({ read: z.number(), reuse: z.number(), partner: z.number() }),
  /** 减证便民: materials of cases that no one submitted on paper because a certificate stood in, and those cases. */
  paperless: z.object({ materials: z.number(), cases: z.number() }),
});
export type CertificateStats = z.infer<typeof CertificateStats>;

/**
 * 可验证凭证: a W3C Verifiable Credential (data model v1.1, JSON-LD) with its Ed25519Signature2020 proof — a
 * certificate exported for its holder, or a department's revocation status list (StatusList2021). The fields named
 * are those the platform always writes; every other field passes through untouched (the proof covers it).
 */
export const VerifiableCredential = z.looseObject({
  '@context': z.array(z.union([z.string(), z.record(z.string(), z.unknown())])),
  id: z.string(),
  type: z.array(z.string()),
  issuer: z.union([z.string(), z.looseObject({ id: z.string() })]),
  issuanceDate: z.string(),
  credentialSubject: z.record(z.string(), z.unknown()),
  proof: z.record(z.string(), z.unknown()),
});
export type VerifiableCredential = z.infer<typeof VerifiableCredential>;

/** Which of a department's Ed25519 keys signs its status list (a credential names the key that signed it). */
export const StatusListQuery = z.object({ key: z.string().regex(/^ed25519-[0-9a-f]{12}$/, '签名密钥编号不正确').optional() });
export type StatusListQuery = z.infer<typeof StatusListQuery>;
