import { z } from 'zod';
import { codeTable } from '../common/codes.js';
import { isValidCitizenId } from '../common/ids.js';

/** 表单字段类型 of an item's application form. */
export const FORM_FIELD_TYPES = codeTable({
  text: '单行文本',
  textarea: '多行文本',
  number: '数字',
  date: '日期',
  select: '单选',
  checkbox: '勾选',
  phone: '手机号码',
  'id-number': '身份证号码',
});
export type FormFieldType = (typeof FORM_FIELD_TYPES.codes)[number];

/** 申请表字段: one field of the form an applicant fills in; the web renders it and the server validates with it. */
export const FormField = z.object({
  /** 字段标识: lower-case letters, digits and underscores, unique in the form */
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, '字段标识为小写字母开头的字母、数字或下划线'),
  label: z.string().trim().min(1, '请填写字段名称').max(40),
  type: z.enum(FORM_FIELD_TYPES.codes),
  required: z.boolean().default(false),
  /** 选项 (select only) */
  options: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  /** 填写说明 */
  help: z.string().trim().max(200).default(''),
  /** Longest text accepted (text, textarea). */
  maxLength: z.number().int().min(1).max(5000).nullable().default(null),
});
export type FormField = z.infer<typeof FormField>;
export type FormFieldInput = z.input<typeof FormField>;

/** The form of an item that defines none: who applies for what. */
export const DEFAULT_APPLICATION_FORM: FormField[] = [
  { key: 'contact_name', label: '联系人', type: 'text', required: true, options: [], help: '', maxLength: 30 },
  { key: 'contact_phone', label: '联系电话', type: 'phone', required: true, options: [], help: '用于接收办理进度短信', maxLength: null },
  { key: 'request', label: '申请事项说明', type: 'textarea', required: true, options: [], help: '简要说明申请的内容和理由', maxLength: 1000 },
];

/** The form fields of an item: its own, or the default one. */
export function applicationFormOf(fields: readonly FormField[] | undefined | null): FormField[] {
  return fields && fields.length > 0 ? [...fields] : DEFAULT_APPLICATION_FORM;
}

/** A filled-in value: text, number or a yes/no; absent fields are left out. */
export type FormValue = string | number | boolean;
export type FormValues = Record<string, FormValue>;

function fieldSchema(f: FormField): z.ZodType<FormValue | undefined> {
  const empty = (v: unknown) => v === undefined || v === null || v === '';
  const requiredMsg = `请填写${f.label}`;
  let base: z.ZodType<FormValue>;
  switch (f.type) {
    case 'number':
      base = z.coerce.number({ error: `${f.label}应为数字` }).refine(Number.isFinite, `${f.label}应为数字`);
      break;
    case 'checkbox':
      base = z.boolean({ error: `${f.label}应为是或否` });
      break;
    case 'date':
      base = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${f.label}应为 YYYY-MM-DD 格式的日期`)
        .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), `${f.label}不是有效日期`);
      break;
    case 'select':
      base = z.string().refine((v) => f.options.includes(v), `${f.label}须从选项中选择`);
      break;
    case 'phone':
      base = z.string().trim().regex(/^1[3-9]\d{9}$/, `${f.label}应为 11 位手机号码`);
      break;
    case 'id-number':
      base = z.string().trim().toUpperCase().refine(isValidCitizenId, `${f.label}不正确（18 位，校验位需符合 GB 11643）`);
      break;
    default: {
      const max = f.maxLength ?? (f.type === 'textarea' ? 2000 : 200);
      base = z.string().trim().max(max, `${f.label}不能超过 ${max} 个字`);
    }
  }
  return z.preprocess((v) => (empty(v) ? undefined : v), f.required
    ? (f.type === 'checkbox' ? base.refine((v) => v === true, requiredMsg) : base).optional().refine((v) => v !== undefined, requiredMsg)
    : base.optional()) as z.ZodType<FormValue | undefined>;
}

/**
 * The zod schema of the values of a form: the web validates with it as the applicant types, the server with the
 * same function over the item's published form. Unknown keys are dropped.
 */
export function formValuesSchema(fields: readonly FormField[]) {
  // Every field is present before parsing, so a required field that was left out altogether is reported too.
  const blank = Object.fromEntries(fields.map((f) => [f.key, undefined]));
  return z.preprocess(
    (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...blank, ...v } : v),
    z.object(Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)]))),
  ).transform((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as FormValues);
}

/** Rules of a form definition itself: unique keys, options for a select. */
export function checkFormDefinition(fields: readonly FormField[], addIssue: (path: (string | number)[], message: string) => void): void {
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (seen.has(f.key)) addIssue([i, 'key'], `字段标识重复：${f.key}`);
    seen.add(f.key);
    if (f.type === 'select' && f.options.length < 2) addIssue([i, 'options'], '单选字段至少需要两个选项');
  });
}
