import { PlusOutlined } from '@ant-design/icons';
import { Card, Tabs } from 'antd';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useWindowQueue, type WindowQueue } from './cases.api';
import { CaseTable } from './CaseTable';

const PAGE_SIZE = 20;

/** 办件受理: the hall's shared queue — 待受理 (new, resubmitted and returned cases) and 待送达 (decided ones). */
export default function WindowQueuePage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.accept'));
  const can = useCan();
  const filters = useUrlFilters();
  const queue: WindowQueue = filters.get('queue') === 'concluded' ? 'concluded' : 'submitted';
  const list = useWindowQueue(queue, filters.page, PAGE_SIZE);
  return (
    <Card
      title={<h1 className="yw-card-title">{t('admin.nav.accept')}</h1>}
      extra={
        can('case:file-on-behalf') && (
          <LinkButton type="primary" icon={<PlusOutlined />} to="/admin/accept/new" data-testid="walk-in-new">
            {t('window.walkIn')}
          </LinkButton>
        )
      }
      data-testid="window-queue"
    >
      <Tabs
        activeKey={queue}
        onChange={(key) => filters.set({ queue: key === 'submitted' ? undefined : key })}
        items={[
          { key: 'submitted', label: <span data-testid="window-tab-submitted">{t('window.queue.submitted')}</span> },
          { key: 'concluded', label: <span data-testid="window-tab-concluded">{t('window.queue.concluded')}</span> },
        ]}
      />
      <p className="yw-muted">{queue === 'submitted' ? t('window.queue.submittedHint') : t('window.queue.concludedHint')}</p>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <CaseTable
        cases={list.data?.cases}
        loading={list.isFetching}
        showDeadline={queue === 'concluded'}
        emptyText={t('window.queue.empty')}
        testId="window-case"
        pagination={{
          current: filters.page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (page) => filters.set({ page }),
        }}
      />
    </Card>
  );
}
