import type { FieldIssue } from '@yiwang/contracts';
import type { z } from 'zod';

/** Turns zod issues into field issues with dotted paths (`materials.2.name`). */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldIssue[] {
  return issues.map((i) => {
    const field = i.path.map(String).join('.');
    return { field: prefix && field ? `${prefix}.${field}` : prefix || field, message: i.message };
  });
}
