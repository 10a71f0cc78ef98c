import { systemActor } from '@yiwang/contracts';
import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/services.js';
import { sampleContent } from '../../../test/fixtures.js';

const t = useServices();


const actor = systemActor('测试管理员');

describe('bulk loading', () => {
  it('loads published, searchable items with a first version, and adds nothing the second time', async () => {
    const rows = ['芙蓉区市场监督管理局', '岳麓区市场监督管理局'].map((name) => ({
      basicCode: '000201001000', catalogName: '食品经营许可（新办）', itemType: '01', department: t.fx.byName(name), content: sampleContent(),
    }));
    expect(await t.s.bulkLoad(rows, '测试')).toBe(2);
    expect(await t.s.bulkLoad(rows, '测试')).toBe(0);
    const found = await t.s.catalog.search({ q: '食品经营', page: 1, pageSize: 10 });
    expect(found.items.map((i) => i.region.name).sort()).toEqual(['岳麓区', '芙蓉区']);
    const guide = await t.s.catalog.getGuide(found.items[0]!.id);
    expect(guide).toMatchObject({ version: 1, status: 'published', powerSource: '1' });
    expect(await t.s.catalog.listVersions(guide.id, actor)).toHaveLength(1);
  });

  it('rejects invalid content and leaves nothing behind', async () => {
    const rows = [
      { basicCode: '000201002000', catalogName: '甲', itemType: '01', department: t.fx.byName('长沙市公安局'), content: sampleContent({ name: '有效事项' }) },
      { basicCode: '000201003000', catalogName: '乙', itemType: '01', department: t.fx.byName('长沙市公安局'), content: sampleContent({ trips: 3 }) },
    ];
    await expect(t.s.bulkLoad(rows, '测试')).rejects.toThrow();
    expect((await t.s.catalog.search({ q: '有效事项', page: 1, pageSize: 10 }, { admin: actor })).total).toBe(0);
  });
});

describe('search over many matches', () => {
  it('pages through the items of one name without repeats and caps the count at 1,000', async () => {
    const dept = t.fx.byName('长沙市公安局');
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      basicCode: `0009${String(i).padStart(8, '0')}`, catalogName: '犬只登记', itemType: '20', department: dept,
      content: sampleContent({ name: '犬只登记', itemType: '20' }),
    }));
    expect(await t.s.bulkLoad(rows, '测试')).toBe(1005);
    const first = await t.s.catalog.search({ q: '犬只', page: 1, pageSize: 20 });
    expect(first).toMatchObject({ total: 1000, totalCapped: true });
    const second = await t.s.catalog.search({ q: '犬只', page: 2, pageSize: 20 });
    expect(second.items).toHaveLength(20);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(40);
    const last = await t.s.catalog.search({ q: '犬只', page: 11, pageSize: 100 });
    expect(last.items).toHaveLength(5);
    const beyond = await t.s.catalog.search({ q: '犬只', page: 12, pageSize: 100 });
    expect(beyond).toMatchObject({ items: [], total: 1000, totalCapped: true });
  });
});
