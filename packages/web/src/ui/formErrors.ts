import type { FormInstance } from 'antd';
import type { FieldIssue } from '@yiwang/contracts';

export type IssuePath = (string | number)[];

/** A problem with one form field, with the path as a list (`['materials', 2, 'name']`). */
export interface PathIssue {
  path: IssuePath;
  message: string;
}

/** `materials.2.name` → `['materials', 2, 'name']`. */
export function fieldToPath(field: string): IssuePath {
  if (!field) return [];
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function fromFieldIssues(issues: readonly FieldIssue[]): PathIssue[] {
  return issues.map((issue) => ({ path: fieldToPath(issue.field), message: issue.message }));
}

const pathKey = (path: readonly (string | number)[]) => path.map(String).join('.');

function stripPrefix(path: IssuePath, prefixes: readonly string[]): IssuePath {
  return path.length > 1 && typeof path[0] === 'string' && prefixes.includes(path[0]) ? path.slice(1) : path;
}

/**
 * Shows each issue beside the registered field that is its longest matching prefix (a tag inside a tags
 * select reports on the select) and clears the others; returns the issues that no field can show.
 */
export function applyIssues(form: FormInstance, issues: readonly PathIssue[], prefixes: readonly string[] = []): PathIssue[] {
  const registered = form.getFieldsError().map((field) => field.name);
  const byKey = new Map(registered.map((name) => [pathKey(name), name]));
  const errors = new Map<string, string[]>();
  const unmatched: PathIssue[] = [];
  for (const issue of issues) {
    const path = stripPrefix(issue.path, prefixes);
    let matched: string | undefined;
    for (let length = path.length; length > 0 && !matched; length--) {
      const key = pathKey(path.slice(0, length));
      if (byKey.has(key)) matched = key;
    }
    if (!matched) {
      unmatched.push({ path, message: issue.message });
      continue;
    }
    // One message per field: the first is the most basic ("不能为空" before "至少两个字").
    if (!errors.has(matched)) errors.set(matched, [issue.message]);
  }
  form.setFields(registered.map((name) => ({ name, errors: errors.get(pathKey(name)) ?? [] })));
  return unmatched;
}

export function clearIssues(form: FormInstance): void {
  form.setFields(form.getFieldsError().map((field) => ({ name: field.name, errors: [] })));
}
