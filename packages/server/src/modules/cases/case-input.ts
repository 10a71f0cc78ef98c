import { randomUUID } from 'node:crypto';
import {
  applicationFormOf, formValuesSchema, reviewFlowOf, type FieldIssue, type FormField, type FormValues,
  type MaterialSubmission,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import type { PublishedItem } from './case-context.js';
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
    name: m.name, required: m.requirement === 'required' && !m.cancelled, cancelled: m.cancelled,
    sharedData: Boolean(m.sharedDataSource) || m.replaceableByCertificates.length > 0 || m.source !== 'applicant',
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

export type MaterialSpec = ReturnType<typeof itemSnapshot>['materialNames'][number];

/**
 * Checks the form values against the item's form and the materials against its material list; `complete`
 * (submission) also requires every required field and material. Problems name their field (`formValues.x`,
 * `materials.2`).
 */
export async function checkApplication(
  repo: CasesRepository, opts: {
    form: FormField[]; materialSpecs: MaterialSpec[]; values: Record<string, unknown>; materials: MaterialSubmission[];
    ownerIds: string[]; complete: boolean;
  },
): Promise<{ values: FormValues; materials: MaterialSubmission[]; files: FileRow[] }> {
  const issues: FieldIssue[] = [];
  const fields = opts.complete ? opts.form : opts.form.map((f) => ({ ...f, required: false }));
  const parsed = formValuesSchema(fields).safeParse(opts.values);
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
    byIndex.set(m.index, m);
  }
  const fileIds = [...new Set(opts.materials.flatMap((m) => m.fileIds))];
  const found = await repo.findFiles(fileIds);
  for (const id of fileIds) {
    const f = found.find((x) => x.id === id);
    if (!f || !opts.ownerIds.includes(f.ownerId)) {
      const m = opts.materials.find((x) => x.fileIds.includes(id))!;
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
  return { values: parsed.success ? parsed.data : {}, materials: [...byIndex.values()].sort((a, b) => a.index - b.index), files: found };
}

/** 办件编号: region (6 digits), China date, and the day's sequence — `430102-20261125-00017`. */
export function caseNumber(regionCode: string, day: string, seq: number): string {
  return `${regionCode.slice(0, 6).padEnd(6, '0')}-${day.replace(/-/g, '')}-${String(seq).padStart(5, '0')}`;
}
