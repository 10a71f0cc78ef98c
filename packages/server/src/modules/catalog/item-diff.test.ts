import { describe, expect, it } from 'vitest';
import { diffContent, isEqual } from './item-diff.js';

describe('item content differences', () => {
  it('lists changed leaves with dotted paths, including inside material lists', () => {
    const before = { name: 'A', trips: 1, materials: [{ name: '身份证', copies: 0 }], themes: ['x'] };
    const after = { name: 'A', trips: 0, materials: [{ name: '身份证', copies: 1 }, { name: '户口簿', copies: 0 }], themes: ['x', 'y'] };
    expect(diffContent(before, after)).toEqual([
      { path: 'trips', before: 1, after: 0 },
      { path: 'materials.0.copies', before: 0, after: 1 },
      { path: 'materials.1', before: null, after: { name: '户口簿', copies: 0 } },
      { path: 'themes', before: ['x'], after: ['x', 'y'] },
    ]);
  });

  it('treats key order and null/undefined alike', () => {
    expect(isEqual({ a: 1, b: null }, { b: undefined, a: 1 })).toBe(true);
    expect(isEqual([1, 2], [2, 1])).toBe(false);
  });
});
