import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  it('writes a BOM and quotes commas, quotes and line breaks, and reads it all back with line numbers', () => {
    const text = toCsv(['名称', '说明'], [['户口迁移', '含"迁入",迁出'], ['居住证', '第一步\n第二步'], ['', '末行']]);
    expect(text.startsWith('\uFEFF名称,说明\r\n')).toBe(true);
    const records = parseCsv(text);
    expect(records.map((r) => r.fields)).toEqual([['名称', '说明'], ['户口迁移', '含"迁入",迁出'], ['居住证', '第一步\n第二步'], ['', '末行']]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a,b\n"c,d\n')).toThrow(CsvSyntaxError);
    try { parseCsv('a,b\nx,"c\n'); } catch (e) { expect((e as CsvSyntaxError).line).toBe(2); }
  });
});
