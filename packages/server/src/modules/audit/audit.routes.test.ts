import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/index.js';
import { useApp, type Browser } from '../../../test/http.js';
import { clearAuditLog } from '../../../test/audit.js';

const t = useApp();
let database: Database;
let app: FastifyInstance;
let admin: Browser;

beforeAll(async () => {
  ({ database, app } = t);
  admin = await t.staff('auditor', ['supervisor'], '4301');
  // The chain starts with the sign-in above; clear it so that the entries below are the whole log.
  await clearAuditLog(database.db);
  for (const outcome of ['succeeded', 'denied', 'succeeded'] as const) {
    await t.s.audit.record({ actor: { id: 'u-1', name: '李四', role: 'catalog-admin' }, action: 'catalog:edit', resource: { type: 'item', id: 'i-1' }, outcome, ip: '10.0.0.1' });
  }
});

describe('audit routes', () => {
  it('refuse anyone not signed in', async () => {
    for (const [method, url] of [['GET', '/api/admin/audit'], ['POST', '/api/admin/audit/verify']] as const) {
      const res = await app.inject({ method, url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('search the log, newest first, and say in Chinese what is wrong with a query', async () => {
    const res = await app.inject({ url: '/api/admin/audit?outcome=succeeded&pageSize=1', headers: admin });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 2, totalCapped: false, page: 1, pageSize: 1, entries: [{ seq: 3, actorName: '李四', outcome: 'succeeded', detail: {} }] });
    const bad = await app.inject({ url: '/api/admin/audit?from=yesterday', headers: admin });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'from', message: expect.stringContaining('起始时间') });
  });

  it('verify the chain, with or without a body, and report tampering', async () => {
    const whole = await app.inject({ method: 'POST', url: '/api/admin/audit/verify', headers: admin });
    expect(whole.statusCode).toBe(200);
    const head = whole.json().head as { seq: number; hash: string };
    expect(whole.json()).toMatchObject({ ok: true, checked: 3, head: { seq: 3 } });
    const anchored = await app.inject({ method: 'POST', url: '/api/admin/audit/verify', headers: admin, payload: { anchor: head } });
    expect(anchored.json()).toMatchObject({ ok: true });
    const badAnchor = await app.inject({ method: 'POST', url: '/api/admin/audit/verify', headers: admin, payload: { anchor: { seq: 1, hash: 'xyz' } } });
    expect(badAnchor.statusCode).toBe(400);

    await database.db.execute(sql`update audit_log set outcome = 'succeeded' where seq = 2`);
    const tampered = await app.inject({ method: 'POST', url: '/api/admin/audit/verify', headers: admin, payload: {} });
    expect(tampered.json()).toMatchObject({ ok: false, checked: 2, firstBadSeq: 2, problem: 'altered', message: '审计日志校验未通过：序号 2 处记录被篡改' });
  });

  it('are described in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    expect(doc.paths['/api/admin/audit']?.get).toBeDefined();
    expect(doc.paths['/api/admin/audit/verify']?.post).toBeDefined();
  });
});
