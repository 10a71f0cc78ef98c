import { randomUUID } from 'node:crypto';
import {
  CERTIFICATE_IMPORT_LIMITS, certificateImportColumns, chinaDate, importHeaderOf, SIGNATURE_ALGORITHMS, type Actor, type CertificateImportView,
  type FaceField, type FieldIssue,
} from '@yiwang/contracts';
import { toCsv } from '../../platform/csv/index.js';
import { isUniqueViolation, type Db } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import { auditActorOf, createAuditService } from '../audit/index.js';
import { assertCan, scopeFor, type RequestContext } from '../identity/index.js';
import { certificateImportRepository, type CertificateImportRow as JobRow } from './certificate-import.repository.js';
import { certificatesRepository, type CertificatesRepository, type CertificateTypeRow, type NewCertificateRow } from './certificates.repository.js';
import type { DepartmentRef } from './certificate-types.service.js';
import { serialText, signedCertificate } from './issuance.js';
import type { KeyStore } from './key-store.js';
import {
  alreadyImported, checkRows, fileTooLarge, importInvalid, readCsv, readJson, type CheckedRow, type RawRow,
} from './certificate-import.check.js';

export { decodeImportFile, fileTooLarge, importDate, looksLikeJson } from './certificate-import.check.js';

export interface CertificateImportDeps {
  db: Db;
  keys: KeyStore;
  clock: () => Date;
  departments: (ids: string[]) => Promise<DepartmentRef[]>;
}

export type ImportFormat = 'csv' | 'json';

/** What an upload brings: the type, and either the file's text or the rows of a JSON body. */
export interface ImportUpload {
  typeId: string;
  format: ImportFormat;
  fileName: string | null;
  /** The file (CSV, or JSON: a list of rows or `{ rows }`) */
  text?: string;
  /** The rows of a JSON body */
  rows?: unknown[];
}

/** Where a request came from, and where the background work reports an unexpected failure. */
export interface ImportOrigin extends RequestContext { log?: (error: unknown) => void }

/** Rows signed between two progress reports (SM2 ≈ 1 ms each); the event loop serves other requests in between. */
const PROGRESS_EVERY = 50;
/** A job not touched for this long, and not running here, was interrupted (the server stopped). */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * 存量证照导入: a department's existing certificates of one type, from a CSV or JSON file. Every row is checked
 * first and all problems answered at once (nothing imported); then a job signs the rows with the issuing
 * department's keys outside any transaction, reporting its progress in its row, and writes all the certificates
 * in one transaction — all or none.
 */
export function createCertificateImports(deps: CertificateImportDeps) {
  const repo = certificateImportRepository(deps.db);
  const certs = certificatesRepository(deps.db);
  const running = new Map<string, Promise<void>>();

  async function managedType(actor: Actor, typeId: string): Promise<{ type: CertificateTypeRow; issuer: DepartmentRef }> {
    const type = orFail(await certs.findType(typeId), 'CERTIFICATE_TYPE_NOT_FOUND');
    const [issuer] = await deps.departments([type.departmentId]);
    if (!issuer) throw new AppError('DEPARTMENT_NOT_FOUND', '证照类型的定义机构不存在');
    // The type's defining department issues it: only its approvers may bring in its existing certificates.
    assertCan(actor, 'certificate:manage', { regionCode: issuer.regionCode, departmentId: issuer.id });
    return { type, issuer };
  }

  function present(row: JobRow): CertificateImportView {
    const unfinished = row.status === 'validating' || row.status === 'importing';
    const interrupted = unfinished && !running.has(row.id) && deps.clock().getTime() - row.updatedAt.getTime() > STALE_AFTER_MS;
    return {
      id: row.id, typeId: row.typeId, typeName: row.typeName, format: row.format as ImportFormat, fileName: row.fileName,
      status: interrupted ? 'failed' : (row.status as CertificateImportView['status']),
      total: row.total, done: row.done, errors: (row.errors as FieldIssue[] | null) ?? null,
      message: interrupted ? '导入已中断（服务重启），未导入任何证照，请重新上传' : row.message,
      createdBy: row.createdByName, createdAt: row.createdAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null,
    };
  }

  /** Checks every row; all problems at once. Rows imported before (same holder and original number) are problems too. */
  async function check(type: CertificateTypeRow, issuer: DepartmentRef, rows: RawRow[], fieldOf: (key: string) => string, issues: FieldIssue[]): Promise<CheckedRow[]> {
    const checked = checkRows(type, issuer, rows, fieldOf, issues, chinaDate(deps.clock()));
    const imported = await repo.findImported(type.id, [...new Set(checked.map((r) => r.holderCode))]);
    issues.push(...alreadyImported(checked, imported, fieldOf));
    return checked;
  }

  /** The department's keys in use, read once for the whole import (the key store reads them per signature). */
  function keysReadOnce(repository: CertificatesRepository): CertificatesRepository {
    let current: Awaited<ReturnType<CertificatesRepository['currentKeys']>> | null = null;
    return {
      ...repository,
      async currentKeys(departmentId) {
        if (current) return current;
        const rows = await repository.currentKeys(departmentId);
        // Until the store has made the keys of a department that had none, read again.
        if (rows.length >= SIGNATURE_ALGORITHMS.codes.length) current = rows;
        return rows;
      },
    };
  }

  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

  /** Signs every row, reporting progress, then writes them all in one transaction with the audit entry and the job's end. */
  async function run(
    job: JobRow, type: CertificateTypeRow, issuer: DepartmentRef, rows: CheckedRow[], fieldOf: (key: string) => string, actor: Actor, origin: ImportOrigin,
  ): Promise<void> {
    const now = deps.clock();
    const byYear = new Map<number, CheckedRow[]>();
    for (const r of rows) {
      const year = Number(r.input.issuedOn.slice(0, 4));
      const group = byYear.get(year);
      if (group) group.push(r);
      else byYear.set(year, [r]);
    }
    // Serials are taken in one block per year before signing (the identifier is signed). Should the write fail,
    // those numbers stay unused — a gap in the sequence, never a certificate.
    const serialOf = new Map<CheckedRow, string>();
    for (const [year, group] of byYear) {
      const last = await repo.reserveSerials(type.code, issuer.uscc, year, group.length);
      group.forEach((r, i) => serialOf.set(r, serialText(year, last - group.length + 1 + i)));
    }

    const keyRepo = keysReadOnce(certs);
    const built: (NewCertificateRow & { id: string })[] = [];
    for (const [i, r] of rows.entries()) {
      built.push({ id: randomUUID(), ...await signedCertificate(deps.keys, keyRepo, type, r.input, { serial: serialOf.get(r)!, now }) });
      if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < rows.length) {
        await repo.updateJob(job.id, { done: i + 1, updatedAt: deps.clock() });
        await nextTurn();
      }
    }
    await repo.updateJob(job.id, { done: rows.length, updatedAt: deps.clock() });

    await deps.db.transaction(async (raw) => {
      const tx = raw as unknown as Db;
      const txRepo = certificateImportRepository(tx);
      // Another import may have brought the same rows in since the check: imports of a type write one after the
      // other, so that this sees them and names the rows (and the unique index stops what slips through).
      await txRepo.lockType(type.id);
      const taken = alreadyImported(rows, await txRepo.findImported(type.id, [...new Set(rows.map((r) => r.holderCode))]), fieldOf);
      if (taken.length) throw importInvalid(taken);
      await txRepo.insertCertificates(built);
      await txRepo.insertImportRows(built.map((c, i) => ({
        certificateId: c.id, importId: job.id, typeId: type.id, holderCode: rows[i]!.holderCode, originalNumber: rows[i]!.originalNumber, line: rows[i]!.line,
      })));
      const at = deps.clock();
      await createAuditService({ db: tx, clock: () => at }).record({
        actor: auditActorOf(actor), action: 'certificate:import', resource: { type: 'certificate-import', id: job.id }, outcome: 'succeeded',
        ip: origin.ip ?? null,
        detail: { typeName: type.name, issuer: issuer.name, fileName: job.fileName, imported: built.length, first: built[0]?.identifier, last: built.at(-1)?.identifier },
      });
      await txRepo.updateJob(job.id, { status: 'done', done: rows.length, message: `已导入 ${rows.length} 本${type.name}`, finishedAt: at, updatedAt: at });
    });
  }

  async function fail(jobId: string, error: unknown, origin: ImportOrigin, patch: { total?: number } = {}): Promise<void> {
    const known = error instanceof AppError;
    // A concurrent import that won the race is expected, not a fault to log.
    if (!known && !isUniqueViolation(error)) origin.log?.(error);
    const message = known ? error.message
      : isUniqueViolation(error) ? '部分证照已由同时进行的另一次导入写入，本次未导入任何证照，请重新上传以查看具体行'
        : '导入失败（系统错误），未导入任何证照，请稍后重试';
    const at = deps.clock();
    await repo.updateJob(jobId, { ...patch, status: 'failed', errors: known ? error.issues ?? null : null, message, finishedAt: at, updatedAt: at })
      .catch((e: unknown) => origin.log?.(e));
  }

  return {
    /** The CSV template of a type: one column per field to fill in, labelled and keyed. */
    async template(actor: Actor, typeId: string): Promise<{ filename: string; body: string }> {
      const { type } = await managedType(actor, typeId);
      const columns = certificateImportColumns({ faceFields: type.faceFields as FaceField[] });
      return { filename: `${type.name}-存量导入模板.csv`, body: toCsv(columns.map(importHeaderOf), []) };
    },

    /**
     * Checks the upload now (422 IMPORT_INVALID with every row's problems; nothing imported), then starts the job
     * that signs and writes the certificates, and answers it at once.
     */
    async start(actor: Actor, upload: ImportUpload, origin: ImportOrigin = { ip: null }): Promise<CertificateImportView> {
      const { type, issuer } = await managedType(actor, upload.typeId);
      const { maxBytes } = CERTIFICATE_IMPORT_LIMITS;
      if (upload.text !== undefined && Buffer.byteLength(upload.text) > maxBytes) throw fileTooLarge();
      const columns = certificateImportColumns({ faceFields: type.faceFields as FaceField[] });
      const now = deps.clock();
      const job = await repo.insertJob({
        typeId: type.id, typeName: type.name, departmentId: issuer.id, status: 'validating', format: upload.format, fileName: upload.fileName,
        total: 0, createdById: actor.id, createdByName: actor.name, createdAt: now, updatedAt: now,
      });
      let rows: CheckedRow[];
      let total = 0;
      let checkedField = (key: string) => key;
      try {
        const issues: FieldIssue[] = [];
        let raw: RawRow[];
        let fieldOf = (key: string) => (columns.find((c) => c.key === key)?.face ? `face.${key}` : key);
        if (upload.format === 'csv') {
          ({ rows: raw, fieldOf } = readCsv(upload.text ?? '', type, columns));
        } else {
          let items = upload.rows;
          if (!items) {
            let doc: unknown;
            try {
              doc = JSON.parse((upload.text ?? '').replace(/^\uFEFF/, ''));
            } catch (e) {
              throw importInvalid([{ line: 1, field: '文件', message: `不是有效的 JSON：${(e as Error).message}` }]);
            }
            const list = Array.isArray(doc) ? doc : (doc as { rows?: unknown } | null)?.rows;
            if (!Array.isArray(list)) throw importInvalid([{ line: 1, field: '文件', message: 'JSON 文件应为证照列表，或 { "rows": [...] }' }]);
            items = list;
          }
          raw = readJson(items, type, columns, issues);
          total = items.length;
        }
        if (upload.format === 'csv') total = raw.length;
        if (!total) throw importInvalid([{ line: 1, field: '文件', message: '文件中没有证照数据' }]);
        rows = await check(type, issuer, raw, fieldOf, issues);
        if (issues.length) throw importInvalid(issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
        checkedField = fieldOf;
      } catch (error) {
        await fail(job.id, error, origin, { total });
        throw error;
      }
      const started = { ...job, status: 'importing', total: rows.length, updatedAt: deps.clock() };
      await repo.updateJob(job.id, { status: started.status, total: started.total, updatedAt: started.updatedAt });
      const work = (async () => {
        await nextTurn();
        await run(job, type, issuer, rows, checkedField, actor, origin);
      })().catch((error: unknown) => fail(job.id, error, origin)).finally(() => running.delete(job.id));
      running.set(job.id, work);
      return present(started);
    },

    /** A job's progress and outcome, for the approvers of its department. */
    async get(actor: Actor, id: string): Promise<CertificateImportView> {
      const row = orFail(await repo.findJob(id), 'CERTIFICATE_IMPORT_NOT_FOUND');
      const [dept] = await deps.departments([row.departmentId]);
      assertCan(actor, 'certificate:manage', { regionCode: dept?.regionCode ?? null, departmentId: row.departmentId });
      return present(row);
    },

    /** The latest imports of the staff member's departments (all, for the platform administrator). */
    async list(actor: Actor): Promise<CertificateImportView[]> {
      const scope = scopeFor(actor, 'certificate:manage');
      if (scope.kind === 'none') throw new AppError('FORBIDDEN', scope.reason);
      return (await repo.listJobs(scope.kind === 'all' ? null : [...actor.departmentIds], 20)).map(present);
    },

    /** Waits for the jobs running in this process (the server's close). */
    async drain(): Promise<void> {
      await Promise.allSettled([...running.values()]);
    },
  };
}

export type CertificateImports = ReturnType<typeof createCertificateImports>;
