import { describe, expect, it } from 'vitest';
import { ItemContent, type ItemContentInput } from './item.schema.js';
import { allowedItemActions, nextItemStatus } from './item-lifecycle.js';

const base: ItemContentInput = {
  name: '居住证申领', itemType: '20', serviceObjects: ['1'], legalLimit: { value: 15, unit: 'working-day' },
  promisedLimit: { value: 10, unit: 'working-day' }, caseType: '2', trips: 1, onsiteReason: '需现场采集照片',
  onlineDepth: '3', conditions: '在居住地居住半年以上', result: { name: '居住证', type: 'certificate' },
};

const issuesOf = (input: ItemContentInput) => {
  const r = ItemContent.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('item content rules', () => {
  it('accepts a complete item and fills defaults', () => {
    const r = ItemContent.parse(base);
    expect(r.materials).toEqual([]);
    expect(r.supportsExpress).toBe(false);
  });

  it('names the field at fault for every rule between fields', () => {
    expect(issuesOf({ ...base, onsiteReason: null })).toEqual(['onsiteReason']);
    expect(issuesOf({ ...base, trips: 2 })).toEqual(['notOneTripReason']);
    expect(issuesOf({ ...base, notOneTripReason: 'internal' })).toEqual(['notOneTripReason']);
    expect(issuesOf({ ...base, onlineDepth: '4' })).toEqual(['trips']);
    expect(issuesOf({ ...base, promisedLimit: { value: 20, unit: 'working-day' } })).toEqual(['promisedLimit.value']);
    expect(issuesOf({ ...base, caseType: '1' })).toEqual(['promisedLimit.value']);
    expect(issuesOf({ ...base, materials: [{ name: '身份证' }, { name: '身份证' }] })).toEqual(['materials.1.name']);
    expect(issuesOf({ ...base, serviceObjects: [] })).toEqual(['serviceObjects']);
    expect(issuesOf({ ...base, trips: -1 })).toContain('trips');
  });

  it('allows a promised limit in another unit than the legal one', () => {
    expect(issuesOf({ ...base, legalLimit: { value: 1, unit: 'month' }, promisedLimit: { value: 15, unit: 'working-day' } })).toEqual([]);
  });
});

describe('item lifecycle table', () => {
  it('offers publish only when there is a draft, and nothing once cancelled', () => {
    expect(allowedItemActions('published', false)).toEqual(['edit', 'suspend', 'cancel', 'delegate']);
    expect(allowedItemActions('published', true)).toContain('publish');
    expect(allowedItemActions('suspended', false)).toEqual(['edit', 'resume', 'cancel']);
    expect(allowedItemActions('cancelled', true)).toEqual([]);
    expect(nextItemStatus('draft', 'publish', true)).toBe('published');
    expect(nextItemStatus('draft', 'publish', false)).toBeNull();
    expect(nextItemStatus('draft', 'suspend', true)).toBeNull();
    expect(nextItemStatus('suspended', 'resume', false)).toBe('published');
  });
});
