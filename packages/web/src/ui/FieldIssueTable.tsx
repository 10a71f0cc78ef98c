import type { HTMLAttributes } from 'react';
import { Table } from 'antd';
import type { FieldIssue } from '@yiwang/contracts';
import { useT } from '../app/i18n';

/** The problems of a refused file, one per row: 行号, 字段 and what is wrong (`messageTitle`). */
export function FieldIssueTable({ issues, messageTitle, onRow }: {
  issues: FieldIssue[];
  messageTitle: string;
  onRow?: () => HTMLAttributes<HTMLElement>;
}) {
  const t = useT();
  return (
    <Table
      rowKey={(i) => `${i.line ?? ''}-${i.field}-${i.message}`}
      size="small"
      dataSource={issues}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 560 }}
      onRow={onRow}
      columns={[
        { key: 'line', title: t('issues.line'), width: 80, render: (_, i) => i.line ?? '—' },
        { key: 'field', title: t('issues.field'), width: 240, render: (_, i) => <span className="yw-code">{i.field || '—'}</span> },
        { key: 'message', title: messageTitle, dataIndex: 'message' },
      ]}
    />
  );
}
