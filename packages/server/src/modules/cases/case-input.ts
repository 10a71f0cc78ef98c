import { randomUUID } from 'node:crypto';
import {
  applicationFormOf, formValuesSchema, materialAlternatives, reviewFlowOf, type FieldIssue, type FormField, type FormValues,
  type MaterialSubmission,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import type { CertificateReusePort, PresentedCertificate, PublishedItem } from './case-context.js';
import type { CasesRepository, FileRow } from './cases.repository.js';

/** A new case's own columns before anything happened to it: a new id, no number, nothing decided. */
export function newCaseRow(now: Date) {
  return {
    id: randomUUID(), number: null, status: 'draft', correction: null, delivery: null, submittedAt: null, acceptedAt: null,
    acceptedOn: null, concludedAt: null, agentAccountId: null, version: 0, createdAt: now, updatedAt: now,
  };
}

/** What a case keeps of its item as published when the case was made. */
export function itemSnapshot(item: PublishedItem) {
  const materials = item.content.materials.map((m) => ({
    name: m.name, required: m.requirement === 'required' && !m.cancelled, cancelled: m.cancelled, ...materialAlternatives(m),
  }));
  // The clock counts working days; the rare other units are converted: a natural day as 5/7, a month as 22
  // working days, hours as 8-hour working days.
  const { value, unit } = item.promisedLimit;
  const promisedWorkdays = unit === 'working-day' ? value
    : unit === 'natural-day' ? Math.ceil((value * 5) / 7) : unit === 'month' ? value * 22 : Math.ceil(value / 8);
  return {
    itemId: item.id, itemVersion: item.version ?? 1, itemName: item.name, implCode: item.implCode,
    departmentId: item.department.id, departmentName: item.department.name, regionCode: item.region.code, regionName: item.region.name,
    promisedWorkdays: item.caseType === '1' ? 0 : promisedWorkdays,
    form: applicationFormOf(item.content.applicationForm), reviewFlow: reviewFlowOf(item.content.reviewFlow), materialNames: materials,
    resultCertificateType: item.content.result.certificateType ?? null,
  };
}

/** A material as the case snapshots it (cases made before certificates could be presented have no `certificateTypes`). */
export type MaterialSpec = Omit<ReturnType<typeof itemSnapshot>['materialNames'][number], 'certificateTypes'> & { certificateTypes?: string[] };

/**
 * The schema of a form's values, built once per form definition: every case of an item shares its form, and
 * building the schema costs more than checking the values with it.
 */
const schemas = new Map<string, ReturnType<typeof formValuesSchema>>();
function schemaOf(fields: FormField[]): ReturnType<typeof formValuesSchema> {
  const key = JSON.stringify(fields);
  let schema = schemas.get(key);
  if (!schema) {
    if (schemas.size >= 500) schemas.delete(schemas.keys().next().value!);
    schema = formValuesSchema(fields);
    schemas.set(key, schema);
  }
  return schema;
}

/** Who applies, as a certificate presented for them must name them. */
export interface ApplicantRef { accountId: string | null; code: string | null }

const CERTIFICATE_PROBLEMS = { revoked: '已注销', expired: '已过期', 'signature-invalid': '签名验证未通过' } as const;

/**
 * 证照复用: each certificate presented must be chosen, consented to, the applicant's own, of a type that replaces
 * the material, and valid now (signatures, revocation, expiry). Answers with the reuses to log.
 */
async function checkCertificates(
  issues: FieldIssue[], specs: MaterialSpec[], materials: MaterialSubmission[], opts: { port?: CertificateReusePort; db: Db; applicant: ApplicantRef },
): Promise<{ certificateId: string; materialName: string }[]> {
  const presented = materials.filter((m) => m.mode === 'certificate');
  if (presented.length === 0) return [];
  const found: Map<string, PresentedCertificate> = opts.port ? await opts.port.find(presented.flatMap((m) => (m.certificateId ? [m.certificateId] : [])), opts.db) : new Map();
  const reused: { certificateId: string; materialName: string }[] = [];
  for (const m of presented) {
    const spec = specs[m.index]!;
    const field = `materials.${m.index}`;
    const allowed = spec.certificateTypes ?? [];
    if (!opts.port || allowed.length === 0) { issues.push({ field, message: `${spec.name}不能用电子证照代替，请上传` }); continue; }
    if (!m.certificateId) { issues.push({ field, message: `请选择用于"${spec.name}"的电子证照` }); continue; }
    const c = found.get(m.certificateId);
    const own = c && ((c.holderAccountId !== null && c.holderAccountId === opts.applicant.accountId) || (opts.applicant.code !== null && c.holderCode === opts.applicant.code));
    if (!c || !own) { issues.push({ field, message: '所选电子证照不存在或不属于申请人' }); continue; }
    if (!allowed.includes(c.view.typeName)) { issues.push({ field, message: `${c.view.typeName}不能代替"${spec.name}"，可用：${allowed.join('、')}` }); continue; }
    if (c.view.status !== 'valid') {
      issues.push({ field, message: `所选${c.view.typeName}${CERTIFICATE_PROBLEMS[c.view.status]}，请选择其他证照或上传材料` });
      continue;
    }
    if (!m.consent) { issues.push({ field, message: `请确认授权调用您的${c.view.typeName}用于本次申请` }); continue; }
    reused.push({ certificateId: m.certificateId, materialName: spec.name });
  }
  return reused;
}

/**
 * Checks the form values against the item's form and the materials against its material list; `complete`
 * (submission) also requires every required field and material. Problems name their field (`formValues.x`,
 * `materials.2`). `db`: where the certificates presented are read (the use case's transaction, if it has one).
 */
export async function checkApplication(
  repo: CasesRepository, opts: {
    form: FormField[]; materialSpecs: MaterialSpec[]; values: Record<string, unknown>; materials: MaterialSubmission[];
    ownerIds: string[]; complete: boolean; applicant: ApplicantRef; certificates?: CertificateReusePort; db: Db;
  },
): Promise<{ values: FormValues; materials: MaterialSubmission[]; files: FileRow[]; reused: { certificateId: string; materialName: string }[] }> {
  const issues: FieldIssue[] = [];
  const fields = opts.complete ? opts.form : opts.form.map((f) => ({ ...f, required: false }));
  const parsed = schemaOf(fields).safeParse(opts.values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ field: ['formValues', ...i.path].join('.'), message: i.message });
  }
  const byIndex = new Map<number, MaterialSubmission>();
  for (const m of opts.materials) {
    const spec = opts.materialSpecs[m.index];
    const field = `materials.${m.index}`;
    if (!spec || spec.cancelled) { issues.push({ field, message: '该材料不存在或已取消提交' }); continue; }
    if (m.mode === 'shared-data' && !spec.sharedData) issues.push({ field, message: `${spec.name}不能通过数据共享获取，请上传` });
    if (m.mode === 'file' && m.fileIds.length === 0 && opts.complete) issues.push({ field, message: `请上传${spec.name}` });
    // Only a file keeps files, and only a certificate its certificate and consent.
    byIndex.set(m.index, {
      ...m, fileIds: m.mode === 'file' ? m.fileIds : [], certificateId: m.mode === 'certificate' ? m.certificateId : null,
      consent: m.mode === 'certificate' && m.consent,
    });
  }
  const kept = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const reused = await checkCertificates(issues, opts.materialSpecs, kept, { port: opts.certificates, db: opts.db, applicant: opts.applicant });
  const fileIds = [...new Set(kept.flatMap((m) => m.fileIds))];
  const found = await repo.findFiles(fileIds);
  for (const id of fileIds) {
    const f = found.find((x) => x.id === id);
    if (!f || !opts.ownerIds.includes(f.ownerId)) {
      const m = kept.find((x) => x.fileIds.includes(id))!;
      issues.push({ field: `materials.${m.index}`, message: '所选文件不存在或不属于您' });
    }
  }
  if (opts.complete) {
    opts.materialSpecs.forEach((spec, index) => {
      const given = byIndex.get(index);
      if (spec.required && (!given || (given.mode === 'file' && given.fileIds.length === 0))) {
        issues.push({ field: `materials.${index}`, message: `缺少必要材料：${spec.name}` });
      }
    });
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues[0]!.message, { issues });
  return { values: parsed.success ? parsed.data : {}, materials: kept, files: found, reused };
}

/** 办件编号: region (6 digits), China date, and the day's sequence — `430102-20261125-00017`. */
export function caseNumber(regionCode: string, day: string, seq: number): string {
  return `${regionCode.slice(0, 6).padEnd(6, '0')}-${day.replace(/-/g, '')}-${String(seq).padStart(5, '0')}`;
}
