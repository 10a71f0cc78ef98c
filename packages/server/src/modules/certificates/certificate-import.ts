import { randomUUID } from 'node:crypto';
import {
  CERTIFICATE_IMPORT_LIMITS, CertificateImportRow, certificateImportColumns, chinaDate, DERIVED_FACE_SOURCES, FACE_SOURCES, importHeaderOf,
  SIGNATURE_ALGORITHMS, isValidCitizenId, isValidUscc, type Actor, type CertificateImportColumn, type CertificateImportView, type FaceField,
  type FieldIssue, type HolderKind, type ValidityRule,
} from '@yiwang/contracts';
import { CsvSyntaxError, parseCsv, toCsv } from '../../platform/csv/index.js';
import { isUniqueViolation, type Db } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import { auditActorOf, createAuditService } from '../audit/index.js';
import { assertCan, scopeFor, type RequestContext } from '../identity/index.js';
import { certificateImportRepository, type CertificateImportRow as JobRow, type ImportedKey } from './certificate-import.repository.js';
import { certificatesRepository, type CertificatesRepository, type CertificateTypeRow, type NewCertificateRow } from './certificates.repository.js';
import type { DepartmentRef } from './certificate-types.service.js';
import { faceOf, serialText, signedCertificate, validToOf, type IssueInput } from './issuance.js';
import type { KeyStore } from './key-store.js';

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

/** A row that passed every check: where it stands, the keys it is known by, and what its certificate is issued from. */
interface CheckedRow {
  line: number;
  holderCode: string;
  originalNumber: string;
  input: IssueInput & { issuedOn: string };
}

/** A row as read from the file: its number and its cells by column key. */
interface RawRow { line: number; cells: Map<string, string> }

/** Rows signed between two progress reports (SM2 ≈ 1 ms each); the event loop serves other requests in between. */
const PROGRESS_EVERY = 50;
/** A job not touched for this long, and not running here, was interrupted (the server stopped). */
const STALE_AFTER_MS = 10 * 60_000;
/** Issues listed in one answer. */
const MAX_ISSUES = 1000;

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** 2021-06-18, 2021/6/18, 2021.6.18 or 2021年6月18日 as YYYY-MM-DD; null when it is no real date. */
export function importDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Text of an uploaded file: UTF-8 (with or without BOM), or GB 18030 as Excel saves CSV on Chinese Windows. */
export function decodeImportFile(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function importInvalid(issues: FieldIssue[]): AppError {
  const shown = issues.slice(0, MAX_ISSUES);
  const more = issues.length > MAX_ISSUES ? `（仅列出前 ${MAX_ISSUES} 处）` : '';
  return new AppError('IMPORT_INVALID', `导入文件有 ${issues.length} 处错误，未导入任何证照${more}`, { issues: shown });
}

const byteSize = (mb: number) => `${Math.round(mb / 1024 / 1024)} MB`;

function tooLarge(message: string): AppError {
  return new AppError('CERTIFICATE_IMPORT_TOO_LARGE', message);
}

/** A file over the size limit, however it came (multipart or a JSON body): one message. */
export const fileTooLarge = () => tooLarge(`导入文件不能超过 ${byteSize(CERTIFICATE_IMPORT_LIMITS.maxBytes)}，请分批导入`);

/** Checks the number of rows against the limit: too many is refused before anything is read. */
function checkRowCount(n: number): void {
  const max = CERTIFICATE_IMPORT_LIMITS.maxRows;
  if (n > max) throw tooLarge(`一次最多导入 ${max} 本证照，本文件有 ${n} 行，请分批导入`);
}

/** A holder's code as the type needs it: a citizen ID number for persons, a USCC for organisations. */
function holderCodeIssue(kind: HolderKind, code: string): string | null {
  if (!code) return '请填写持证人证件号码';
  if (kind === 'person') return isValidCitizenId(code) ? null : '公民身份号码不正确（18 位，出生日期与校验位需符合 GB 11643）';
  return isValidUscc(code) ? null : '统一社会信用代码不正确（18 位，校验位需符合 GB 32100）';
}

/** The key of a template header cell `label(key)`, if it has one. */
const bracketedKey = (cell: string) => /[(（]\s*([A-Za-z][A-Za-z0-9_]*)\s*[)）]\s*$/.exec(cell)?.[1];

/** Finds a column by a header cell: `label(key)`, the key alone, or the label alone. */
function columnOfHeader(cell: string, columns: CertificateImportColumn[]): CertificateImportColumn | undefined {
  const bracketed = bracketedKey(cell);
  const key = bracketed ?? cell;
  return columns.find((c) => c.key === key) ?? (bracketed ? undefined : columns.find((c) => c.label === cell));
}

/** The reason a face field is not a column: the platform fills it in from the holder, the issuer or the dates. */
function derivedNote(type: CertificateTypeRow, keyOrLabel: string): string | null {
  const field = (type.faceFields as FaceField[]).find((f) => f.key === keyOrLabel || f.label === keyOrLabel);
  if (!field?.source || !(DERIVED_FACE_SOURCES as readonly string[]).includes(field.source)) return null;
  return `照面项"${field.label}"由系统按${FACE_SOURCES.label(field.source as (typeof DERIVED_FACE_SOURCES)[number])}自动填写，请删除此列`;
}

/** Reads a CSV file into rows by column key; a header that does not fit the type fails at once. */
function readCsv(text: string, type: CertificateTypeRow, columns: CertificateImportColumn[]): { rows: RawRow[]; fieldOf: (key: string) => string } {
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw importInvalid([{ line: e.line, field: '文件', message: e.message }]);
    throw e;
  }
  const [head, ...body] = records;
  if (!head) throw importInvalid([{ line: 1, field: '文件', message: '文件是空的（请使用下载的模板）' }]);
  checkRowCount(body.length);
  const issues: FieldIssue[] = [];
  const header = head.fields.map((h) => h.trim());
  const keys: (string | null)[] = [];
  const headerOf = new Map<string, string>();
  header.forEach((cell) => {
    const col = cell ? columnOfHeader(cell, columns) : undefined;
    if (!cell) {
      keys.push(null);
    } else if (!col) {
      const bracketed = bracketedKey(cell);
      issues.push({ line: head.line, field: cell, message: derivedNote(type, bracketed ?? cell) ?? `无法识别的列"${cell}"（请使用"${type.name}"的导入模板）` });
      keys.push(null);
    } else if (headerOf.has(col.key)) {
      issues.push({ line: head.line, field: cell, message: `与"${headerOf.get(col.key)}"是同一列，列重复` });
      keys.push(null);
    } else {
      headerOf.set(col.key, cell);
      keys.push(col.key);
    }
  });
  const missing = columns.filter((c) => c.required && !headerOf.has(c.key));
  if (missing.length) issues.push({ line: head.line, field: '表头', message: `缺少必填列：${missing.map(importHeaderOf).join('、')}` });
  if (issues.length) throw importInvalid(issues);

  const rows: RawRow[] = [];
  for (const r of body) {
    if (r.fields.every((f) => f.trim() === '')) continue;
    const cells = new Map<string, string>();
    keys.forEach((key, i) => { if (key) cells.set(key, (r.fields[i] ?? '').trim()); });
    if (r.fields.length > header.length && r.fields.slice(header.length).some((f) => f.trim() !== '')) {
      cells.set('__extra', `本行有 ${r.fields.length} 列，多于表头的 ${header.length} 列（内容含逗号时请加英文双引号）`);
    }
    rows.push({ line: r.line, cells });
  }
  return { rows, fieldOf: (key) => headerOf.get(key) ?? importHeaderOf(columns.find((c) => c.key === key) ?? { key, label: key }) };
}

/** Reads JSON rows (`face` holds the face fields); structural problems are reported per row. */
function readJson(items: unknown[], type: CertificateTypeRow, columns: CertificateImportColumn[], issues: FieldIssue[]): RawRow[] {
  checkRowCount(items.length);
  const faceKeys = new Set(columns.filter((c) => c.face).map((c) => c.key));
  const rows: RawRow[] = [];
  items.forEach((item, i) => {
    const line = i + 1;
    const parsed = CertificateImportRow.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || '行';
        const message = issue.code === 'unrecognized_keys' ? `无法识别的字段：${issue.keys.join('、')}（照面项请放在 face 中）` : issue.message;
        issues.push({ line, field, message });
      }
      return;
    }
    const { face, ...fixed } = parsed.data;
    const cells = new Map<string, string>();
    for (const [key, value] of Object.entries(fixed)) cells.set(key, (value ?? '').trim());
    for (const [key, value] of Object.entries(face)) {
      if (faceKeys.has(key)) cells.set(key, (value ?? '').trim());
      else if ((value ?? '').trim() !== '') issues.push({ line, field: `face.${key}`, message: derivedNote(type, key) ?? `"${type.name}"没有照面项 ${key}` });
    }
    rows.push({ line, cells });
  });
  return rows;
}

/** Whether an uploaded text holds one JSON document rather than CSV. */
export const looksLikeJson = (text: string) => /^[\s\uFEFF]*[[{]/.test(text);

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
    const columns = certificateImportColumns({ faceFields: type.faceFields as FaceField[] });
    const holderKind = type.holderKind as HolderKind;
    const today = chinaDate(deps.clock());
    const checked: CheckedRow[] = [];
    const seen = new Map<string, number>();
    const keyOf = (code: string, original: string) => `${code}\u0000${original}`;

    for (const { line, cells } of rows) {
      const before = issues.length;
      const problem = (key: string, message: string) => issues.push({ line, field: fieldOf(key), message });
      const extra = cells.get('__extra');
      if (extra) issues.push({ line, field: '行', message: extra });
      const cell = (key: string) => cells.get(key) ?? '';

      const holderName = cell('holderName');
      if (!holderName) problem('holderName', '请填写持证人名称');
      else if ([...holderName].length > 100) problem('holderName', '持证人名称不超过 100 个字');
      const holderCode = cell('holderCode').toUpperCase();
      const codeIssue = holderCodeIssue(holderKind, holderCode);
      if (codeIssue) problem('holderCode', codeIssue);

      const issuedOnText = cell('issuedOn');
      const issuedOn = issuedOnText ? importDate(issuedOnText) : null;
      if (!issuedOnText) problem('issuedOn', '请填写发证日期');
      else if (!issuedOn) problem('issuedOn', `发证日期"${issuedOnText}"不是有效日期（格式如 2021-06-18）`);
      else if (issuedOn > today) problem('issuedOn', '发证日期不能晚于今天');

      const validToText = cell('validTo');
      let validTo: string | null = null;
      if (validToText === '长期') validTo = null;
      else if (validToText) {
        const date = importDate(validToText);
        if (!date) problem('validTo', `有效期至"${validToText}"不是有效日期（格式如 2026-06-17，长期有效填"长期"或留空）`);
        else if (issuedOn && date < issuedOn) problem('validTo', '有效期至不能早于发证日期');
        validTo = date;
      } else if (issuedOn) validTo = validToOf(type.validity as ValidityRule, issuedOn);

      const originalNumber = cell('originalNumber');
      if ([...originalNumber].length > 100) problem('originalNumber', '原证照编号不超过 100 个字符');

      const given: Record<string, string> = {};
      for (const col of columns.filter((c) => c.face)) {
        let value = cell(col.key);
        if (!value) {
          if (col.required) problem(col.key, `请填写${col.label}`);
          continue;
        }
        if ([...value].length > 500) problem(col.key, `${col.label}不超过 500 个字`);
        if (col.type === 'date') {
          const date = importDate(value);
          if (!date) problem(col.key, `${col.label}"${value}"不是有效日期（格式如 2021-06-18）`);
          else value = date;
        }
        if (col.type === 'number' && !Number.isFinite(Number(value.replace(/,/g, '')))) problem(col.key, `${col.label}应为数字`);
        given[col.key] = value;
      }

      if (holderCode && !codeIssue) {
        const key = keyOf(holderCode, originalNumber);
        const first = seen.get(key);
        if (first !== undefined) {
          problem(originalNumber ? 'originalNumber' : 'holderCode', originalNumber ? `与第 ${first} 行重复（持证人证件号码与原证照编号均相同）` : `与第 ${first} 行重复（同一持证人，且都没有原证照编号）`);
        } else seen.set(key, line);
      }
      if (issues.length > before || !issuedOn) continue;

      const input: CheckedRow['input'] = {
        holder: { kind: holderKind === 'person' ? 'citizen' : 'enterprise', name: holderName, code: holderCode, accountId: null },
        issuer: { departmentId: issuer.id, name: issuer.name, uscc: issuer.uscc, regionCode: issuer.regionCode }, face: given, trustLevel: 'A',
        issuedOn, validTo,
      };
      try {
        // The face as it will be signed: a required field left without a value is this row's problem.
        faceOf(type, input, { issuedOn, validTo });
        checked.push({ line, holderCode, originalNumber, input });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        issues.push({ line, field: error.field ?? '行', message: error.message });
      }
    }

    const imported = await repo.findImported(type.id, [...new Set(checked.map((r) => r.holderCode))]);
    issues.push(...alreadyImported(checked, imported, fieldOf));
    return checked;
  }

  function alreadyImported(rows: CheckedRow[], imported: ImportedKey[], fieldOf: (key: string) => string): FieldIssue[] {
    const earlier = new Map(imported.map((k) => [`${k.holderCode}\u0000${k.originalNumber}`, k]));
    return rows.flatMap((r) => {
      const k = earlier.get(`${r.holderCode}\u0000${r.originalNumber}`);
      return k ? [{
        line: r.line, field: fieldOf(r.originalNumber ? 'originalNumber' : 'holderCode'),
        message: `该证照已于 ${chinaDate(k.importedAt)} 导入（证照标识 ${k.identifier}），不能重复导入`,
      }] : [];
    }).sort((a, b) => a.line - b.line);
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
