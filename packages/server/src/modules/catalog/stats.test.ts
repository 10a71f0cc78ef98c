import { describe, expect, it } from 'vitest';
import { toFigures } from './stats.service.js';

describe('catalog figures (domain.md §11)', () => {
  it("reproduces the Changsha 2018 report's rates from its counts", () => {
    const f = toFigures({
      key: '', items: 1436, online: 923, zeroTrip: 166, oneTrip: 1079, instant: 0,
      limitItems: 300, legalDays: 5583, promisedDays: 1930,
      reasonMultiStep: 84, reasonProvince: 16, reasonInternal: 71, reasonSecret: 20,
      oneTripPerson: 194, oneTripMixed: 263, delegated: 228, delegated4: 178, delegated5: 30, delegated6: 20,
      materials: 0, materialsCancelled: 647, materialsReplaceable: 0,
    });
    expect(f.onlineRate!).toBeCloseTo(0.643, 3);
    expect(f.atMostOneTripRate!).toBeCloseTo(0.867, 3);
    expect(f.zeroTripShare!).toBeCloseTo(0.133, 3);
    expect(f.oneTripShare!).toBeCloseTo(0.867, 3);
    expect(f.compressionRate!).toBeCloseTo(0.654, 3);
    expect(f.notOneTrip).toBe(191);
    expect(f.atMostOneTripBySubject).toEqual({ person: 194, mixed: 263, enterprise: 788 });
    expect(f.instantRate).toBe(0);
  });

  it('leaves rates undefined (null) over nothing', () => {
    const f = toFigures({
      key: '', items: 0, online: 0, zeroTrip: 0, oneTrip: 0, instant: 0, limitItems: 0, legalDays: 0, promisedDays: 0,
      reasonMultiStep: 0, reasonProvince: 0, reasonInternal: 0, reasonSecret: 0, oneTripPerson: 0, oneTripMixed: 0,
      delegated: 0, delegated4: 0, delegated5: 0, delegated6: 0, materials: 0, materialsCancelled: 0, materialsReplaceable: 0,
    });
    expect([f.onlineRate, f.zeroTripShare, f.compressionRate]).toEqual([null, null, null]);
  });
});
