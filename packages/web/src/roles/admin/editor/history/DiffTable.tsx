import { Table } from 'antd';
import type { FieldChange } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { describePath, formatValue } from './diff';

/** Changed fields: path, 修改前, 修改后. */
export function DiffTable({ changes, testId = 'diff-table' }: { changes: FieldChange[]; testId?: string }) {
  const t = useT();
  return (
    <Table
      rowKey="path"
      size="small"
      pagination={false}
      dataSource={changes}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('diff.none') }}
      data-testid={testId}
      columns={[
        {
          key: 'path',
          title: t('diff.path'),
          width: '28%',
          render: (_, c) => (
            <div>
              <div>{describePath(c.path, t)}</div>
              <div className="yw-code yw-muted">{c.path}</div>
            </div>
          ),
        },
        { key: 'before', title: t('diff.before'), className: 'yw-diff-before', render: (_, c) => <pre className="yw-diff-value">{formatValue(c.before, t, c.path)}</pre> },
        { key: 'after', title: t('diff.after'), className: 'yw-diff-after', render: (_, c) => <pre className="yw-diff-value">{formatValue(c.after, t, c.path)}</pre> },
      ]}
    />
  );
}
