/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */

const BOM = '\uFEFF';

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a UTF-8 byte-order mark, so that Excel opens Chinese text correctly. */
export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRecord {
  /** The physical line number (1-based) where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** Parses CSV text (with or without a BOM) into records with their line numbers; blank lines are skipped. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedField = false;
  const endField = () => { fields.push(field); field = ''; quotedField = false; };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') { field += '"'; i++; } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '' || quotedField) throw new CsvSyntaxError(line, `第 ${line} 行：引号位置不正确`);
      inQuotes = true;
      quotedField = true;
    } else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (inQuotes) throw new CsvSyntaxError(recordLine, `第 ${recordLine} 行：引号没有闭合`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
