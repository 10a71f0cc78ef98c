import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq, sql, TransactionRollbackError } from 'drizzle-orm';
import type { Database, Db } from '../../platform/db/index.js';
import { testDatabase } from '../../../test/database.js';
import { clearAuditLog } from '../../../test/audit.js';
import { entryHash, GENESIS_HASH, type ChainHead } from './audit-chain.js';
import type { AuditRecordInput } from './audit-entry.js';
import { createAuditService, type AuditService } from './audit.service.js';
import { auditChainHead, auditLog } from './audit.tables.js';
import type { AuditVerifyResult } from '@yiwang/contracts';

let database: Database;
let db: Db;
let audit: AuditService;
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 5, 1, 0, 0) + 1000 * tick++);

beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
  audit = createAuditService({ db, clock, verifyBatchSize: 3 });
});
afterAll(() => database.close());
beforeEach(async () => {
  await clearAuditLog(db);
});

const clerk = { id: 'u-1', name: '李四', role: 'window-clerk' };

function entry(i: number, overrides: Partial<AuditRecordInput> = {}): AuditRecordInput {
  return {
    actor: i % 3 === 0 ? { id: null, name: 'unknown-user', role: null } : clerk,
    action: i % 2 === 0 ? 'catalog:edit' : 'auth:sign-in',
    resource: i % 3 === 0 ? null : { type: 'item', id: `item-${i}` },
    outcome: i % 3 === 0 ? 'failed' : 'succeeded',
    ip: i % 4 === 0 ? null : `10.0.0.${i}`,
    detail: { i, fields: ['name', 'trips'], nested: { ok: true, note: null } },
    ...overrides,
  };
}

async function fill(n: number): Promise<void> {
  for (let i = 1; i <= n; i++) await audit.record(entry(i));
}

/** Runs work in a transaction that is then rolled back, and gives back what the work returned. */
async function rolledBack<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db.transaction(async (tx) => {
    result = await work(tx as unknown as Db);
    tx.rollback();
  }).catch((e: unknown) => {
    if (!(e instanceof TransactionRollbackError)) throw e;
  });
  return result as T;
}

/** Tampers inside a transaction, verifies there (with an anchor if given), then rolls the tampering back. */
function verifyTampered(tamper: (tx: Db) => Promise<unknown>, anchor?: ChainHead): Promise<AuditVerifyResult> {
  return rolledBack(async (tx) => {
    await tamper(tx);
    return createAuditService({ db: tx, verifyBatchSize: 3 }).verify({ anchor });
  });
}

describe('audit log: the chain', () => {
  it('chains each entry to the one before, from 64 zeros, and verifies whole', async () => {
    const first = await audit.record(entry(1));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, actorName: '李四', action: 'auth:sign-in', outcome: 'succeeded' });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const second = await audit.record(entry(2));
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(await audit.verify()).toEqual({
      ok: true, checked: 2, head: { seq: 2, hash: second.hash }, message: '审计日志完整：共校验 2 条记录，哈希链无误',
    });
    expect(await audit.verify({ anchor: { seq: 1, hash: first.hash } })).toMatchObject({ ok: true });
  });

  it('verifies an empty log', async () => {
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 0, head: null });
  });

  it('detects an UPDATE of any column of any row as altered at that seq', async () => {
    await fill(8);
    const changes: Record<string, string> = {
      at: `at = at + interval '1 millisecond'`,
      actor_id: `actor_id = coalesce(actor_id, '') || 'x'`,
      actor_name: `actor_name = actor_name || ' '`,
      actor_role: `actor_role = coalesce(actor_role, '') || 'x'`,
      action: `action = 'audit:read'`,
      resource_type: `resource_type = coalesce(resource_type, '') || 'x'`,
      resource_id: `resource_id = coalesce(resource_id, '') || 'x'`,
      outcome: `outcome = case when outcome = 'denied' then 'allowed' else 'denied' end`,
      ip: `ip = '192.168.1.1'`,
      detail: `detail = detail || '{"i": 99}'::jsonb`,
      prev_hash: `prev_hash = repeat('a', 64)`,
      hash: `hash = repeat('b', 64)`,
    };
    for (const seq of [1, 4, 8]) {
      for (const [column, assignment] of Object.entries(changes)) {
        const result = await verifyTampered((tx) => tx.execute(sql.raw(`update audit_log set ${assignment} where seq = ${seq}`)));
        expect(result, `${column} of ${seq}`).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: seq });
      }
    }
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 8 });
  });

  it('detects a deleted entry at the first, a middle and (with an anchor) the last position', async () => {
    await fill(7);
    for (const seq of [1, 4]) {
      const result = await verifyTampered((tx) => tx.delete(auditLog).where(eq(auditLog.seq, seq)));
      expect(result).toMatchObject({ ok: false, problem: 'deleted', firstBadSeq: seq, message: `审计日志校验未通过：序号 ${seq} 处记录被删除` });
    }
    const moved = await verifyTampered((tx) => tx.update(auditLog).set({ seq: 100 }).where(eq(auditLog.seq, 5)));
    expect(moved).toMatchObject({ ok: false, problem: 'deleted', firstBadSeq: 5 });
    const head = await audit.head();
    expect(await verifyTampered((tx) => tx.delete(auditLog).where(eq(auditLog.seq, 7)))).toMatchObject({ ok: true, checked: 6 });
    const anchored = await verifyTampered((tx) => tx.delete(auditLog).where(eq(auditLog.seq, 7)), head!);
    expect(anchored).toMatchObject({ ok: false, problem: 'deleted', firstBadSeq: 7 });
  });

  it('detects forged rows put in', async () => {
    await fill(5);
    const head = (await audit.head())!;
    const forged = { at: new Date(), actorName: '王五', action: 'catalog:publish', outcome: 'succeeded', detail: {} };
    const madeUp = await verifyTampered((tx) => tx.insert(auditLog).values({ ...forged, seq: 6, prevHash: 'c'.repeat(64), hash: 'd'.repeat(64) }));
    expect(madeUp).toMatchObject({ ok: false, problem: 'inserted', firstBadSeq: 6 });
    const before = await verifyTampered((tx) => tx.insert(auditLog).values({ ...forged, seq: 0, prevHash: GENESIS_HASH, hash: 'd'.repeat(64) }));
    expect(before).toMatchObject({ ok: false, problem: 'inserted', firstBadSeq: 0 });
    const unlinked = { ...forged, seq: 6, actorId: null, actorRole: null, resourceType: null, resourceId: null, ip: null, prevHash: 'c'.repeat(64) };
    const selfHashed = await verifyTampered((tx) => tx.insert(auditLog).values({ ...unlinked, hash: entryHash(unlinked) }));
    expect(selfHashed).toMatchObject({ ok: false, problem: 'broken-link', firstBadSeq: 6 });
    const linked = await verifyTampered((tx) => tx.insert(auditLog).values({ ...forged, seq: 6, prevHash: head.hash, hash: 'd'.repeat(64) }));
    expect(linked).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 6 });
  });

  it('catches a rewrite of the chain from an entry onwards only against an anchor noted before', async () => {
    await fill(6);
    const anchor = (await audit.head())!;
    await db.transaction(async (tx) => {
      const rows = await tx.select().from(auditLog).orderBy(asc(auditLog.seq));
      let prevHash = rows[1]!.hash;
      for (const row of rows.slice(2)) {
        const rewritten = { ...row, action: row.seq === 3 ? 'audit:read' : row.action, prevHash };
        prevHash = entryHash(rewritten);
        await tx.update(auditLog).set({ action: rewritten.action, prevHash: rewritten.prevHash, hash: prevHash }).where(eq(auditLog.seq, row.seq));
      }
    });
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 6 });
    expect(await audit.verify({ anchor })).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 6 });
  });
});

describe('audit log: writing', () => {
  it('keeps one valid chain under 20 concurrent writers', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => audit.record(entry(i + 1))));
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 20 });
    const [head] = await db.select().from(auditChainHead);
    expect(head).toMatchObject({ seq: 20, hash: (await audit.head())!.hash });
  });

  it('writes inside a caller’s transaction: rolled back with it, leaving no gap', async () => {
    await audit.record(entry(1));
    await rolledBack((tx) => createAuditService({ db: tx, clock }).record(entry(2)));
    expect((await audit.record(entry(3))).seq).toBe(2);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('masks ID and mobile numbers wherever they appear, and still verifies', async () => {
    const written = await audit.record({
      actor: { id: '13812345678', name: '13812345678', role: null },
      action: 'personal-data:read',
      resource: { type: 'person', id: '430102199001011237' },
      outcome: 'allowed',
      ip: '10.1.1.1',
      detail: { idNumber: '430102199001011237', oldId: '430102900101123', note: '申请人 430102199001011237 电话13812345678', list: [{ phone: '13912345678' }], uscc: '914301007072154810', region: '430102001001' },
    });
    expect(written).toMatchObject({
      actorId: '138****5678',
      actorName: '138****5678',
      resourceId: '4301**********1237',
      detail: {
        idNumber: '4301**********1237', oldId: '4301*******1123', note: '申请人 4301**********1237 电话138****5678',
        list: [{ phone: '139****5678' }], uscc: '914301007072154810', region: '430102001001',
      },
    });
    const stored = JSON.stringify(await db.select().from(auditLog));
    expect(stored).not.toMatch(/430102199001011237|13812345678|13912345678/);
    expect((await audit.search({ resourceId: '430102199001011237', page: 1, pageSize: 10 })).total).toBe(1);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });
});

describe('audit log: search', () => {
  it('filters by actor, action, resource, outcome and time, newest first, page by page', async () => {
    tick = 0;
    await fill(9);
    const all = await audit.search({ page: 1, pageSize: 4 });
    expect(all).toMatchObject({ total: 9, totalCapped: false, page: 1, pageSize: 4 });
    expect(all.entries.map((e) => e.seq)).toEqual([9, 8, 7, 6]);
    expect((await audit.search({ page: 3, pageSize: 4 })).entries.map((e) => e.seq)).toEqual([1]);
    expect((await audit.search({ actorId: 'u-1', page: 1, pageSize: 50 })).total).toBe(6);
    expect((await audit.search({ action: 'catalog:edit', outcome: 'succeeded', page: 1, pageSize: 50 })).entries.map((e) => e.seq)).toEqual([8, 4, 2]);
    expect((await audit.search({ resourceType: 'item', resourceId: 'item-5', page: 1, pageSize: 50 })).entries.map((e) => e.seq)).toEqual([5]);
    const from = new Date(Date.UTC(2026, 0, 5, 1, 0, 2)).toISOString();
    const to = new Date(Date.UTC(2026, 0, 5, 1, 0, 5)).toISOString();
    expect((await audit.search({ from, to, page: 1, pageSize: 50 })).entries.map((e) => e.seq)).toEqual([5, 4, 3]);
  });
});
