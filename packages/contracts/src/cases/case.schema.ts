import { z } from 'zod';
import { ACCOUNT_KINDS, CitizenIdNumber, MobilePhone, PersonName } from '../identity/account.schema.js';
import { Uscc } from '../regions/region.schema.js';
import { codeTable } from '../common/codes.js';
import { CERTIFICATE_STATUSES, CertificateSummary } from '../certificates/certificate.schema.js';
import { FormField } from './application-form.js';
import {
  CASE_ACTIONS, CASE_CHANNELS, CASE_STATUSES, DELIVERY_METHODS, SPECIAL_PROCEDURES, STEP_STATUSES,
} from './case-lifecycle.js';

const Id = z.string().uuid('编号不正确');
const Opinion = z.string().trim().max(1000, '意见不超过 1000 字');
const Reason = (what: string) => z.string({ error: `请填写${what}` }).trim().min(2, `请填写${what}`).max(1000, `${what}不超过 1000 字`);

/** 上传文件 as the platform keeps it: content-addressed, with its hash. */
export const FileView = z.object({ id: z.string(), name: z.string(), size: z.number(), mime: z.string(), sha256: z.string() });
export type FileView = z.infer<typeof FileView>;

/** How a material is provided: uploaded, obtained by the department from shared data, or an e-certificate of the applicant's. */
export const MATERIAL_MODES = codeTable({ file: '上传文件', 'shared-data': '数据共享获取', certificate: '使用电子证照' });
export type MaterialMode = (typeof MATERIAL_MODES.codes)[number];

/**
 * 材料提交: files uploaded for a material of the item, the material taken from shared data, or 证照复用 — one of
 * the applicant's valid e-certificates, presented with their consent instead of a paper copy.
 */
export const MaterialSubmission = z.object({
  /** The material's position in the item's material list. */
  index: z.number().int().min(0).max(99),
  mode: z.enum(MATERIAL_MODES.codes),
  fileIds: z.array(Id).max(10).default([]),
  /** The e-certificate presented (mode `certificate`): the id of the version in the applicant's wallet. */
  certificateId: Id.nullable().default(null),
  /** 授权: the applicant agrees that the handling department reads the certificate for this case. */
  consent: z.boolean().default(false),
});
export type MaterialSubmission = z.infer<typeof MaterialSubmission>;

/** 在线申报 (or a draft of it). The same idempotency key from the same applicant yields the same case. */
export const CreateCaseRequest = z.object({
  itemId: Id,
  formValues: z.record(z.string(), z.unknown()).default({}),
  materials: z.array(MaterialSubmission).max(100).default([]),
  /** true: submit now; false: keep as a draft. */
  submit: z.boolean().default(true),
  idempotencyKey: z.string({ error: '缺少幂等键' }).trim().min(8, '幂等键至少 8 位').max(64),
});
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;

/** Changes to a draft, or the completion of a correction (补正). */
export const UpdateCaseRequest = z.object({
  formValues: z.record(z.string(), z.unknown()).default({}),
  materials: z.array(MaterialSubmission).max(100).default([]),
});
export type UpdateCaseRequest = z.infer<typeof UpdateCaseRequest>;

/** 窗口收件: a walk-in applicant, filed by the window clerk. */
export const WalkInApplicant = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('citizen'), name: PersonName, idNumber: CitizenIdNumber, phone: MobilePhone }),
  z.object({ kind: z.literal('enterprise'), name: z.string().trim().min(4, '单位名称至少 4 个字').max(100), uscc: Uscc, phone: MobilePhone }),
]);
export const FileAtWindowRequest = z.object({
  itemId: Id,
  applicant: WalkInApplicant,
  formValues: z.record(z.string(), z.unknown()).default({}),
  materials: z.array(MaterialSubmission).max(100).default([]),
  idempotencyKey: z.string().trim().min(8).max(64),
});
export type FileAtWindowRequest = z.infer<typeof FileAtWindowRequest>;

/** 一次性告知: everything missing, in one notice. */
export const CorrectionRequest = z.object({
  items: z.array(z.object({
    /** The material concerned, or null for something else (a form field, a condition). */
    materialIndex: z.number().int().min(0).max(99).nullable().default(null),
    note: Reason('补正内容'),
  })).min(1, '请至少列出一项需补正的内容').max(50),
  note: Opinion.default(''),
});
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

export const ReasonsRequest = z.object({ reasons: Reason('理由') });
export type ReasonsRequest = z.infer<typeof ReasonsRequest>;
export const OpinionRequest = z.object({ opinion: Opinion.default('') });
export type OpinionRequest = z.infer<typeof OpinionRequest>;
export const DenyRequest = z.object({ opinion: Reason('不予许可的理由') });
export type DenyRequest = z.infer<typeof DenyRequest>;

export const StartSpecialRequest = z.object({ kind: z.enum(SPECIAL_PROCEDURES.codes, { error: '请选择特别程序种类' }), reason: Reason('启动原因') });
export type StartSpecialRequest = z.infer<typeof StartSpecialRequest>;
export const ExtendRequest = z.object({
  workdays: z.number({ error: '请填写延长的工作日数' }).int('应为整数').min(1, '至少延长 1 个工作日').max(30, '一次延长不超过 30 个工作日'),
  reason: Reason('延长理由'),
});
export type ExtendRequest = z.infer<typeof ExtendRequest>;

export const DeliverRequest = z.discriminatedUnion('method', [
  z.object({ method: z.literal('pickup'), recipient: z.string().trim().min(2, '请填写领取人').max(30) }),
  z.object({
    method: z.literal('post'),
    address: z.string().trim().min(6, '请填写收件地址').max(200),
    carrier: z.string().trim().min(2, '请填写快递公司').max(30),
    trackingNumber: z.string().trim().regex(/^[A-Za-z0-9]{6,30}$/, '运单号为 6–30 位字母或数字'),
  }),
  z.object({ method: z.literal('electronic') }),
]);
export type DeliverRequest = z.infer<typeof DeliverRequest>;

/** 办件过程记录: one appended event. */
export const CaseEventView = z.object({
  seq: z.number(),
  /** The review step it concerns, if any. */
  stepId: z.string().nullable(),
  action: z.enum([...CASE_ACTIONS.codes, 'created'] as [string, ...string[]]),
  actorName: z.string(),
  role: z.string().nullable(),
  at: z.string(),
  channel: z.enum(CASE_CHANNELS.codes).nullable(),
  place: z.string().nullable(),
  opinion: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type CaseEventView = z.infer<typeof CaseEventView>;

export const DeadlineView = z.object({
  known: z.boolean(),
  due: z.string().nullable(),
  remainingWorkdays: z.number().nullable(),
  level: z.enum(['normal', 'yellow', 'red']).nullable(),
  paused: z.boolean(),
  /** Why it is unknown (a year the calendar does not hold). */
  message: z.string().nullable(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const CaseStepView = z.object({
  id: z.string(),
  stage: z.number(),
  stageName: z.string(),
  name: z.string(),
  department: z.object({ id: z.string(), name: z.string() }),
  role: z.string(),
  status: z.enum(STEP_STATUSES.codes),
  startedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  deadline: DeadlineView.nullable(),
  /** 特别程序 of this step; one with `end` null is under way (the clock is stopped). */
  specialProcedures: z.array(z.object({ kind: z.enum(SPECIAL_PROCEDURES.codes), reason: z.string(), start: z.string(), end: z.string().nullable() })),
  /** 延长 of this step. */
  extensions: z.array(z.object({ workdays: z.number(), reason: z.string(), at: z.string() })),
});
export type CaseStepView = z.infer<typeof CaseStepView>;

/**
 * 复用的电子证照 in a case: what the reviewer relies on instead of a paper copy, checked again (signatures, revocation,
 * expiry) every time the case is shown. The holder's code is masked; the face values are the certificate's.
 */
export const CaseCertificateView = CertificateSummary.extend({
  id: z.string(),
  identifier: z.string(),
  /** valid, revoked or expired as of today; `signature-invalid` when its signatures no longer verify. */
  status: z.union([z.enum(CERTIFICATE_STATUSES.codes), z.literal('signature-invalid')]),
  verifyUrl: z.string(),
});
export type CaseCertificateView = z.infer<typeof CaseCertificateView>;

export const CaseMaterialView = z.object({
  index: z.number(),
  name: z.string(),
  /** 必要材料 (a required one must be provided before submission). */
  required: z.boolean(),
  /** It may be taken from shared data instead of an upload. */
  sharedDataAllowed: z.boolean(),
  /** The e-certificate types that may be presented for it. */
  certificateTypes: z.array(z.string()),
  mode: z.enum(MATERIAL_MODES.codes).nullable(),
  files: z.array(FileView),
  /** The e-certificate presented for it, as verified when the case is shown. */
  certificate: CaseCertificateView.nullable(),
});
export type CaseMaterialView = z.infer<typeof CaseMaterialView>;

/** 办件 in a list. */
export const CaseSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  itemName: z.string(),
  department: z.object({ id: z.string(), name: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  applicantName: z.string(),
  applicantKind: z.enum(ACCOUNT_KINDS.codes),
  status: z.enum(CASE_STATUSES.codes),
  channel: z.enum(CASE_CHANNELS.codes),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  deadline: DeadlineView.nullable(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** 办件 in full, for the applicant or for staff who may read it. Identifiers are masked. */
export const CaseView = CaseSummary.extend({
  item: z.object({ id: z.string(), name: z.string(), implCode: z.string(), promisedWorkdays: z.number() }),
  applicant: z.object({ name: z.string(), idNumber: z.string().nullable(), uscc: z.string().nullable(), phone: z.string() }),
  form: z.array(FormField),
  formValues: z.record(z.string(), z.unknown()),
  materials: z.array(CaseMaterialView),
  steps: z.array(CaseStepView),
  /** The one-time notice of what is missing, while the case waits for it. */
  correction: CorrectionRequest.nullable(),
  delivery: z.record(z.string(), z.unknown()).nullable(),
  events: z.array(CaseEventView),
  /** What the viewer may do now (from the transition table). */
  actions: z.array(z.enum(CASE_ACTIONS.codes)),
  version: z.number(),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseListQuery = z.object({
  status: z.enum(CASE_STATUSES.codes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CaseList = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), cases: z.array(CaseSummary) });
export type CaseList = z.infer<typeof CaseList>;

/** 办件查询 (public): the case number and the last four digits of the applicant's phone. */
export const CaseLookupQuery = z.object({
  number: z.string({ error: '请输入办件编号' }).trim().min(6, '请输入办件编号').max(40),
  phoneLast4: z.string({ error: '请输入手机号码后四位' }).trim().regex(/^\d{4}$/, '请输入手机号码后四位'),
});
export const CaseLookupView = z.object({
  number: z.string(),
  itemName: z.string(),
  department: z.string(),
  status: z.enum(CASE_STATUSES.codes),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  due: z.string().nullable(),
  events: z.array(z.object({ action: z.string(), at: z.string() })),
});
export type CaseLookupView = z.infer<typeof CaseLookupView>;

/** 站内消息 to an applicant. */
export const MessageView = z.object({ id: z.string(), caseId: z.string().nullable(), title: z.string(), body: z.string(), createdAt: z.string(), read: z.boolean() });
export type MessageView = z.infer<typeof MessageView>;

/** A reviewer's queue entry: the case and the step waiting for this reviewer. */
export const ReviewQueueItem = CaseSummary.extend({ stepId: z.string(), stepName: z.string(), stepRole: z.string() });
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const SupervisionQuery = z.object({
  level: z.enum(['yellow', 'red']).optional(),
  region: z.string().regex(/^\d{2,12}$/).optional(),
  department: Id.optional(),
});
export type SupervisionQuery = z.infer<typeof SupervisionQuery>;

export const DELIVERY_METHOD_CODES = DELIVERY_METHODS.codes;
