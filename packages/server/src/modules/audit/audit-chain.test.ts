import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, checkEntry, entryHash, GENESIS_HASH, linkTemplate, type ChainEntry } from './audit-chain.js';
import { auditActorOf, draftEntry, maskPersonalText, storedDetail } from './audit-entry.js';

function chain(n: number): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const unsigned = {
      seq, at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)), actorId: 'u-1', actorName: '李四', actorRole: 'catalog-admin',
      action: 'catalog:edit', resourceType: 'item', resourceId: `item-${seq}`, outcome: 'succeeded', ip: '10.0.0.1',
      detail: { seq }, prevHash: out.at(-1)?.hash ?? GENESIS_HASH,
    };
    out.push({ ...unsigned, hash: entryHash(unsigned) });
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[3,{"y":"x","z":null}]},"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(canonicalJson('中文')).toBe('"中文"');
  });
});

describe('entryHash', () => {
  it('covers every field, whatever the key order of the detail', () => {
    const [e] = chain(1);
    const base = entryHash(e!);
    expect(entryHash({ ...e!, detail: { ...e!.detail } })).toBe(base);
    const changed: Partial<ChainEntry>[] = [
      { seq: 2 }, { at: new Date(e!.at.getTime() + 1) }, { actorId: null }, { actorName: '李' }, { actorRole: null },
      { action: 'catalog:publish' }, { resourceType: null }, { resourceId: 'item-9' }, { outcome: 'failed' }, { ip: null },
      { detail: { seq: 2 } }, { prevHash: 'a'.repeat(64) },
    ];
    for (const change of changed) expect(entryHash({ ...e!, ...change }), JSON.stringify(change)).not.toBe(base);
  });

  it('hashes the canonical JSON of every field but the hash, which the link template rebuilds around seq and prev_hash', () => {
    const [e] = chain(1);
    for (const entry of [e!, { ...e!, actorId: null, actorRole: null, resourceType: null, resourceId: null, ip: null, detail: { 中: ['文', null] } }]) {
      const { hash: _, ...fields } = entry;
      const canonical = canonicalJson({ ...fields, at: entry.at.toISOString() });
      expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(entryHash(entry));
      const { before, between } = linkTemplate(entry);
      expect(`${before}"${entry.prevHash}"${between}${entry.seq}}`).toBe(canonical);
    }
  });
});

describe('checkEntry', () => {
  const [a, b, c] = chain(3) as [ChainEntry, ChainEntry, ChainEntry];
  const head = (e: ChainEntry) => ({ seq: e.seq, hash: e.hash });

  it('accepts a whole chain', () => {
    expect(checkEntry(null, a)).toBeNull();
    expect(checkEntry(head(a), b)).toBeNull();
    expect(checkEntry(head(b), c)).toBeNull();
  });

  it('names what went wrong', () => {
    expect(checkEntry(head(a), c)).toEqual({ seq: 2, problem: 'deleted' });
    expect(checkEntry(null, b)).toEqual({ seq: 1, problem: 'deleted' });
    expect(checkEntry(null, { ...a, seq: 0 })).toEqual({ seq: 0, problem: 'inserted' });
    expect(checkEntry(head(a), { ...b, action: 'audit:read' })).toEqual({ seq: 2, problem: 'altered' });
    expect(checkEntry(head(a), { ...b, hash: 'f'.repeat(64) })).toEqual({ seq: 2, problem: 'altered' });
    expect(checkEntry(head(a), { ...b, prevHash: 'e'.repeat(64) })).toEqual({ seq: 2, problem: 'altered' });
    expect(checkEntry(head(a), { ...b, prevHash: 'e'.repeat(64), hash: 'f'.repeat(64) })).toEqual({ seq: 2, problem: 'inserted' });
    const forged = { ...b, prevHash: 'e'.repeat(64) };
    expect(checkEntry(head(a), { ...forged, hash: entryHash(forged) })).toEqual({ seq: 2, problem: 'broken-link' });
  });
});

describe('masking', () => {
  it('masks ID numbers (18 and 15 digits) and mobile numbers inside texts, and nothing else', () => {
    expect(maskPersonalText('身份证 43010219900101123X，手机 13812345678。')).toBe('身份证 4301**********123X，手机 138****5678。');
    expect(maskPersonalText('430102900101123')).toBe('4301*******1123');
    for (const kept of ['914301007072154810', '430102001001', '1381234567', '138123456789', '2026-01-05T01:00:00.000Z', '1767574800000']) {
      expect(maskPersonalText(kept)).toBe(kept);
    }
    expect(maskPersonalText('a\0b')).toBe('ab');
  });

  it('stores the detail as JSON will give it back, masked at every depth', () => {
    expect(storedDetail({ at: new Date(Date.UTC(2026, 0, 1)), gone: undefined, list: [{ phone: '13912345678' }], n: 1 }))
      .toEqual({ at: '2026-01-01T00:00:00.000Z', list: [{ phone: '139****5678' }], n: 1 });
    expect(storedDetail(undefined)).toEqual({});
  });

  it('drafts entries with masked people and nulls for what is missing', () => {
    const at = new Date(Date.UTC(2026, 0, 1));
    expect(draftEntry({ actor: { id: null, name: '13812345678', role: null }, action: 'auth:sign-in', outcome: 'failed' }, at)).toEqual({
      at, actorId: null, actorName: '138****5678', actorRole: null, action: 'auth:sign-in', resourceType: null, resourceId: null,
      outcome: 'failed', ip: null, detail: {},
    });
  });

  it('names the role a policy actor acted in', () => {
    const actor = { kind: 'staff' as const, id: 's1', name: '张三', roles: ['dept-reviewer' as const, 'dept-approver' as const], departmentIds: [], regionCode: '4301' };
    expect(auditActorOf(actor)).toEqual({ id: 's1', name: '张三', role: 'dept-reviewer,dept-approver' });
    expect(auditActorOf(actor, 'dept-approver').role).toBe('dept-approver');
    expect(auditActorOf({ ...actor, kind: 'system', roles: [] }).role).toBe('system');
  });
});
