import type { FormInstance, FormRule } from 'antd';
import type { Translate } from '../app/i18n';
import { applyIssues } from './formErrors';
import { fromSchemaIssues, type SchemaIssue } from './zodIssues';

/** Anything with zod's `safeParse` (the schemas come from contracts; the web app does not import zod). */
export interface ParsesValue {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * A form rule that checks one field with the shared schema, so the page and the server give the same
 * Chinese message. An empty field counts as missing (the schema's "请输入…" message).
 */
export function zodRule(schema: ParsesValue, t: Translate): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value === '' ? undefined : value);
      if (!result.success) throw new Error(fromSchemaIssues(result.error.issues, t)[0]?.message ?? t('validation.invalid'));
    },
  };
}

/** The rule of a "confirm password" field: the same as the field it confirms. */
export function sameAsRule(field: string, messages: { missing: string; different: string }): FormRule {
  return (form) => ({
    validator: async (_rule, value: unknown) => {
      if (!value) throw new Error(messages.missing);
      if (value !== form.getFieldValue(field)) throw new Error(messages.different);
    },
  });
}

/** Anything with zod's `safeParse` that gives the parsed value. */
export interface ParsesInto<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** Parses a whole form's values with the request schema; on failure shows each issue beside its field and gives null. */
export function parseForm<T>(form: FormInstance, schema: ParsesInto<T>, values: unknown, t: Translate): T | null {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  applyIssues(form, fromSchemaIssues(parsed.error.issues, t));
  return null;
}
