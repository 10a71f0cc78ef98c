import { Descriptions } from 'antd';
import type { FormField } from '@yiwang/contracts';
import { type Translate, useT } from '../../app/i18n';

function display(field: FormField, value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field.type === 'checkbox') return value === true ? t('common.yes') : t('common.no');
  return String(value);
}

/** 申请表 as filled in, in the order of the item's form. */
export function CaseFormValues({ form, values }: { form: FormField[]; values: Record<string, unknown> }) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      data-testid="case-form-values"
      items={form.map((field) => ({
        key: field.key,
        label: field.label,
        children: <span data-testid={`case-value-${field.key}`}>{display(field, values[field.key], t)}</span>,
      }))}
    />
  );
}
