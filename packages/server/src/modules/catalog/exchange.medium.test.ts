import { systemActor } from '@yiwang/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { ItemContent } from '@yiwang/contracts';
import { parseCsv, toCsv } from '../../platform/csv/index.js';
import { useServices } from '../../../test/services.js';
import { sampleContent } from '../../../test/fixtures.js';

const t = useServices();
const actor = systemActor('测试管理员');

beforeAll(async () => {
  for (const [i, name] of ['食品经营许可（新办）', '食品经营许可（延续）'].entries()) {
    const created = await t.s.catalog.createItem({
      catalogItem: { basicCode: `00020100${i + 1}000`, name, itemType: '01', legalBasis: '' },
      departmentId: t.fx.byName('长沙市市场监督管理局').id, powerSource: '1', content: ItemContent.parse(sampleContent({ name })),
    }, actor);
    await t.s.catalog.publish(created.id, actor);
  }
  const city = (await t.s.catalog.search({ q: '新办', page: 1, pageSize: 1 })).items[0]!;
  await t.s.delegation.delegate(city.id, { targets: [{ regionCode: '430102' }], reason: '' }, actor);
});

describe('catalog export and import', () => {
  it('exports JSON that imports back without any change, into the same database', async () => {
    const json = await t.s.exchange.exportCatalog('json', {}, actor);
    const doc = JSON.parse(json);
    expect(doc.items).toHaveLength(3);
    const delegated = doc.items.find((r: { powerSource: string }) => r.powerSource === '2');
    expect(delegated.delegatedFromImplCode).toBeTruthy();
    const before = await t.s.catalog.listChanges(delegated.implCode ? (await t.s.catalog.search({ q: delegated.implCode, page: 1, pageSize: 1 }, { admin: actor })).items[0]!.id : '', actor);
    expect(await t.s.exchange.importCatalog('json', json, actor)).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await t.s.exchange.importCatalog('json', json, actor)).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    const child = (await t.s.catalog.search({ q: delegated.implCode, page: 1, pageSize: 1 }, { admin: actor })).items[0]!;
    expect(await t.s.catalog.listChanges(child.id, actor)).toHaveLength(before.length);
  });

  it('exports CSV with a BOM for Excel; editing a cell and importing it publishes a new version', async () => {
    const csv = await t.s.exchange.exportCatalog('csv', {}, actor);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    const tripsAt = header!.fields.indexOf('到办事现场次数');
    const reasonAt = header!.fields.indexOf('必须现场办理原因');
    const depthAt = header!.fields.indexOf('网上办理深度');
    // The item without delegated copies (an edited source would pass the change on to them as well).
    const target = rows.findIndex((r) => r.fields[header!.fields.indexOf('事项名称')] === '食品经营许可（延续）');
    const edited = rows.map((r, i) => {
      const f = [...r.fields];
      if (i === target) { f[tripsAt] = '1'; f[reasonAt] = '需现场核验原件'; f[depthAt] = '3'; }
      return f;
    });
    const report = await t.s.exchange.importCatalog('csv', toCsv(header!.fields, edited), actor);
    expect(report).toEqual({ rows: 3, created: 0, updated: 1, unchanged: 2 });
    const implCode = rows[target]!.fields[header!.fields.indexOf('实施编码')]!;
    const item = (await t.s.catalog.search({ q: implCode, page: 1, pageSize: 1 })).items[0]!;
    expect(item.trips).toBe(1);
    expect(item.version).toBe(2);
  });

  it('reports every bad row by line and column, and imports nothing from such a file', async () => {
    const csv = await t.s.exchange.exportCatalog('csv', {}, actor);
    const [header, ...rows] = parseCsv(csv);
    const col = (name: string) => header!.fields.indexOf(name);
    const newRow = [...rows[0]!.fields];
    newRow[col('实施编码')] = '';
    newRow[col('基本编码')] = '000299999000';
    newRow[col('事项名称')] = '一个新事项';
    const badTrips = [...rows[1]!.fields];
    badTrips[col('到办事现场次数')] = '3';
    const badUscc = [...rows[0]!.fields];
    badUscc[col('实施主体统一社会信用代码')] = '91350100M000100Y43';
    badUscc[col('实施编码')] = '';
    const file = toCsv(header!.fields, [newRow, badTrips, badUscc]);
    const lines = parseCsv(file).map((r) => r.line);
    await expect(t.s.exchange.importCatalog('csv', file, actor)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      issues: expect.arrayContaining([
        expect.objectContaining({ line: lines[2], field: '不能最多跑一次原因' }),
        expect.objectContaining({ line: lines[3], field: '实施主体统一社会信用代码' }),
      ]),
    });
    expect((await t.s.catalog.search({ q: '一个新事项', page: 1, pageSize: 5 }, { admin: actor })).total).toBe(0);
  });

  it('rejects a file that is not a catalog, and a CSV without its required columns', async () => {
    await expect(t.s.exchange.importCatalog('json', '{"hello":1}', actor)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    await expect(t.s.exchange.importCatalog('json', 'not json', actor)).rejects.toMatchObject({ code: 'IMPORT_INVALID', issues: [{ line: 1, field: '文件' }] });
    await expect(t.s.exchange.importCatalog('csv', '名称\n户口\n', actor)).rejects.toMatchObject({ code: 'IMPORT_INVALID', issues: [{ field: '表头' }] });
  });

  it('creates new items from an import into an empty installation of the same departments', async () => {
    const json = await t.s.exchange.exportCatalog('json', {}, actor);
    const doc = JSON.parse(json);
    doc.items = doc.items.map((r: { basicCode: string; implCode: string; delegatedFromImplCode?: string; content: { name: string } }, i: number) => ({
      ...r, basicCode: `0003000000${i}0`, implCode: undefined, delegatedFromImplCode: undefined, content: { ...r.content, name: `${r.content.name}（导入）` },
    }));
    expect(await t.s.exchange.importCatalog('json', JSON.stringify(doc), actor)).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect((await t.s.catalog.search({ q: '导入', page: 1, pageSize: 10 })).total).toBe(3);
  });
});
