import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, ItemContent, ROLE_GRANTS, ROLES, systemActor, usccCheckChar, type RoleCode } from '@yiwang/contracts';
import { sampleContent } from '../../../test/fixtures.js';
import { useApp, type Browser } from '../../../test/http.js';

const t = useApp();
const system = systemActor('测试');
const DEPARTMENT_ROLES: RoleCode[] = ['dept-reviewer', 'dept-approver'];

/** A concrete URL for a route pattern: ids become a random uuid (the answer may be 404, never 401/403 when allowed). */
const concrete = (url: string) =>
  url.replace(/:(id|childId|personId)/g, '7d1f2c1e-0d3a-4c43-9a55-3f7b1f0c2a11').replace(':version', '1').replace(':code', '4301');

const apiRoutes = () => t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));

async function publishedItem(deptName: string, basicCode: string) {
  const item = await t.s.catalog.createItem({
    catalogItem: { basicCode, name: `测试事项${basicCode}`, itemType: '01', legalBasis: '' },
    departmentId: t.fx.byName(deptName).id, powerSource: '1', content: ItemContent.parse(sampleContent({ name: `测试事项${basicCode}` })),
  }, system);
  return t.s.catalog.publish(item.id, system);
}

describe('every route declares its permission', () => {
  it('has a declaration on each registered route', () => {
    const missing = t.app.registeredRoutes.filter((r) => r.permission === undefined).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(apiRoutes().length).toBeGreaterThan(40);
  });

  it('answers 401 to an anonymous caller on every route that is not public', async () => {
    for (const route of apiRoutes().filter((r) => r.permission !== 'public')) {
      const res = await t.app.inject({ method: route.method as 'GET', url: concrete(route.url), payload: route.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('the role × route matrix follows the grant table', () => {
  const browsers = new Map<RoleCode, Browser>();
  beforeAll(async () => {
    for (const role of ROLES.codes) {
      const depts = DEPARTMENT_ROLES.includes(role) ? ['长沙市市场监督管理局'] : [];
      browsers.set(role, await t.staff(`m.${role}`, [role], '4301', depts));
    }
  });

  it('lets each role use exactly the action routes its grants name, and refuses the rest with 403', async () => {
    const actionRoutes = apiRoutes().filter((r) => (ACTIONS.codes as readonly string[]).includes(r.permission ?? ''));
    expect(actionRoutes.length).toBeGreaterThan(25);
    for (const role of ROLES.codes) {
      const granted = new Set<string>(ROLE_GRANTS[role].actions);
      for (const route of actionRoutes) {
        const res = await t.call(browsers.get(role)!, { method: route.method as 'GET', url: concrete(route.url), payload: route.method === 'GET' ? undefined : {} });
        const where = `${role} ${route.method} ${route.url} (${route.permission}) → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (granted.has(route.permission!)) expect([401, 403], where).not.toContain(res.statusCode);
        else {
          expect(res.statusCode, where).toBe(403);
          expect(res.json().code, where).toBe('FORBIDDEN');
        }
      }
    }
  });

  it('keeps persons and enterprises out of every staff route, and staff out of the personal centre', async () => {
    const person = await t.s.accounts.createVerifiedAccount({ kind: 'citizen', name: '周九', idNumber: '430102199003071234', phone: '13800138009', password: 'Person2026x' });
    expect(person.kind).toBe('citizen');
    const citizen = await t.signIn('13800138009', 'Person2026x');
    for (const route of apiRoutes().filter((r) => (ACTIONS.codes as readonly string[]).includes(r.permission ?? ''))) {
      const res = await t.call(citizen, { method: route.method as 'GET', url: concrete(route.url), payload: route.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
    const staff = browsers.get('platform-admin')!;
    for (const url of ['/api/me/profile', '/api/me/agents']) {
      expect((await t.call(staff, { url })).statusCode, url).toBe(403);
    }
    expect((await t.call(citizen, { url: '/api/me/agents' })).statusCode).toBe(403);
  });
});

describe('region and department reach', () => {
  let cityItem: string;
  let furongItem: string;
  let yueluItem: string;
  let policeItem: string;
  let city: Browser;
  let furong: Browser;
  let reviewer: Browser;

  beforeAll(async () => {
    cityItem = (await publishedItem('长沙市市场监督管理局', '000201009001')).id;
    furongItem = (await publishedItem('芙蓉区市场监督管理局', '000201009002')).id;
    yueluItem = (await publishedItem('岳麓区市场监督管理局', '000201009003')).id;
    policeItem = (await publishedItem('长沙市公安局', '000201009004')).id;
    city = await t.staff('r.city', ['catalog-admin'], '4301');
    furong = await t.staff('r.furong', ['catalog-admin'], '430102');
    reviewer = await t.staff('r.reviewer', ['dept-reviewer'], '4301', ['长沙市市场监督管理局']);
  });

  const draft = (as: Browser, id: string) => t.call(as, {
    method: 'PUT', url: `/api/admin/items/${id}/draft`, payload: { baseDraftVersion: null, content: sampleContent({ name: '修改后的名称' }) },
  });

  it('a district administrator edits only items of the district', async () => {
    expect((await draft(furong, furongItem)).statusCode).toBe(200);
    const foreign = await draft(furong, yueluItem);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toContain('不在您的管辖范围');
    expect((await draft(furong, cityItem)).statusCode).toBe(403);
    const list = (await t.call(furong, { url: '/api/admin/items?region=4301&pageSize=100' })).json() as { items: { region: { code: string } }[] };
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.region.code.startsWith('430102'))).toBe(true);
  });

  it('a city administrator delegates down into the city, never out of it; a district one cannot delegate a city item', async () => {
    const ok = await t.call(city, { method: 'POST', url: `/api/admin/items/${cityItem}/delegations`, payload: { targets: [{ regionCode: '430102' }], reason: '' } });
    expect(ok.statusCode, ok.body).toBe(201);
    const away = await t.call(city, { method: 'POST', url: `/api/admin/items/${cityItem}/delegations`, payload: { targets: [{ regionCode: '430202' }], reason: '' } });
    expect(away.statusCode).toBe(403);
    const district = await t.call(furong, { method: 'POST', url: `/api/admin/items/${cityItem}/delegations`, payload: { targets: [{ regionCode: '430102' }], reason: '' } });
    expect(district.statusCode).toBe(403);
  });

  it('a department reviewer sees only the department’s items', async () => {
    expect((await t.call(reviewer, { url: `/api/admin/items/${cityItem}` })).statusCode).toBe(200);
    const other = await t.call(reviewer, { url: `/api/admin/items/${policeItem}` });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toBe('该对象不属于您所在的部门');
    const list = (await t.call(reviewer, { url: '/api/admin/items?pageSize=100' })).json() as { items: { department: { name: string } }[] };
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((i) => i.department.name))).toEqual(new Set(['长沙市市场监督管理局']));
  });

  it('a district administrator manages departments of the district only', async () => {
    const dept = { name: '岳麓区测试局', uscc: `11430104MB1234567${usccCheckChar('11430104MB1234567')}`, regionCode: '430104', nature: '1', dockingMode: 'platform', sector: null };
    const res = await t.call(furong, { method: 'POST', url: '/api/admin/departments', payload: dept });
    expect(res.statusCode, res.body).toBe(403);
    const own = await t.call(furong, { method: 'POST', url: '/api/admin/departments', payload: { ...dept, name: '芙蓉区测试局', regionCode: '430102' } });
    expect(own.statusCode, own.body).toBe(201);
  });

  it('writes every refusal and every staff write to the audit log', async () => {
    const denied = await t.s.audit.search({ actorId: undefined, outcome: 'denied', page: 1, pageSize: 200 });
    expect(denied.entries.some((e) => e.actorName === '测试r.furong' && e.action === 'catalog:edit')).toBe(true);
    const writes = await t.s.audit.search({ action: 'catalog:delegate', outcome: 'succeeded', page: 1, pageSize: 10 });
    expect(writes.entries[0]).toMatchObject({ actorName: '测试r.city', actorRole: 'catalog-admin', resourceId: 'POST /api/admin/items/:id/delegations' });
    expect((await t.s.audit.verify()).ok).toBe(true);
  });
});
