/** Lengths of NBS region codes by level: 2 province, 4 city, 6 county, 9 town, 12 village. */
const CODE_LENGTHS: Record<number, string> = { 2: '2', 4: '3', 6: '4', 9: '5', 12: '6' };

/** The level (行使层级 scale) of a region code, or null when the length is not an NBS code length. */
export function regionLevel(code: string): string | null {
  return /^\d+$/.test(code) ? (CODE_LENGTHS[code.length] ?? null) : null;
}

/** The parent code of an NBS region code (null for a province). */
export function parentRegionCode(code: string): string | null {
  const lengths = [2, 4, 6, 9];
  const parentLength = [...lengths].reverse().find((l) => l < code.length);
  return parentLength ? code.slice(0, parentLength) : null;
}

/** The codes from the province down to this region, inclusive. */
export function regionAncestry(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((l) => l <= code.length).map((l) => code.slice(0, l));
}

/** Whether `code` lies in the subtree of `ancestor` (itself included). */
export function isInRegion(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}
