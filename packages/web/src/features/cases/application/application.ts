import type { FormInstance } from 'antd';
import {
  formValuesSchema, materialAlternatives, type CaseMaterialView, type FileView, type FormField, type FormValues, type MaterialMode, type MaterialSubmission, type MaterialView,
} from '@yiwang/contracts';
import type { Translate } from '../../../app/i18n';
import { applyIssues, type PathIssue } from '../../../ui/formErrors';
import { fromSchemaIssues } from '../../../ui/zodIssues';

/** One material of the item as the applicant meets it. */
export interface MaterialSpec {
  /** Position in the item's list: the server names problems `materials.<index>`. */
  index: number;
  name: string;
  required: boolean;
  /** May be taken from shared data instead of a file (the server has the last word). */
  sharedData: boolean;
  /** The e-certificate types the applicant may present from their wallet instead (证照复用). */
  certificateTypes: string[];
  cancelled: boolean;
  /** Why it may be shared: the e-certificates, the data source or the issuing office. */
  sharedHint: string | null;
  /** 受理标准 */
  standard: string;
}

/** The same rule the server applies (contracts' `materialAlternatives`). */
export function specsFromItem(materials: MaterialView[]): MaterialSpec[] {
  return materials.map((m, index) => ({
    index,
    name: m.name,
    required: m.requirement === 'required' && !m.cancelled,
    ...materialAlternatives(m),
    cancelled: m.cancelled,
    sharedHint: m.replaceableByCertificates.length > 0 ? m.replaceableByCertificates.join('、') : (m.sharedDataSource ?? m.issuer),
    standard: m.standard,
  }));
}

/**
 * A case's materials (its snapshot lists the ones not cancelled, by index) with what the item's guide says of
 * each; a material the guide no longer has at that place keeps what the case shows of it.
 */
export function specsFromCase(materials: CaseMaterialView[], guide: MaterialView[] | undefined): MaterialSpec[] {
  const fromGuide = specsFromItem(guide ?? []);
  return materials.map((m) => {
    const g = fromGuide[m.index];
    if (g && g.name === m.name) return { ...g, sharedData: g.sharedData || m.mode === 'shared-data', certificateTypes: m.certificateTypes };
    return {
      index: m.index, name: m.name, required: false, sharedData: m.mode === 'shared-data', certificateTypes: m.certificateTypes, cancelled: false,
      sharedHint: null, standard: '',
    };
  });
}

/** The value of one material in the form. */
export interface MaterialValue {
  mode: MaterialMode;
  files: FileView[];
  /** The e-certificate presented (mode `certificate`), and the applicant's consent to its use. */
  certificateId?: string | null;
  consent?: boolean;
}

/** The application part of a form: `formValues.<key>` and `materials.<index>` (the server's field names). */
export interface ApplicationValues {
  formValues: Record<string, unknown>;
  materials: (MaterialValue | undefined)[];
}

/** Initial values: a case's, or empty ones where a shareable material starts as shared (减证便民). */
export function initialApplication(specs: MaterialSpec[], existing?: { formValues: Record<string, unknown>; materials: CaseMaterialView[] }): ApplicationValues {
  const materials: (MaterialValue | undefined)[] = [];
  for (const spec of specs) {
    if (spec.cancelled) continue;
    const given = existing?.materials.find((m) => m.index === spec.index);
    materials[spec.index] = given?.mode
      ? { mode: given.mode, files: given.files, certificateId: given.certificate?.id ?? null, consent: given.mode === 'certificate' }
      : { mode: !existing && spec.sharedData ? 'shared-data' : 'file', files: given?.files ?? [] };
  }
  return { formValues: { ...(existing?.formValues ?? {}) }, materials };
}

/** The form without its required marks: a draft may be incomplete, but what is there must be right. */
export const relaxed = (fields: readonly FormField[]) => fields.map((f) => ({ ...f, required: false }));

/**
 * Checks the application part with the contracts' schema (the server's own check): complete for submission,
 * format only for a draft. Shows each problem on its field; null when there is one.
 */
export function readApplication(
  form: FormInstance,
  fields: FormField[],
  specs: MaterialSpec[],
  complete: boolean,
  t: Translate,
  extraIssues: PathIssue[] = [],
): { formValues: FormValues; materials: MaterialSubmission[] } | null {
  const issues: PathIssue[] = [...extraIssues];
  // Every key present (empty as undefined): the schema skips a required field whose key is absent altogether.
  const raw = Object.fromEntries(fields.map((f) => [f.key, form.getFieldValue(['formValues', f.key]) as unknown]));
  const parsed = formValuesSchema(complete ? fields : relaxed(fields)).safeParse(raw);
  if (!parsed.success) issues.push(...fromSchemaIssues(parsed.error.issues, t).map((i) => ({ ...i, path: ['formValues', ...i.path] })));
  const materials: MaterialSubmission[] = [];
  for (const spec of specs) {
    if (spec.cancelled) continue;
    const value = form.getFieldValue(['materials', spec.index]) as MaterialValue | undefined;
    const path = ['materials', spec.index];
    if (value?.mode === 'certificate') {
      if (!value.certificateId) issues.push({ path, message: t('case.material.chooseCertificate', { name: spec.name }) });
      else if (!value.consent) issues.push({ path, message: t('case.material.consentNeeded') });
      materials.push({ index: spec.index, mode: 'certificate', fileIds: [], certificateId: value.certificateId ?? null, consent: value.consent === true });
      continue;
    }
    const given = value && (value.mode === 'shared-data' || value.files.length > 0);
    if (value && given) {
      materials.push({ index: spec.index, mode: value.mode, fileIds: value.mode === 'file' ? value.files.map((f) => f.id) : [], certificateId: null, consent: false });
    }
    if (complete && spec.required && !given) issues.push({ path, message: t('case.apply.missingMaterial', { name: spec.name }) });
  }
  if (issues.length > 0) {
    applyIssues(form, issues);
    const first = issues[0]!.path;
    form.scrollToField(first, { block: 'center' });
    return null;
  }
  applyIssues(form, []);
  return { formValues: parsed.success ? parsed.data : {}, materials };
}
