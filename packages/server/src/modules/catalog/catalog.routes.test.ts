import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sampleContent } from '../../../test/fixtures.js';
import { useApp, type Browser } from '../../../test/http.js';

const t = useApp();
let app: FastifyInstance;
let deptId: string;
let admin: Browser;

beforeAll(async () => {
  app = t.app;
  deptId = t.fx.byName('长沙市市场监督管理局').id;
  admin = await t.staff('catalog.city', ['catalog-admin'], '4301');
});

const create = (body: unknown) => app.inject({ method: 'POST', url: '/api/admin/items', headers: admin, payload: body as object });

describe('catalog routes', () => {
  it('answers health and serves an OpenAPI document that describes every API route', async () => {
    expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok', database: expect.any(String) });
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const api = app.registeredRoutes.filter((r) => r.url.startsWith('/api/') && !r.hidden && !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(25);
    for (const route of api) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url} in OpenAPI`).toBeDefined();
    }
    expect((await app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });

  it('refuses administration to anyone not signed in, before looking at the input', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/admin/items', payload: {} });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
    const wrong = await app.inject({ method: 'GET', url: '/api/admin/items', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'API_TOKEN_INVALID' });
  });

  it('names the wrong field in Chinese for bad input', async () => {
    const noDept = await create({ catalogItem: { basicCode: '000201001000', name: '测试', itemType: '01' }, departmentId: 'x', content: sampleContent() });
    expect(noDept.statusCode).toBe(400);
    expect(noDept.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'departmentId', issues: [{ field: 'departmentId', message: '请选择实施主体' }] });

    const rule = await create({ catalogItem: { basicCode: '000201001000', name: '测试', itemType: '01' }, departmentId: deptId, content: sampleContent({ trips: 2 }) });
    expect(rule.statusCode).toBe(400);
    expect(rule.json().issues).toEqual(expect.arrayContaining([
      { field: 'content.notOneTripReason', message: expect.stringContaining('最多跑一次') },
      { field: 'content.trips', message: expect.stringContaining('全程网办') },
    ]));

    const badCode = await create({ catalogItem: { basicCode: '0002-01', name: '测试', itemType: '01' }, departmentId: deptId, content: sampleContent() });
    expect(badCode.json()).toMatchObject({ field: 'catalogItem.basicCode' });

    const search = await app.inject('/api/items?region=abc&pageSize=1000');
    expect(search.statusCode).toBe(400);
    expect(search.json().issues.map((i: { field: string }) => i.field).sort()).toEqual(['pageSize', 'region']);

    const malformed = await app.inject({ method: 'POST', url: '/api/admin/items', headers: { ...admin, 'content-type': 'application/json' }, payload: '{bad' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '请求格式不正确' });
  });

  it('creates, publishes and shows an item; a missing item is a 404 with its code', async () => {
    const created = await create({ catalogItem: { basicCode: '000201001000', name: '食品经营许可（新办）', itemType: '01' }, departmentId: deptId, content: sampleContent() });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await app.inject(`/api/items/${id}`)).statusCode).toBe(404);
    const published = await app.inject({ method: 'POST', url: `/api/admin/items/${id}/publish`, headers: admin });
    expect(published.json()).toMatchObject({ status: 'published', version: 1 });
    const guide = (await app.inject(`/api/items/${id}`)).json();
    expect(guide.content.materials[1]).toMatchObject({ name: '营业执照', replaceableByCertificates: ['营业执照'] });
    const again = await app.inject({ method: 'POST', url: `/api/admin/items/${id}/publish`, headers: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ITEM_NO_DRAFT');
    const missing = await app.inject('/api/items/00000000-0000-4000-8000-000000000000');
    expect(missing.json()).toEqual({ code: 'ITEM_NOT_FOUND', message: '事项不存在' });
    const unknown = await app.inject('/api/nothing-here');
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports CSV as a download with a BOM, and answers an invalid import with line-numbered issues', async () => {
    const csv = await app.inject({ method: 'GET', url: '/api/admin/catalog/export?format=csv', headers: admin });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="yiwang-catalog-.*\.csv"/);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const bad = await app.inject({
      method: 'POST', url: '/api/admin/catalog/import?format=csv', headers: { ...admin, 'content-type': 'text/csv' },
      payload: csv.body.replace('0731', 'x'.repeat(3)).replace(/,0,/, ',-1,'),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'IMPORT_INVALID', issues: expect.any(Array) });
    const same = await app.inject({ method: 'POST', url: '/api/admin/catalog/import?format=csv', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv.body });
    expect(same.json()).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });
  });

  it('computes statistics from the live catalog', async () => {
    const stats = (await app.inject('/api/catalog/stats?region=4301&groupBy=level')).json();
    expect(stats.totals).toMatchObject({ items: 1, zeroTrip: 1, onlineItems: 1, legalDays: 20, promisedDays: 5, materialsCancelled: 1, materialsReplaceable: 1 });
    expect(stats.totals.compressionRate).toBeCloseTo(0.75);
    expect(stats.groups).toEqual([expect.objectContaining({ key: '3', label: '市级' })]);
    const byRegion = (await app.inject('/api/catalog/stats?region=43&groupBy=region')).json();
    expect(byRegion.groups).toEqual([expect.objectContaining({ key: '4301', label: '长沙市', figures: expect.objectContaining({ items: 1 }) })]);
    const nationwide = await app.inject('/api/catalog/stats?groupBy=region');
    expect(nationwide.json().groups).toEqual([expect.objectContaining({ key: '43', label: '湖南省' })]);
  });
});
