import type { FieldChange } from './item.schema.js';

const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';

/** Leaf paths of a value (`materials.2.name`); arrays of plain values stay one leaf. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value) && !value.every(isPrimitive)) {
    value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** '', [], null and a missing field all mean "nothing" and are not a change. */
const emptyAsNull = (v: unknown) => (v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? null : v);

/**
 * The fields that differ between two versions of an item's content, as dotted leaf paths, in the order of the
 * newer one. The server records them in the change log; the web shows them when comparing versions.
 */
export function diffContent(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before, '', new Map());
  const b = flatten(after, '', new Map());
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys
    .filter((key) => JSON.stringify(emptyAsNull(a.get(key))) !== JSON.stringify(emptyAsNull(b.get(key))))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}

/** Whether two contents are the same for a person: no field differs. */
export function isSameContent(a: unknown, b: unknown): boolean {
  return diffContent(a, b).length === 0;
}
