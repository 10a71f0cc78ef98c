import { Alert, Col, Row, Statistic, Table } from 'antd';
import type { FieldIssue, ImportReport } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';

/** The counts of a successful import. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const t = useT();
  const figures = [
    { key: 'rows', title: t('transfer.rows'), value: report.rows },
    { key: 'created', title: t('transfer.created'), value: report.created },
    { key: 'updated', title: t('transfer.updated'), value: report.updated },
    { key: 'unchanged', title: t('transfer.unchanged'), value: report.unchanged },
  ];
  return (
    <div className="yw-stack" data-testid="import-result">
      <Alert type="success" showIcon title={t('transfer.importDone')} />
      <Row gutter={16}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={6}>
            <Statistic title={f.title} value={f.value} data-testid={`import-${f.key}`} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

/** Why the file was refused: 行号, 字段, 错误 (nothing was imported). */
export function ImportErrors({ message, issues }: { message: string; issues: FieldIssue[] }) {
  const t = useT();
  return (
    <div className="yw-stack" data-testid="import-errors">
      <Alert type="error" showIcon title={message} />
      {issues.length > 0 && (
        <Table
          rowKey={(issue) => `${issue.line ?? ''}-${issue.field}-${issue.message}`}
          size="small"
          dataSource={issues}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 560 }}
          columns={[
            { key: 'line', title: t('transfer.line'), width: 80, render: (_, i) => i.line ?? '—' },
            { key: 'field', title: t('transfer.field'), width: 200, render: (_, i) => <span className="yw-code">{i.field || '—'}</span> },
            { key: 'message', title: t('transfer.error'), dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}
