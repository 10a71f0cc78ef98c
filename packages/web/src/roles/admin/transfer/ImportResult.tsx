import { Alert, Col, Row, Statistic } from 'antd';
import type { FieldIssue, ImportReport } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { FieldIssueTable } from '../../../ui/FieldIssueTable';

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
        <FieldIssueTable issues={issues} messageTitle={t('transfer.error')} />
      )}
    </div>
  );
}
