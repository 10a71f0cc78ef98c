import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { ACCOUNT_KINDS, type CaseSummary } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { channelLabel, formatDate } from '../../../features/cases/caseLabels';
import { CaseStatusTag } from '../../../features/cases/CaseStatusTag';
import { DeadlineTag } from '../../../features/cases/DeadlineTag';

interface CaseTableProps<T extends CaseSummary> {
  cases: T[] | undefined;
  loading: boolean;
  /** Columns after the item's name (e.g. the step waiting). */
  extraColumns?: TableColumnsType<T>;
  /** Show the clock (due date, remaining working days) rather than the submission time. */
  showDeadline?: boolean;
  pagination?: TablePaginationConfig | false;
  emptyText: string;
  testId: string;
}

/** Cases in a staff list: number (opens the case), item, department, applicant, channel, status, time. */
export function CaseTable<T extends CaseSummary>({ cases, loading, extraColumns = [], showDeadline, pagination = false, emptyText, testId }: CaseTableProps<T>) {
  const t = useT();
  const columns: TableColumnsType<T> = [
    {
      key: 'number',
      title: t('case.number'),
      width: 190,
      render: (_, c) => (
        <Link to={`/admin/cases/${c.id}`} className="yw-code" data-testid="case-link">
          {c.number ?? t('case.draft')}
        </Link>
      ),
    },
    { key: 'item', title: t('field.name'), render: (_, c) => c.itemName },
    ...extraColumns,
    { key: 'department', title: t('field.department'), width: 180, render: (_, c) => c.department.name },
    {
      key: 'applicant',
      title: t('case.applicant'),
      width: 130,
      render: (_, c) => (
        <>
          {c.applicantName} <span className="yw-muted">{ACCOUNT_KINDS.label(c.applicantKind)}</span>
        </>
      ),
    },
    { key: 'channel', title: t('case.channel'), width: 90, render: (_, c) => channelLabel(c.channel) },
    { key: 'status', title: t('field.status'), width: 100, render: (_, c) => <CaseStatusTag status={c.status} testId="case-row-status" /> },
    ...(showDeadline
      ? [
          { key: 'due', title: t('case.due'), width: 110, render: (_: unknown, c: T) => formatDate(c.deadline?.due) },
          { key: 'left', title: t('case.remaining'), width: 170, render: (_: unknown, c: T) => <DeadlineTag deadline={c.deadline} testId="case-row-deadline" /> },
        ]
      : [{ key: 'submitted', title: t('case.submittedAt'), width: 150, render: (_: unknown, c: T) => <span className="yw-nowrap">{formatDateTime(c.submittedAt)}</span> }]),
  ];
  return (
    <Table
      rowKey={(c) => ('stepId' in c ? `${c.id}:${String(c.stepId)}` : c.id)}
      size="middle"
      columns={columns}
      dataSource={cases}
      loading={loading}
      scroll={{ x: 1350 }}
      onRow={(c) => ({ 'data-testid': testId, 'data-number': c.number ?? '' }) as HTMLAttributes<HTMLElement>}
      pagination={pagination}
      locale={{ emptyText }}
      data-testid={`${testId}s`}
    />
  );
}
