import {
  ANYWHERE_SCOPES, CASE_TYPES, ENTERPRISE_THEMES, ITEM_TYPES, MATERIAL_FORMS, MATERIAL_REQUIREMENTS, MATERIAL_SOURCES,
  NOT_ONE_TRIP_REASONS, ONLINE_DEPTHS, PERSON_THEMES, RESULT_TYPES, SERVICE_OBJECTS, TIME_UNITS,
} from '@yiwang/contracts';
import type { MessageKey, Translate } from '../../../../app/i18n';

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

/** Code tables by the last named segment of a path, so codes show as their standard labels. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  itemType: ITEM_TYPES.labels,
  caseType: CASE_TYPES.labels,
  onlineDepth: ONLINE_DEPTHS.labels,
  notOneTripReason: NOT_ONE_TRIP_REASONS.labels,
  anywhereScope: ANYWHERE_SCOPES.labels,
  serviceObjects: SERVICE_OBJECTS.labels,
  personThemes: PERSON_THEMES.labels,
  enterpriseThemes: ENTERPRISE_THEMES.labels,
  unit: TIME_UNITS.labels,
  form: MATERIAL_FORMS.labels,
  requirement: MATERIAL_REQUIREMENTS.labels,
  source: MATERIAL_SOURCES.labels,
  type: RESULT_TYPES.labels,
};

function labelsFor(path: string): Record<string, string> | undefined {
  const named = path.split('.').filter((part) => !/^\d+$/.test(part));
  return VALUE_LABELS[named[named.length - 1] ?? ''];
}

/** A value as text for the difference table; codes of a code table show as their labels. */
export function formatValue(value: unknown, t: Translate, path = ''): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, t, path)).join('、') : '—';
  if (typeof value === 'object') return JSON.stringify(value, null, 1);
  return labelsFor(path)?.[String(value)] ?? String(value);
}
