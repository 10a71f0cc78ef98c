import { z } from 'zod';
import {
  ANYWHERE_SCOPES, CASE_TYPES, ENTERPRISE_THEMES, ITEM_TYPES, LEVELS, MATERIAL_FORMS, MATERIAL_REQUIREMENTS,
  MATERIAL_SOURCES, NOT_ONE_TRIP_REASONS, ONLINE_DEPTHS, PERSON_THEMES, POWER_SOURCES, RESULT_TYPES,
  SERVICE_OBJECTS, TIME_UNITS,
} from './code-tables.js';
import { isValidBasicCode } from '../common/ids.js';
import { checkFormDefinition, FormField } from '../cases/application-form.js';
import { ReviewStageDef } from '../cases/review-flow.js';

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1, '不能为空').max(max);
const phone = z.string().trim().regex(/^[0-9\-\s()（）转]{5,40}$/, '电话号码格式不正确');

/** 时限: a number with its unit (working days by default). */
export const TimeLimit = z.object({
  value: z.number().int('必须是整数').min(0, '不能为负数').max(3650),
  unit: z.enum(TIME_UNITS.codes).default('working-day'),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/** 收费项目. */
export const Fee = z.object({
  name: requiredText(100),
  standard: requiredText(500),
  basis: text(500).default(''),
  reducible: z.boolean().default(false),
});
export type Fee = z.infer<typeof Fee>;

/** 常见问题. */
export const Faq = z.object({ question: requiredText(300), answer: requiredText(2000) });
export type Faq = z.infer<typeof Faq>;

/** 办理结果. */
export const ItemResult = z.object({
  name: requiredText(100),
  type: z.enum(RESULT_TYPES.codes),
  sample: text(500).nullable().default(null),
  /** The e-certificate type the result is issued as, when it is one (电子证照类型). */
  certificateType: text(100).nullable().default(null),
});
export type ItemResult = z.infer<typeof ItemResult>;

/** 申请材料. */
export const Material = z.object({
  name: requiredText(200),
  originals: z.number().int().min(0).max(99).default(1),
  copies: z.number().int().min(0).max(99).default(0),
  form: z.enum(MATERIAL_FORMS.codes).default('both'),
  requirement: z.enum(MATERIAL_REQUIREMENTS.codes).default('required'),
  source: z.enum(MATERIAL_SOURCES.codes).default('applicant'),
  /** 出具单位 when the material is issued by someone else. */
  issuer: text(100).nullable().default(null),
  /** 空白表格 (a file name or address). */
  blankForm: text(500).nullable().default(null),
  /** 示例样表. */
  sample: text(500).nullable().default(null),
  /** 受理标准. */
  standard: text(1000).default(''),
  legalBasis: text(1000).nullable().default(null),
  /** 可用电子证照替代: names of the e-certificate types that replace this material. */
  replaceableByCertificates: z.array(requiredText(100)).max(20).default([]),
  /** 数据共享免提交: the shared data source that makes the material unnecessary. */
  sharedDataSource: text(200).nullable().default(null),
  /** 已取消 (减证便民): the material is no longer required at all. */
  cancelled: z.boolean().default(false),
});
export type Material = z.infer<typeof Material>;
export type MaterialInput = z.input<typeof Material>;

/**
 * What may stand in for a material's upload (减证便民): shared data — the department obtains it itself, because a
 * data source, an e-certificate type or the issuing government office has it — and the e-certificate types the
 * applicant may present from their wallet. The server and the web apply the same rule.
 */
export function materialAlternatives(m: Pick<Material, 'sharedDataSource' | 'replaceableByCertificates' | 'source'>): { sharedData: boolean; certificateTypes: string[] } {
  return {
    sharedData: Boolean(m.sharedDataSource) || m.replaceableByCertificates.length > 0 || m.source !== 'applicant',
    certificateTypes: [...m.replaceableByCertificates],
  };
}

/** The versioned content of an implementation item (实施清单要素). Published versions never change. */
export const ItemContentBase = z.object({
  /** 事项名称. */
  name: requiredText(200).refine((s) => s.length >= 2, '至少两个字'),
  itemType: z.enum(ITEM_TYPES.codes),
  serviceObjects: z.array(z.enum(SERVICE_OBJECTS.codes)).min(1, '至少选择一个服务对象'),
  /** 法定办结时限 (null when the law sets none). */
  legalLimit: TimeLimit.nullable(),
  /** 承诺办结时限. */
  promisedLimit: TimeLimit,
  caseType: z.enum(CASE_TYPES.codes),
  /** 到办事现场次数. */
  trips: z.number().int('必须是整数').min(0, '不能为负数').max(9),
  /** 必须现场办理原因, required when trips > 0. */
  onsiteReason: text(500).nullable().default(null),
  /** Why the item cannot be "at most one trip", required when trips > 1. */
  notOneTripReason: z.enum(NOT_ONE_TRIP_REASONS.codes).nullable().default(null),
  onlineDepth: z.enum(ONLINE_DEPTHS.codes),
  /** 受理条件. */
  conditions: requiredText(4000),
  /** 设定依据. */
  legalBasis: text(4000).default(''),
  /** 网上办理流程 steps. */
  processOnline: z.array(requiredText(300)).max(30).default([]),
  /** 窗口办理流程 steps. */
  processOffline: z.array(requiredText(300)).max(30).default([]),
  /** 办理地点. */
  location: text(500).default(''),
  /** 办理时间. */
  hours: text(300).default(''),
  consultPhone: phone.nullable().default(null),
  complaintPhone: phone.nullable().default(null),
  fees: z.array(Fee).max(30).default([]),
  result: ItemResult,
  faqs: z.array(Faq).max(50).default([]),
  anywhereScope: z.enum(ANYWHERE_SCOPES.codes).nullable().default(null),
  supportsAppointment: z.boolean().default(false),
  supportsOnlinePayment: z.boolean().default(false),
  supportsExpress: z.boolean().default(false),
  personThemes: z.array(z.enum(PERSON_THEMES.codes)).default([]),
  enterpriseThemes: z.array(z.enum(ENTERPRISE_THEMES.codes)).default([]),
  materials: z.array(Material).max(100).default([]),
  /** 申请表: the fields an applicant fills in online (none: the default form). */
  applicationForm: z.array(FormField).max(60).default([]),
  /** 审批流程: stages in order, departments side by side within a stage (none: 审查 → 决定 by the item's department). */
  reviewFlow: z.array(ReviewStageDef).max(10).default([]),
});

type Ctx = z.core.$RefinementCtx<z.output<typeof ItemContentBase>>;

/** Rules between fields that the national standard implies. */
function checkItemRules(c: z.output<typeof ItemContentBase>, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (c.trips > 0 && !c.onsiteReason) issue(['onsiteReason'], '到现场次数大于 0 时必须填写必须现场办理的原因');
  if (c.trips > 1 && !c.notOneTripReason) issue(['notOneTripReason'], '到现场次数超过 1 次时必须选择不能"最多跑一次"的原因');
  if (c.trips <= 1 && c.notOneTripReason) issue(['notOneTripReason'], '已实现"最多跑一次"的事项不应填写不能实现的原因');
  if (c.onlineDepth === '4' && c.trips !== 0) issue(['trips'], '全程网办（Ⅳ级）的事项到现场次数必须为 0');
  if (c.caseType === '1' && c.promisedLimit.value > 1) issue(['promisedLimit', 'value'], '即办件的承诺时限不能超过 1 个工作日');
  if (c.caseType === '2' && c.promisedLimit.value < 1) issue(['promisedLimit', 'value'], '承诺件的承诺时限至少 1 天');
  if (c.legalLimit && c.legalLimit.unit === c.promisedLimit.unit && c.promisedLimit.value > c.legalLimit.value) {
    issue(['promisedLimit', 'value'], '承诺办结时限不能超过法定办结时限');
  }
  const seen = new Set<string>();
  checkFormDefinition(c.applicationForm, (path, message) => issue(['applicationForm', ...path], message));
  c.materials.forEach((m, i) => {
    if (seen.has(m.name)) issue(['materials', i, 'name'], `材料名称重复：${m.name}`);
    seen.add(m.name);
  });
}

export const ItemContent = ItemContentBase.superRefine(checkItemRules);
export type ItemContent = z.output<typeof ItemContent>;
export type ItemContentInput = z.input<typeof ItemContent>;

/** 事项状态. */
export const ITEM_STATUSES = ['draft', 'published', 'suspended', 'cancelled'] as const;
export const ItemStatus = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatus>;
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  draft: '草稿',
  published: '在用',
  suspended: '暂停',
  cancelled: '取消',
};

export const BasicCode = z.string().trim().refine(isValidBasicCode, '基本编码应为 12 位数字（或不超过 10 位的字母数字）');

/** A catalog item (基本目录): defined once, implemented by many departments. */
export const CatalogItem = z.object({
  id: z.string(),
  basicCode: z.string(),
  name: z.string(),
  itemType: z.enum(ITEM_TYPES.codes),
  legalBasis: z.string(),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

export const CreateCatalogItemRequest = z.object({
  basicCode: BasicCode,
  name: requiredText(200),
  itemType: z.enum(ITEM_TYPES.codes),
  legalBasis: text(4000).default(''),
});
export type CreateCatalogItemRequest = z.infer<typeof CreateCatalogItemRequest>;

const RefView = z.object({ id: z.string(), name: z.string() });
const RegionRef = z.object({ code: z.string(), name: z.string() });

/** What a list or search shows of an implementation item. */
export const ItemSummary = z.object({
  id: z.string(),
  implCode: z.string(),
  basicCode: z.string(),
  name: z.string(),
  department: RefView,
  region: RegionRef,
  level: z.enum(LEVELS.codes),
  itemType: z.enum(ITEM_TYPES.codes),
  powerSource: z.enum(POWER_SOURCES.codes),
  serviceObjects: z.array(z.enum(SERVICE_OBJECTS.codes)),
  trips: z.number(),
  onlineDepth: z.enum(ONLINE_DEPTHS.codes),
  /** 是否网办: derived, online depth Ⅲ or Ⅳ. */
  isOnline: z.boolean(),
  caseType: z.enum(CASE_TYPES.codes),
  legalLimit: TimeLimit.nullable(),
  promisedLimit: TimeLimit,
  status: ItemStatus,
  version: z.number().nullable(),
  hasDraft: z.boolean(),
  delegatedFromId: z.string().nullable(),
  updatedAt: z.string(),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

/** A material as shown, with its derived code. */
export const MaterialView = Material.extend({ code: z.string() });
export type MaterialView = z.infer<typeof MaterialView>;

/** The full guide (办事指南) of an implementation item. */
export const ItemDetail = ItemSummary.extend({
  content: ItemContentBase.extend({ materials: z.array(MaterialView) }),
  catalogItem: CatalogItem,
  delegatedFrom: z
    .object({ id: z.string(), name: z.string(), region: RegionRef, department: RefView })
    .nullable(),
  /** Whether a delegated item still inherits its source's content (not edited locally). */
  inheritsSource: z.boolean(),
  delegatedCount: z.number(),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

/** Admin view: the published content plus the pending draft, if any. */
export const AdminItemDetail = ItemDetail.extend({
  draft: ItemContentBase.nullable(),
  draftVersion: z.number().nullable(),
  allowedActions: z.array(z.string()),
});
export type AdminItemDetail = z.infer<typeof AdminItemDetail>;

export const CreateItemRequest = z.object({
  /** An existing catalog item, or a new one defined inline. */
  catalogItemId: z.string().uuid().optional(),
  catalogItem: CreateCatalogItemRequest.optional(),
  departmentId: z.string().uuid('请选择实施主体'),
  powerSource: z.enum(POWER_SOURCES.codes).default('1'),
  content: ItemContent,
}).refine((r) => Boolean(r.catalogItemId) !== Boolean(r.catalogItem), {
  message: '请选择基本目录事项或新建一个',
  path: ['catalogItemId'],
});
export type CreateItemRequest = z.infer<typeof CreateItemRequest>;

export const SaveDraftRequest = z.object({
  content: ItemContent,
  /** The draft version the editor started from (optimistic concurrency); null when starting a new draft. */
  baseDraftVersion: z.number().int().nullable().default(null),
});
export type SaveDraftRequest = z.infer<typeof SaveDraftRequest>;

export const ReasonRequest = z.object({ reason: requiredText(500) });
export type ReasonRequest = z.infer<typeof ReasonRequest>;

export const ItemVersionView = z.object({
  version: z.number(),
  state: z.enum(['draft', 'published', 'superseded']),
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type ItemVersionView = z.infer<typeof ItemVersionView>;

/** One changed field between two versions. */
export const FieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

/** 变更记录: who did what to an item, when, and what changed. */
export const ItemChangeView = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.string(),
  at: z.string(),
  version: z.number().nullable(),
  reason: z.string().nullable(),
  changes: z.array(FieldChange),
});
export type ItemChangeView = z.infer<typeof ItemChangeView>;
