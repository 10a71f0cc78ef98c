import { describe, expect, it } from 'vitest';
import { diffContent, isSameContent } from './item-diff.js';

describe('item content differences', () => {
  it('lists changed leaves with dotted paths, including inside material lists', () => {
    const before = { name: 'A', trips: 1, materials: [{ name: '身份证', copies: 0 }], themes: ['x'] };
    const after = { name: 'A', trips: 0, materials: [{ name: '身份证', copies: 1 }, { name: '户口簿', copies: 0 }], themes: ['x', 'y'] };
    expect(diffContent(before, after)).toEqual([
      { path: 'trips', before: 1, after: 0 },
      { path: 'materials.0.copies', before: 0, after: 1 },
      { path: 'materials.1.name', before: null, after: '户口簿' },
      { path: 'materials.1.copies', before: null, after: 0 },
      { path: 'themes', before: ['x'], after: ['x', 'y'] },
    ]);
  });

  it('treats key order, null, missing, empty text and empty lists alike', () => {
    expect(isSameContent({ a: 1, b: null, c: '', d: [] }, { d: null, a: 1 })).toBe(true);
    expect(isSameContent({ l: [1, 2] }, { l: [2, 1] })).toBe(false);
  });
});
