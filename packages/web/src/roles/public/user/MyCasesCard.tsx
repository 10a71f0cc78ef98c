import { useState } from 'react';
import { Card, Select, Table, type TableColumnsType } from 'antd';
import { CASE_STATUSES, type CaseStatus, type CaseSummary } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { formatDate } from '../../../features/cases/caseLabels';
import { CaseStatusTag } from '../../../features/cases/CaseStatusTag';
import { useMyCases } from '../../../features/cases/cases.api';
import { DeadlineTag } from '../../../features/cases/DeadlineTag';
import { codeOptions } from '../../../ui/options';
import { QueryError } from '../../../ui/QueryError';
import { rowTestId } from '../../../ui/testId';

const PAGE_SIZE = 10;

/** 我的办件: my applications with their status and due date, newest first; each opens its page. */
export function MyCasesCard() {
  const t = useT();
  const [status, setStatus] = useState<CaseStatus | undefined>();
  const [page, setPage] = useState(1);
  const list = useMyCases(status, page, PAGE_SIZE);
  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'number',
      title: t('case.number'),
      width: 210,
      render: (_, c) => (
        <Link to={`/user/cases/${c.id}`} className="yw-code" data-testid="my-case-link">
          {c.number ?? t('case.draft')}
        </Link>
      ),
    },
    { key: 'item', title: t('field.name'), render: (_, c) => <span data-testid="my-case-item">{c.itemName}</span> },
    { key: 'status', title: t('field.status'), width: 120, render: (_, c) => <CaseStatusTag status={c.status} testId="my-case-status" /> },
    { key: 'submitted', title: t('case.submittedAt'), width: 150, render: (_, c) => <span className="yw-nowrap">{formatDateTime(c.submittedAt ?? c.updatedAt)}</span> },
    {
      key: 'due',
      title: t('case.due'),
      width: 200,
      render: (_, c) => (c.deadline?.due ? <span className="yw-nowrap">{formatDate(c.deadline.due)} <DeadlineTag deadline={c.deadline} testId="my-case-deadline" /></span> : '—'),
    },
  ];
  return (
    <Card
      title={<h2 className="yw-card-title">{t('account.myCases')}</h2>}
      extra={
        <Select
          allowClear
          size="small"
          placeholder={t('case.allStatuses')}
          aria-label={t('field.status')}
          value={status}
          onChange={(value: CaseStatus | undefined) => {
            setStatus(value);
            setPage(1);
          }}
          options={codeOptions(CASE_STATUSES)}
          popupMatchSelectWidth={false}
          data-testid="my-cases-status"
        />
      }
      data-testid="my-cases"
    >
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.cases}
          loading={list.isFetching}
          scroll={{ x: 760 }}
          onRow={rowTestId('my-case-row')}
          locale={{ emptyText: status ? t('case.noneWithStatus') : t('case.none') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: setPage,
          }}
        />
      )}
    </Card>
  );
}
