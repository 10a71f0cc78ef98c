import type { FieldChange } from '@yiwang/contracts';
import type { MessageKey, Translate } from '../../../../app/i18n';

const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';

/** Leaf paths of a value (`materials.2.name`); arrays of plain values stay one leaf. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value) && !value.every(isPrimitive)) {
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The fields that differ between two contents, in the order of the newer one. */
export function diffContents(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before, '', new Map());
  const b = flatten(after, '', new Map());
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys
    .filter((key) => JSON.stringify(a.get(key) ?? null) !== JSON.stringify(b.get(key) ?? null))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'field.name',
  itemType: 'field.itemType',
  serviceObjects: 'field.serviceObjects',
  legalLimit: 'field.legalLimit',
  promisedLimit: 'field.promisedLimit',
  caseType: 'field.caseType',
  trips: 'field.trips',
  onsiteReason: 'guide.onsiteReason',
  notOneTripReason: 'guide.notOneTripReason',
  onlineDepth: 'field.onlineDepth',
  conditions: 'guide.conditions',
  legalBasis: 'guide.legalBasis',
  processOnline: 'guide.processOnline',
  processOffline: 'guide.processOffline',
  location: 'field.location',
  hours: 'field.hours',
  consultPhone: 'field.consultPhone',
  complaintPhone: 'field.complaintPhone',
  fees: 'guide.fees',
  result: 'guide.result',
  faqs: 'guide.faq',
  anywhereScope: 'field.anywhereScope',
  supportsAppointment: 'field.supportsAppointment',
  supportsOnlinePayment: 'field.supportsOnlinePayment',
  supportsExpress: 'field.supportsExpress',
  personThemes: 'editor.personThemes',
  enterpriseThemes: 'editor.enterpriseThemes',
  materials: 'guide.materialsShort',
  status: 'field.status',
};

const SUB_LABELS: Record<string, MessageKey> = {
  value: 'diff.value',
  unit: 'diff.unit',
  name: 'material.name',
  originals: 'material.originals',
  copies: 'material.copies',
  form: 'material.form',
  requirement: 'material.requirement',
  source: 'material.source',
  issuer: 'material.issuer',
  blankForm: 'material.blankForm',
  sample: 'material.sample',
  standard: 'material.standard',
  legalBasis: 'material.legalBasis',
  replaceableByCertificates: 'material.certificates',
  sharedDataSource: 'material.sharedSource',
  cancelled: 'material.cancelledLabel',
  basis: 'fee.basis',
  reducible: 'fee.reducible',
  type: 'result.type',
  certificateType: 'result.certificateType',
  question: 'editor.question',
  answer: 'editor.answer',
};

/** `materials.2.name` → "申请材料 3 · 材料名称"; unknown parts stay as they are. */
export function describePath(path: string, t: Translate): string {
  const [head = '', ...rest] = path.replace(/^content\./, '').split('.');
  const parts = [FIELD_LABELS[head] ? t(FIELD_LABELS[head]) : head];
  for (const part of rest) {
    if (/^\d+$/.test(part)) parts[parts.length - 1] += ` ${Number(part) + 1}`;
    else parts.push(SUB_LABELS[part] ? t(SUB_LABELS[part]) : part);
  }
  return parts.join(' · ');
}

/** A value as text for the difference table. */
export function formatValue(value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, t)).join('、') : '—';
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return String(value);
}
