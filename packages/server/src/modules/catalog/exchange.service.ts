import {
  type Actor,
  CatalogExchangeFile, CatalogExchangeRow, implementationCode, isSameContent, type FieldIssue, type ImportReport, type ItemSearchQuery,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { CsvSyntaxError, parseCsv, toCsv } from '../../platform/csv/index.js';
import type { DepartmentRow } from '../regions/index.js';
import { catalogRepository, type CatalogItemRow, type ItemRow } from './catalog.repository.js';
import { scopedFilter, transactional, type CatalogDeps } from './catalog.service.js';
import type { ItemFilter } from './catalog.repository.js';
import { can } from '../identity/index.js';
import { CSV_COLUMNS, cellsToRow, headerForPath, missingHeaders, rowToCells } from './exchange-format.js';

import { changeStatus, insertItem, parseStoredContent, publishContent, type WriteContext } from './item-writer.js';

export type ExchangeFormat = 'json' | 'csv';
type ExchangeRow = CatalogExchangeRow & { delegatedFromImplCode?: string };
interface ParsedRow { line: number; row: ExchangeRow }

const MAX_ISSUES = 200;

/** Import and export of the catalog as JSON and as CSV (UTF-8 with BOM). */
export function createExchangeService(deps: CatalogDeps) {
  const repo = catalogRepository(deps.db);
  const regions = deps.regionsFor(deps.db);
  const inTransaction = transactional(deps);

  async function exportRows(filter: ItemFilter): Promise<ExchangeRow[]> {
    const rows = await repo.listPublishedWithContent(filter);
    const depts = new Map((await regions.findDepartments([...new Set(rows.map((r) => r.item.departmentId))])).map((d) => [d.id, d]));
    const catalog = new Map((await repo.findCatalogItemsByIds([...new Set(rows.map((r) => r.item.catalogItemId))])).map((c) => [c.id, c]));
    const sources = new Map((await repo.findItemsByIds([...new Set(rows.map((r) => r.item.delegatedFromId).filter((x): x is string => !!x))])).map((s) => [s.id, s]));
    return rows.map(({ item, content }) => {
      const cat = catalog.get(item.catalogItemId)!;
      return {
        implCode: item.implCode, basicCode: cat.basicCode, catalogName: cat.name, catalogItemType: cat.itemType as ExchangeRow['catalogItemType'],
        departmentUscc: depts.get(item.departmentId)!.uscc, level: item.level as ExchangeRow['level'],
        powerSource: item.powerSource as ExchangeRow['powerSource'], status: item.status as ExchangeRow['status'],
        delegatedFromImplCode: item.delegatedFromId ? sources.get(item.delegatedFromId)?.implCode : undefined,
        content: parseStoredContent(content),
      };
    });
  }

  function parseFile(format: ExchangeFormat, text: string): { rows: Array<{ line: number; raw: unknown; colIssues: FieldIssue[] }>; csv: boolean } {
    if (format === 'json') {
      let doc: unknown;
      try { doc = JSON.parse(text.replace(/^\uFEFF/, '')); } catch (e) {
        throw importError([{ line: 1, field: '文件', message: `不是有效的 JSON：${(e as Error).message}` }]);
      }
      const file = CatalogExchangeFile.safeParse(doc);
      if (!file.success) throw importError([{ line: 1, field: '文件', message: '不是 Yiwang 事项目录文件（需要 format: "yiwang-catalog", version: 1, items: [...]）' }]);
      return { rows: file.data.items.map((raw, i) => ({ line: i + 1, raw, colIssues: [] })), csv: false };
    }
    let records;
    try { records = parseCsv(text); } catch (e) {
      if (e instanceof CsvSyntaxError) throw importError([{ line: e.line, field: '文件', message: e.message }]);
      throw e;
    }
    const [head, ...body] = records;
    if (!head) throw importError([{ line: 1, field: '文件', message: '文件是空的' }]);
    const missing = missingHeaders(head.fields.map((h) => h.trim()));
    if (missing.length) throw importError([{ line: head.line, field: '表头', message: `缺少列：${missing.join('、')}` }]);
    const header = head.fields.map((h) => h.trim());
    return {
      rows: body.map((r) => {
        const colIssues: FieldIssue[] = [];
        return { line: r.line, raw: cellsToRow(header, r.fields, r.line, colIssues), colIssues };
      }),
      csv: true,
    };
  }

  async function validate(format: ExchangeFormat, text: string, actor: Actor): Promise<{ rows: ParsedRow[]; depts: Map<string, DepartmentRow> }> {
    const { rows, csv } = parseFile(format, text);
    const issues: FieldIssue[] = [];
    const fieldName = (path: string) => (csv ? headerForPath(path) : path);
    const parsed: ParsedRow[] = [];
    for (const { line, raw, colIssues } of rows) {
      issues.push(...colIssues);
      const result = CatalogExchangeRow.extend({ delegatedFromImplCode: CatalogExchangeRow.shape.implCode }).safeParse(raw);
      if (!result.success) {
        issues.push(...result.error.issues.map((i) => ({ line, field: fieldName(i.path.join('.')), message: i.message })));
      } else parsed.push({ line, row: result.data });
    }
    const usccs = [...new Set(parsed.map((p) => p.row.departmentUscc))];
    const depts = new Map<string, DepartmentRow>();
    for (const uscc of usccs) {
      const d = await regions.findDepartmentByUscc(uscc);
      if (d) depts.set(uscc, d);
    }
    const seen = new Map<string, number>();
    for (const { line, row } of parsed) {
      const dept = depts.get(row.departmentUscc);
      if (!dept) { issues.push({ line, field: fieldName('departmentUscc'), message: `没有统一社会信用代码为 ${row.departmentUscc} 的实施主体` }); continue; }
      const decision = can(actor, 'catalog:import', { regionCode: dept.regionCode, departmentId: dept.id });
      if (!decision.allowed) { issues.push({ line, field: fieldName('departmentUscc'), message: `${dept.name}：${decision.reason}` }); continue; }
      if (row.content.itemType !== row.catalogItemType) issues.push({ line, field: fieldName('content.itemType'), message: '事项类型与目录事项类型不一致' });
      const code = implementationCode(dept.uscc, row.level, row.basicCode);
      if (row.implCode && row.implCode !== code) issues.push({ line, field: fieldName('implCode'), message: `实施编码应为 ${code}（统一社会信用代码 + 行使层级 + 基本编码）` });
      const first = seen.get(code);
      if (first) issues.push({ line, field: fieldName('implCode'), message: `与第 ${first} 行的实施编码重复` });
      seen.set(code, line);
    }
    if (issues.length) throw importError(issues);
    return { rows: parsed, depts };
  }

  async function importRow(ctx: WriteContext, p: ParsedRow, dept: DepartmentRow, catalog: CatalogItemRow, report: ImportReport): Promise<void> {
    const { row } = p;
    const code = implementationCode(dept.uscc, row.level, row.basicCode);
    const source = row.delegatedFromImplCode ? await ctx.repo.findItemByImplCode(row.delegatedFromImplCode) : null;
    const existing = await ctx.repo.findItemByImplCode(code);
    if (!existing) {
      await insertItem(ctx, {
        catalogItem: catalog, department: dept, level: row.level, powerSource: row.powerSource, status: row.status,
        content: row.content, delegatedFromId: source?.id ?? null, inheritsSource: false, action: 'import',
      });
      report.created++;
      return;
    }
    const current = existing.currentVersion ? parseStoredContent((await ctx.repo.findVersion(existing.id, existing.currentVersion))!.content) : null;
    const sameContent = current !== null && isSameContent(current, row.content);
    if (sameContent && existing.status === row.status) { report.unchanged++; return; }
    let item: ItemRow = existing;
    if (!sameContent) item = await publishContent(ctx, existing, row.content, { action: 'import', local: true });
    if (item.status !== row.status) await changeStatus(ctx, item, row.status, 'import', '导入');
    report.updated++;
  }

  return {
    async exportCatalog(format: ExchangeFormat, query: Omit<ItemSearchQuery, 'page' | 'pageSize'>, actor: Actor): Promise<string> {
      const rows = await exportRows(scopedFilter(actor, 'catalog:export', query));
      if (format === 'json') {
        return JSON.stringify({ format: 'yiwang-catalog', version: 1, exportedAt: new Date().toISOString(), items: rows }, null, 1);
      }
      return toCsv(CSV_COLUMNS.map((col) => col.header), rows.map(rowToCells));
    },

    /** Validates every row first; imports all of them in one transaction, or none. Idempotent. */
    async importCatalog(format: ExchangeFormat, text: string, actor: Actor): Promise<ImportReport> {
      const { rows, depts } = await validate(format, text, actor);
      return inTransaction(actor, async (ctx) => {
        const report: ImportReport = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
        const catalogs = new Map<string, CatalogItemRow>();
        // Sources first, so that a delegated row can find the item it came from.
        const ordered = [...rows].sort((a, b) => Number(Boolean(a.row.delegatedFromImplCode)) - Number(Boolean(b.row.delegatedFromImplCode)));
        for (const p of ordered) {
          let catalog = catalogs.get(p.row.basicCode) ?? (await ctx.repo.findCatalogItemByBasicCode(p.row.basicCode));
          catalog ??= await ctx.repo.insertCatalogItem({ basicCode: p.row.basicCode, name: p.row.catalogName, itemType: p.row.catalogItemType, legalBasis: p.row.content.legalBasis });
          catalogs.set(p.row.basicCode, catalog);
          await importRow(ctx, p, depts.get(p.row.departmentUscc)!, catalog, report);
        }
        return report;
      });
    },
  };
}

function importError(issues: FieldIssue[]): AppError {
  const shown = issues.slice(0, MAX_ISSUES);
  const more = issues.length > MAX_ISSUES ? `（仅列出前 ${MAX_ISSUES} 条）` : '';
  return new AppError('IMPORT_INVALID', `导入文件有 ${issues.length} 处错误，未导入任何数据${more}`, { issues: shown });
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
