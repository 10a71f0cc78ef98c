import { useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Timeline } from 'antd';
import { CaseLookupQuery } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { eventLabel, formatDate } from '../../../features/cases/caseLabels';
import { CaseStatusTag } from '../../../features/cases/CaseStatusTag';
import { useCaseLookup } from '../../../features/cases/cases.api';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { parseForm, zodRule } from '../../../ui/zodRule';

interface LookupValues {
  number?: string;
  phoneLast4?: string;
}

/** 办件查询: anyone with the case number and the last four digits of the applicant's phone sees its progress (no names). */
export default function CaseLookupPage() {
  const t = useT();
  useDocumentTitle(t('lookup.title'));
  const [form] = Form.useForm<LookupValues>();
  const [query, setQuery] = useState<{ number: string; phoneLast4: string } | null>(null);
  const result = useCaseLookup(query);

  const submit = (values: LookupValues) => {
    const parsed = parseForm(form, CaseLookupQuery, values, t);
    if (parsed) setQuery({ number: parsed.number.toUpperCase(), phoneLast4: parsed.phoneLast4 });
  };

  return (
    <div className="yw-stack yw-lookup-page" data-testid="case-lookup-page">
      <Card title={<h1 className="yw-card-title">{t('lookup.title')}</h1>}>
        <p className="yw-muted">{t('lookup.intro')}</p>
        <Form form={form} layout="inline" onFinish={submit} className="yw-lookup-form" validateTrigger="onBlur">
          <Form.Item name="number" label={t('case.number')} rules={[zodRule(CaseLookupQuery.shape.number, t)]}>
            <Input className="yw-lookup-number" placeholder="430100-20260101-00001" allowClear data-testid="lookup-number" />
          </Form.Item>
          <Form.Item name="phoneLast4" label={t('lookup.phoneLast4')} rules={[zodRule(CaseLookupQuery.shape.phoneLast4, t)]}>
            <Input className="yw-lookup-phone" inputMode="numeric" maxLength={4} data-testid="lookup-phone" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={result.isFetching} data-testid="lookup-submit">
              {t('action.search')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {result.isError && <Alert type="error" showIcon title={result.error.message} data-testid="lookup-error" />}
      {result.data && (
        <Card title={<h2 className="yw-card-title">{result.data.itemName}</h2>} data-testid="lookup-result">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: t('case.number'), children: <span className="yw-code" data-testid="lookup-result-number">{result.data.number}</span> },
              { key: 'status', label: t('field.status'), children: <CaseStatusTag status={result.data.status} testId="lookup-status" /> },
              { key: 'department', label: t('field.department'), children: result.data.department },
              { key: 'submitted', label: t('case.submittedAt'), children: formatDateTime(result.data.submittedAt) },
              { key: 'accepted', label: t('case.acceptedAt'), children: formatDateTime(result.data.acceptedAt) },
              { key: 'due', label: t('case.due'), children: formatDate(result.data.due) },
            ]}
          />
          <h3 className="yw-subtitle yw-lookup-progress">{t('case.timeline')}</h3>
          <Timeline
            data-testid="lookup-timeline"
            items={result.data.events.map((e, i) => ({
              key: i,
              content: (
                <span data-testid="lookup-event" data-action={e.action}>
                  <strong>{eventLabel(e.action, t)}</strong> <span className="yw-muted">{formatDateTime(e.at)}</span>
                </span>
              ),
            }))}
          />
        </Card>
      )}
    </div>
  );
}
