import { describe, expect, it } from 'vitest';
import { isInRegion, parentRegionCode, regionAncestry, regionLevel } from './region-codes.js';

describe('NBS region codes', () => {
  it('derive level, parent and ancestry from the code length', () => {
    expect(['43', '4301', '430102', '430102001', '430102001001'].map(regionLevel)).toEqual(['2', '3', '4', '5', '6']);
    expect(regionLevel('43010')).toBeNull();
    expect(parentRegionCode('430102001')).toBe('430102');
    expect(parentRegionCode('43')).toBeNull();
    expect(regionAncestry('430102001')).toEqual(['43', '4301', '430102', '430102001']);
  });

  it('place a code inside its ancestors only', () => {
    expect(isInRegion('430102001', '4301')).toBe(true);
    expect(isInRegion('430202', '4301')).toBe(false);
  });
});
