import { systemActor } from '@yiwang/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { ItemContent } from '@yiwang/contracts';
import { useServices } from '../../../test/services.js';
import { sampleContent } from '../../../test/fixtures.js';

const t = useServices();


const actor = systemActor('测试管理员');

async function publishedItem(name: string, deptName = '长沙市市场监督管理局', basicCode?: string) {
  const code = basicCode ?? `00020${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const created = await t.s.catalog.createItem({
    catalogItem: { basicCode: code, name, itemType: '01', legalBasis: '' },
    departmentId: t.fx.byName(deptName).id, powerSource: '1',
    content: ItemContent.parse(sampleContent({ name })),
  }, actor);
  return t.s.catalog.publish(created.id, actor);
}

describe('catalog lifecycle', () => {
  it('creates a draft, derives the implementation code and publishes version 1', async () => {
    const dept = t.fx.byName('长沙市市场监督管理局');
    const created = await t.s.catalog.createItem({
      catalogItem: { basicCode: '000201001000', name: '食品经营许可（新办）', itemType: '01', legalBasis: '' },
      departmentId: dept.id, powerSource: '1', content: ItemContent.parse(sampleContent()),
    }, actor);
    expect(created.status).toBe('draft');
    expect(created.implCode).toBe(`${dept.uscc}3000201001000`);
    expect(created.allowedActions).toEqual(['edit', 'publish', 'cancel']);
    expect(created.content.materials[0]!.code).toBe(`${created.implCode}001`);
    await expect(t.s.catalog.getGuide(created.id)).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });

    const published = await t.s.catalog.publish(created.id, actor);
    expect(published.status).toBe('published');
    expect(published.version).toBe(1);
    expect(published.draft).toBeNull();
    expect((await t.s.catalog.getGuide(created.id)).name).toBe('食品经营许可（新办）');
  });

  it('keeps a published version immutable: an edit makes a draft, publishing it makes version 2 with a recorded diff', async () => {
    const item = await publishedItem('药品零售企业许可');
    const draft = await t.s.catalog.saveDraft(item.id, { content: ItemContent.parse(sampleContent({ name: '药品零售企业许可', trips: 1, onlineDepth: '3', onsiteReason: '需现场核查经营场所' })), baseDraftVersion: null }, actor);
    expect(draft.draftVersion).toBe(2);
    expect((await t.s.catalog.getGuide(item.id)).trips).toBe(0);

    await expect(t.s.catalog.saveDraft(item.id, { content: ItemContent.parse(sampleContent({ name: '药品零售企业许可' })), baseDraftVersion: null }, actor))
      .rejects.toMatchObject({ code: 'ITEM_VERSION_CONFLICT' });

    const v2 = await t.s.catalog.publish(item.id, actor);
    expect(v2.version).toBe(2);
    expect((await t.s.catalog.getGuide(item.id)).trips).toBe(1);
    const versions = await t.s.catalog.listVersions(item.id, actor);
    expect(versions.map((v) => [v.version, v.state])).toEqual([[2, 'published'], [1, 'superseded']]);
    expect((await t.s.catalog.getVersion(item.id, 1, actor)).content.trips).toBe(0);
    const publishChange = (await t.s.catalog.listChanges(item.id, actor)).find((c) => c.action === 'publish' && c.version === 2)!;
    expect(publishChange.actor).toBe(actor.name);
    expect(publishChange.changes).toEqual(expect.arrayContaining([
      { path: 'trips', before: 0, after: 1 },
      { path: 'onlineDepth', before: '4', after: '3' },
    ]));
  });

  it('follows the transition table: suspend, resume, cancel; a cancelled item accepts nothing', async () => {
    const item = await publishedItem('食品小作坊登记');
    expect((await t.s.catalog.changeItemStatus(item.id, 'suspend', '法规修订中', actor)).status).toBe('suspended');
    expect((await t.s.catalog.changeItemStatus(item.id, 'resume', null, actor)).status).toBe('published');
    await expect(t.s.catalog.changeItemStatus(item.id, 'resume', null, actor)).rejects.toMatchObject({ code: 'ITEM_TRANSITION_NOT_ALLOWED' });
    const cancelled = await t.s.catalog.changeItemStatus(item.id, 'cancel', '事项取消', actor);
    expect(cancelled.allowedActions).toEqual([]);
    await expect(t.s.catalog.saveDraft(item.id, { content: ItemContent.parse(sampleContent()), baseDraftVersion: null }, actor))
      .rejects.toMatchObject({ code: 'ITEM_TRANSITION_NOT_ALLOWED' });
    await expect(t.s.catalog.publish(item.id, actor)).rejects.toMatchObject({ code: 'ITEM_TRANSITION_NOT_ALLOWED' });
  });

  it('refuses a second implementation of the same catalog item by the same department', async () => {
    const first = await publishedItem('特种设备使用登记', '长沙市市场监督管理局', '000201009000');
    const again = t.s.catalog.createItem({
      catalogItemId: (await t.s.catalog.getAdminItem(first.id, actor)).catalogItem.id,
      departmentId: t.fx.byName('长沙市市场监督管理局').id, powerSource: '1',
      content: ItemContent.parse(sampleContent({ name: '特种设备使用登记' })),
    }, actor);
    await expect(again).rejects.toMatchObject({ code: 'ITEM_CODE_TAKEN', field: 'departmentId' });
  });
});

describe('delegation (下放)', () => {
  it('delegates a city item to a district, which inherits new versions until edited locally, and can be revoked', async () => {
    const city = await publishedItem('食品经营许可（变更）');
    const [delegated] = await t.s.delegation.delegate(city.id, { targets: [{ regionCode: '430102' }], reason: '就近办' }, actor);
    expect(delegated!.item.department.name).toBe('芙蓉区市场监督管理局');
    expect(delegated!.item.powerSource).toBe('2');
    expect(delegated!.item.level).toBe('4');
    expect(delegated!.inheritsSource).toBe(true);
    const childId = delegated!.item.id;
    expect((await t.s.catalog.getGuide(childId)).delegatedFrom?.id).toBe(city.id);

    await t.s.catalog.saveDraft(city.id, { content: ItemContent.parse(sampleContent({ name: '食品经营许可（变更）', promisedLimit: { value: 3, unit: 'working-day' } })), baseDraftVersion: null }, actor);
    await t.s.catalog.publish(city.id, actor);
    expect((await t.s.catalog.getGuide(childId)).promisedLimit.value).toBe(3);

    await t.s.catalog.saveDraft(childId, { content: ItemContent.parse(sampleContent({ name: '食品经营许可（变更）', promisedLimit: { value: 2, unit: 'working-day' } })), baseDraftVersion: null }, actor);
    await t.s.catalog.publish(childId, actor);
    await t.s.catalog.saveDraft(city.id, { content: ItemContent.parse(sampleContent({ name: '食品经营许可（变更）', promisedLimit: { value: 4, unit: 'working-day' } })), baseDraftVersion: null }, actor);
    await t.s.catalog.publish(city.id, actor);
    const child = await t.s.catalog.getGuide(childId);
    expect(child.promisedLimit.value).toBe(2);
    expect(child.inheritsSource).toBe(false);

    const district = await t.s.catalog.search({ q: '食品经营许可变更', region: '430102', page: 1, pageSize: 20 });
    expect(district.items.map((i) => i.id)).toContain(childId);

    const revoked = await t.s.delegation.revoke(city.id, childId, '收回', actor);
    expect(revoked.revoked).toBe(true);
    const after = await t.s.catalog.search({ q: '食品经营许可变更', region: '430102', page: 1, pageSize: 20 });
    expect(after.items.map((i) => i.id)).not.toContain(childId);
  });

  it('delegates a district item down to towns and villages but never sideways or up', async () => {
    const city = await publishedItem('个体工商户登记');
    const [district] = await t.s.delegation.delegate(city.id, { targets: [{ regionCode: '430102' }], reason: '' }, actor);
    const towns = await t.s.delegation.delegate(district!.item.id, { targets: [{ regionCode: '430102001' }, { regionCode: '430102001001' }], reason: '' }, actor);
    expect(towns.map((t) => t.item.level)).toEqual(['5', '6']);
    expect(towns[0]!.item.department.name).toBe('文艺路街道政务服务中心');

    await expect(t.s.delegation.delegate(city.id, { targets: [{ regionCode: '430202' }], reason: '' }, actor))
      .rejects.toMatchObject({ code: 'DELEGATION_NOT_ALLOWED', issues: [{ field: 'targets.0.regionCode' }] });
    await expect(t.s.delegation.delegate(city.id, { targets: [{ regionCode: '430102001' }], reason: '' }, actor))
      .rejects.toMatchObject({ code: 'DELEGATION_NOT_ALLOWED' });
    await expect(t.s.delegation.delegate(district!.item.id, { targets: [{ regionCode: '430104001' }], reason: '' }, actor))
      .rejects.toMatchObject({ code: 'DELEGATION_NOT_ALLOWED' });
  });

  it('leaves nothing behind when one target of a delegation fails', async () => {
    const city = await publishedItem('食品生产许可');
    await expect(t.s.delegation.delegate(city.id, { targets: [{ regionCode: '430102' }, { regionCode: '999999' }], reason: '' }, actor))
      .rejects.toMatchObject({ code: 'DELEGATION_NOT_ALLOWED' });
    expect(await t.s.delegation.listDelegations(city.id, actor)).toEqual([]);
  });
});

describe('search in Chinese', () => {
  beforeAll(async () => {
    await publishedItem('建设工程规划许可证核发', '长沙市市场监督管理局', '000201100000');
    await publishedItem('户口迁移（迁入）', '长沙市公安局', '000101100000');
  });

  it('finds by words, by substrings and by words that are not adjacent in the name', async () => {
    const search = (q: string) => t.s.catalog.search({ q, page: 1, pageSize: 50 }).then((r) => r.items.map((i) => i.name));
    expect(await search('规划许可')).toContain('建设工程规划许可证核发');
    expect(await search('程规')).toContain('建设工程规划许可证核发');
    expect(await search('工程 许可证')).toContain('建设工程规划许可证核发');
    expect(await search('户口')).toEqual(['户口迁移（迁入）']);
    expect(await search('迁入户口')).toEqual(['户口迁移（迁入）']);
    expect(await search('营业执照')).toContain('食品经营许可（新办）');
    expect(await search('婚姻登记')).toEqual([]);
  });

  it('ranks a name match above a match in the materials, and filters by region, level, department and trips', async () => {
    const r = await t.s.catalog.search({ q: '许可证', page: 1, pageSize: 50 });
    expect(r.items[0]!.name).toContain('许可证');
    const district = await t.s.catalog.search({ region: '430102', page: 1, pageSize: 100 });
    expect(district.items.every((i) => i.region.code.startsWith('430102'))).toBe(true);
    const police = await t.s.catalog.search({ department: t.fx.byName('长沙市公安局').id, page: 1, pageSize: 100 });
    expect(police.items.map((i) => i.name)).toEqual(['户口迁移（迁入）']);
    const oneTrip = await t.s.catalog.search({ minTrips: 1, maxTrips: 1, page: 1, pageSize: 100 });
    expect(oneTrip.items.every((i) => i.trips === 1)).toBe(true);
    const zero = await t.s.catalog.search({ maxTrips: 0, level: '3', page: 1, pageSize: 100 });
    expect(zero.total).toBeGreaterThan(0);
    expect(zero.items.every((i) => i.trips === 0 && i.level === '3')).toBe(true);
  });

  it('finds an item by its implementation code', async () => {
    const any = (await t.s.catalog.search({ q: '户口', page: 1, pageSize: 1 })).items[0]!;
    const byCode = await t.s.catalog.search({ q: any.implCode, page: 1, pageSize: 5 });
    expect(byCode.items.map((i) => i.id)).toEqual([any.id]);
  });
});

describe('department names in item lists', () => {
  it('follow a rename of the department, in the same transaction', async () => {
    const dept = t.fx.byName('株洲市市场监督管理局');
    const item = await publishedItem('株洲食品经营许可', '株洲市市场监督管理局');
    expect(item.department.name).toBe('株洲市市场监督管理局');
    await t.s.regions.updateDepartment(dept.id, { name: '株洲市市场监管局', uscc: dept.uscc, regionCode: dept.regionCode, nature: '1', dockingMode: 'platform', sector: dept.sector }, actor);
    const found = await t.s.catalog.search({ q: '株洲食品', page: 1, pageSize: 5 });
    expect(found.items[0]!.department.name).toBe('株洲市市场监管局');
    expect(found.items[0]!.region.name).toBe('株洲市');
  });
});
