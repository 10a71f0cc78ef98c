import {
  CERTIFICATE_IMPORT_LIMITS, CertificateImportRow, certificateImportColumns, chinaDate, DERIVED_FACE_SOURCES, FACE_SOURCES, importHeaderOf,
  isValidCitizenId, isValidUscc, type CertificateImportColumn, type FaceField, type FieldIssue, type HolderKind, type ValidityRule,
} from '@yiwang/contracts';
import { CsvSyntaxError, parseCsv } from '../../platform/csv/index.js';
import { AppError } from '../../platform/http/index.js';
import type { ImportedKey } from './certificate-import.repository.js';
import type { CertificateTypeRow } from './certificates.repository.js';
import type { DepartmentRef } from './certificate-types.service.js';
import { faceOf, validToOf, type IssueInput } from './issuance.js';

/**
 * 存量证照导入, the checking half: a CSV or JSON file read into rows by column key, and every row checked against the
 * certificate type — all problems at once, each with its row and field, in Chinese.
 */

/** A row that passed every check: where it stands, the keys it is known by, and what its certificate is issued from. */
export interface CheckedRow {
  line: number;
  holderCode: string;
  originalNumber: string;
  input: IssueInput & { issuedOn: string };
}

/** A row as read from the file: its number and its cells by column key. */
export interface RawRow { line: number; cells: Map<string, string> }

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

export function importInvalid(issues: FieldIssue[]): AppError {
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
export function checkRowCount(n: number): void {
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
export function readCsv(text: string, type: CertificateTypeRow, columns: CertificateImportColumn[]): { rows: RawRow[]; fieldOf: (key: string) => string } {
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
export function readJson(items: unknown[], type: CertificateTypeRow, columns: CertificateImportColumn[], issues: FieldIssue[]): RawRow[] {
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

/** Checks every row against the type, `today` being the China date; all problems at once, into `issues`. */
export function checkRows(type: CertificateTypeRow, issuer: DepartmentRef, rows: RawRow[], fieldOf: (key: string) => string, issues: FieldIssue[], today: string): CheckedRow[] {
  const columns = certificateImportColumns({ faceFields: type.faceFields as FaceField[] });
  const holderKind = type.holderKind as HolderKind;
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

  return checked;
}

/** Rows imported before (same holder and original number): each a problem of its row. */
export function alreadyImported(rows: CheckedRow[], imported: ImportedKey[], fieldOf: (key: string) => string): FieldIssue[] {
  const earlier = new Map(imported.map((k) => [`${k.holderCode}\u0000${k.originalNumber}`, k]));
  return rows.flatMap((r) => {
    const k = earlier.get(`${r.holderCode}\u0000${r.originalNumber}`);
    return k ? [{
      line: r.line, field: fieldOf(r.originalNumber ? 'originalNumber' : 'holderCode'),
      message: `该证照已于 ${chinaDate(k.importedAt)} 导入（证照标识 ${k.identifier}），不能重复导入`,
    }] : [];
  }).sort((a, b) => a.line - b.line);
}
