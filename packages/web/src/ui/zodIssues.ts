import type { Translate } from '../app/i18n';
import type { PathIssue } from './formErrors';

/** The parts of a zod issue we read (no import of zod itself: the schemas come from contracts). */
export interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

const CHINESE = /[\u4e00-\u9fff]/;

/** Contracts write their own Chinese messages; zod's English defaults are replaced by ours. */
function localizedMessage(issue: SchemaIssue, t: Translate): string {
  if (CHINESE.test(issue.message)) return issue.message;
  const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      return t('validation.required');
    case 'invalid_value':
      return t('validation.choose');
    case 'too_small':
      if (issue.origin === 'string') return n <= 1 ? t('validation.required') : t('validation.minLength', { n });
      if (issue.origin === 'array') return t('validation.minItems', { n });
      return t('validation.min', { n });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { n });
      if (issue.origin === 'array') return t('validation.maxItems', { n });
      return t('validation.max', { n });
    default:
      return t('validation.invalid');
  }
}

export function fromSchemaIssues(issues: readonly SchemaIssue[], t: Translate): PathIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: localizedMessage(issue, t),
  }));
}
