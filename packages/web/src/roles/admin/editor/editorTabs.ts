import type { MessageKey } from '../../../app/i18n';

export type EditorTab = 'basic' | 'limits' | 'process' | 'materials' | 'application' | 'feesResult' | 'other';

export const EDITOR_TABS: { key: EditorTab; label: MessageKey }[] = [
  { key: 'basic', label: 'editor.tab.basic' },
  { key: 'limits', label: 'editor.tab.limits' },
  { key: 'process', label: 'editor.tab.process' },
  { key: 'materials', label: 'editor.tab.materials' },
  { key: 'application', label: 'editor.tab.application' },
  { key: 'feesResult', label: 'editor.tab.feesResult' },
  { key: 'other', label: 'editor.tab.other' },
];

/** Which tab shows each top-level field, so errors can be counted per tab and the first one opened. */
const FIELD_TABS: Record<string, EditorTab> = {
  catalogMode: 'basic',
  catalogItemId: 'basic',
  catalogItem: 'basic',
  departmentId: 'basic',
  powerSource: 'basic',
  name: 'basic',
  itemType: 'basic',
  serviceObjects: 'basic',
  anywhereScope: 'basic',
  legalBasis: 'basic',
  legalLimit: 'limits',
  promisedLimit: 'limits',
  caseType: 'limits',
  trips: 'limits',
  onsiteReason: 'limits',
  notOneTripReason: 'limits',
  onlineDepth: 'limits',
  conditions: 'process',
  processOnline: 'process',
  processOffline: 'process',
  materials: 'materials',
  applicationForm: 'application',
  reviewFlow: 'application',
  fees: 'feesResult',
  result: 'feesResult',
};

export function tabOfField(path: readonly (string | number)[]): EditorTab {
  return FIELD_TABS[String(path[0])] ?? 'other';
}

/** Error counts per tab from the form's current field errors. */
export function countErrorsByTab(fields: { name: readonly (string | number)[]; errors: string[] }[]): Partial<Record<EditorTab, number>> {
  const counts: Partial<Record<EditorTab, number>> = {};
  for (const field of fields) {
    if (!field.errors.length) continue;
    const tab = tabOfField(field.name);
    counts[tab] = (counts[tab] ?? 0) + field.errors.length;
  }
  return counts;
}
