import { useState } from 'react';
import { AutoComplete, Button, DatePicker, Form, Input, Select } from 'antd';
import { AUDIT_OUTCOMES } from '@yiwang/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import { codeOptions } from '../../../ui/options';
import { AUDIT_ACTION_OPTIONS } from './auditLabels';

export interface AuditFilterValues {
  actorId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

interface FormValues extends Omit<AuditFilterValues, 'from' | 'to'> {
  range?: [Dayjs | null, Dayjs | null] | null;
}

const toForm = (values: AuditFilterValues): FormValues => ({
  ...values,
  range: values.from || values.to ? [values.from ? dayjs(values.from) : null, values.to ? dayjs(values.to) : null] : null,
});

/** The audit log's filters; applied together with 查询 (each change would otherwise query the whole log). */
export function AuditFilters({ values, onApply }: { values: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const [actionText, setActionText] = useState(values.action ?? '');
  const apply = (v: FormValues) => {
    const [from, to] = v.range ?? [];
    const trimmed = (s: string | undefined) => s?.trim() || undefined;
    onApply({
      actorId: trimmed(v.actorId),
      action: trimmed(v.action),
      resourceType: trimmed(v.resourceType),
      resourceId: trimmed(v.resourceId),
      outcome: v.outcome,
      // ISO 8601 with the local offset, as the contract asks; `to` is exclusive.
      from: from ? from.format() : undefined,
      to: to ? to.format() : undefined,
    });
  };
  const clear = () => {
    form.resetFields();
    form.setFieldsValue({ actorId: undefined, action: undefined, resourceType: undefined, resourceId: undefined, outcome: undefined, range: null });
    setActionText('');
    onApply({});
  };
  return (
    <Form form={form} layout="inline" initialValues={toForm(values)} onFinish={apply} className="yw-audit-filters" data-testid="audit-filters">
      <Form.Item name="action" label={t('audit.action')}>
        <AutoComplete
          options={AUDIT_ACTION_OPTIONS.filter((o) => o.label.includes(actionText))}
          onSearch={setActionText}
          allowClear
          popupMatchSelectWidth={false}
          className="yw-audit-action"
        >
          <Input placeholder="auth:sign-in" data-testid="audit-filter-action" />
        </AutoComplete>
      </Form.Item>
      <Form.Item name="outcome" label={t('audit.outcome')}>
        <Select allowClear options={codeOptions(AUDIT_OUTCOMES)} placeholder={t('filter.any')} data-testid="audit-filter-outcome" />
      </Form.Item>
      <Form.Item name="actorId" label={t('audit.actorId')}>
        <Input allowClear data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="resourceType" label={t('audit.resourceType')}>
        <Input allowClear className="yw-audit-short" data-testid="audit-filter-resource-type" />
      </Form.Item>
      <Form.Item name="resourceId" label={t('audit.resourceId')}>
        <Input allowClear data-testid="audit-filter-resource-id" />
      </Form.Item>
      <Form.Item name="range" label={t('audit.time')}>
        <DatePicker.RangePicker showTime allowEmpty={[true, true]} data-testid="audit-filter-range" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
          {t('action.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={clear} data-testid="audit-clear">
          {t('action.resetFilters')}
        </Button>
      </Form.Item>
    </Form>
  );
}
