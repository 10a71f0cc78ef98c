import type { FieldIssue } from '@yiwang/contracts';

/** How one column of the catalog CSV maps to a field of an exchange row. */
interface Column {
  header: string;
  path: string;
  kind: 'text' | 'int' | 'bool' | 'codes' | 'lines' | 'json';
}

const c = (header: string, path: string, kind: Column['kind'] = 'text'): Column => ({ header, path, kind });

/** The catalog CSV's columns. Lists of codes are joined by `|`, steps by line breaks, nested lists are JSON. */
export const CSV_COLUMNS: Column[] = [
  c('实施编码', 'implCode'), c('基本编码', 'basicCode'), c('目录事项名称', 'catalogName'), c('目录事项类型', 'catalogItemType'),
  c('实施主体统一社会信用代码', 'departmentUscc'), c('行使层级', 'level'), c('权力来源', 'powerSource'), c('状态', 'status'),
  c('下放来源实施编码', 'delegatedFromImplCode'),
  c('事项名称', 'content.name'), c('事项类型', 'content.itemType'), c('服务对象', 'content.serviceObjects', 'codes'),
  c('法定办结时限', 'content.legalLimit.value', 'int'), c('法定时限单位', 'content.legalLimit.unit'),
  c('承诺办结时限', 'content.promisedLimit.value', 'int'), c('承诺时限单位', 'content.promisedLimit.unit'),
  c('办件类型', 'content.caseType'), c('到办事现场次数', 'content.trips', 'int'), c('必须现场办理原因', 'content.onsiteReason'),
  c('不能最多跑一次原因', 'content.notOneTripReason'), c('网上办理深度', 'content.onlineDepth'),
  c('受理条件', 'content.conditions'), c('设定依据', 'content.legalBasis'),
  c('网上办理流程', 'content.processOnline', 'lines'), c('窗口办理流程', 'content.processOffline', 'lines'),
  c('办理地点', 'content.location'), c('办理时间', 'content.hours'),
  c('咨询电话', 'content.consultPhone'), c('投诉电话', 'content.complaintPhone'),
  c('收费', 'content.fees', 'json'), c('办理结果', 'content.result', 'json'), c('常见问题', 'content.faqs', 'json'),
  c('通办范围', 'content.anywhereScope'), c('支持预约', 'content.supportsAppointment', 'bool'),
  c('支持网上支付', 'content.supportsOnlinePayment', 'bool'), c('支持物流快递', 'content.supportsExpress', 'bool'),
  c('个人主题', 'content.personThemes', 'codes'), c('法人主题', 'content.enterpriseThemes', 'codes'),
  c('申请材料', 'content.materials', 'json'), c('申请表', 'content.applicationForm', 'json'), c('审批流程', 'content.reviewFlow', 'json'),
];

function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function set(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = value;
}

function cell(value: unknown, kind: Column['kind']): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'bool': return value ? '是' : '否';
    case 'codes': return (value as string[]).join('|');
    case 'lines': return (value as string[]).join('\n');
    case 'json': return JSON.stringify(value);
    default: return String(value);
  }
}

/** One exchange row as CSV cells. */
export function rowToCells(row: unknown): string[] {
  return CSV_COLUMNS.map((col) => cell(get(row, col.path), col.kind));
}

/** Builds an exchange row from CSV cells; cells that cannot be read are reported by their column. */
export function cellsToRow(header: string[], cells: string[], line: number, issues: FieldIssue[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  header.forEach((h, i) => {
    const col = CSV_COLUMNS.find((x) => x.header === h);
    if (!col) return;
    const raw = (cells[i] ?? '').trim();
    if (raw === '') {
      if (col.kind === 'codes' || col.kind === 'lines') set(row, col.path, []);
      else if (col.path === 'content.legalLimit.value') set(row, 'content.legalLimit', null);
      // Otherwise an empty cell is an absent value: the schema's default (often null) applies.
      return;
    }
    switch (col.kind) {
      case 'int': {
        const n = Number(raw);
        set(row, col.path, Number.isFinite(n) ? n : raw);
        break;
      }
      case 'bool':
        if (!['是', '否', 'true', 'false'].includes(raw)) issues.push({ line, field: col.header, message: '应填"是"或"否"' });
        set(row, col.path, raw === '是' || raw === 'true');
        break;
      case 'codes': set(row, col.path, raw.split('|').map((s) => s.trim()).filter(Boolean)); break;
      case 'lines': set(row, col.path, raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean)); break;
      case 'json':
        try { set(row, col.path, JSON.parse(raw)); } catch { issues.push({ line, field: col.header, message: '不是有效的 JSON' }); }
        break;
      default: set(row, col.path, raw);
    }
  });
  const limit = (row.content as Record<string, unknown> | undefined)?.legalLimit as Record<string, unknown> | null | undefined;
  if (limit && limit.value === undefined) (row.content as Record<string, unknown>).legalLimit = null;
  return row;
}

/** The CSV header for a field path of an exchange row (`content.materials.0.name` → `申请材料[1].name`). */
export function headerForPath(path: string): string {
  const col = [...CSV_COLUMNS].sort((a, b) => b.path.length - a.path.length).find((x) => path === x.path || path.startsWith(`${x.path}.`));
  if (!col) return path;
  const rest = path.slice(col.path.length + 1);
  if (!rest) return col.header;
  const [index, ...tail] = rest.split('.');
  return /^\d+$/.test(index!) ? `${col.header}[${Number(index) + 1}]${tail.length ? `.${tail.join('.')}` : ''}` : `${col.header}.${rest}`;
}

export function missingHeaders(header: string[]): string[] {
  const required = ['基本编码', '目录事项名称', '目录事项类型', '实施主体统一社会信用代码', '行使层级', '事项名称'];
  return required.filter((h) => !header.includes(h));
}
