import type { FieldChange } from '@yiwang/contracts';

/** The fields that differ between two versions of an item's content, as dotted paths (`materials.2.name`). */
export function diffContent(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isEqual(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffContent(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.every(isRecord) && after.every(isRecord)) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diffContent(before[i], after[i], `${path}.${i}`)).flat();
  }
  return [{ path, before: before ?? null, after: after ?? null }];
}

/** Deep equality of JSON values (key order does not matter). */
export function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => isEqual(a[k], b[k]));
  }
  return false;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
