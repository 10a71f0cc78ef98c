import { useState } from 'react';
import { Alert, Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { type PersonSummary, PersonQuery } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { QueryError } from '../../../ui/QueryError';
import { SearchBox } from '../../../ui/SearchBox';
import { rowTestId } from '../../../ui/testId';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import { usePeople } from './people.api';
import { RevealModal } from './RevealModal';

/** 人员信息查询: find a registered person (masked); the full record needs a reason and is audited. */
export default function PeoplePage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.people'));
  const filters = useUrlFilters();
  const q = filters.get('q');
  const parsed = PersonQuery.safeParse({ q });
  const queryError = q && !parsed.success ? fromSchemaIssues(parsed.error.issues, t)[0]?.message : undefined;
  const people = usePeople(parsed.success ? parsed.data.q : undefined);
  const [revealing, setRevealing] = useState<PersonSummary | null>(null);

  const columns: TableColumnsType<PersonSummary> = [
    { key: 'name', title: t('account.personName'), dataIndex: 'name' },
    { key: 'id', title: t('account.idNumber'), render: (_, p) => <span className="yw-code">{p.idNumber}</span> },
    { key: 'phone', title: t('account.phone'), render: (_, p) => <span className="yw-code">{p.phone}</span> },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, p) => (
        <Button size="small" onClick={() => setRevealing(p)} data-testid="people-reveal">
          {t('people.reveal')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={<h1 className="yw-card-title">{t('admin.nav.people')}</h1>}>
      <div className="yw-stack">
        <Typography.Paragraph type="secondary">{t('people.intro')}</Typography.Paragraph>
        <SearchBox
          key={q ?? ''}
          defaultValue={q}
          placeholder={t('people.searchPlaceholder')}
          testId="people-search"
          className="yw-people-search"
          onSearch={(value) => filters.set({ q: value || undefined })}
        />
        {queryError && <Alert type="warning" showIcon title={queryError} />}
        {people.isError && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
        {parsed.success && (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={people.data}
            loading={people.isFetching}
            onRow={rowTestId('people-row')}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('people.empty') }}
            data-testid="people-table"
          />
        )}
      </div>
      {revealing && <RevealModal person={revealing} onClose={() => setRevealing(null)} />}
    </Card>
  );
}
