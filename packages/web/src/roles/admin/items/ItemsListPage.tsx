import type { HTMLAttributes } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Card, Table, type TableColumnsType } from 'antd';
import { LEVELS, type ItemSummary } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { useCan } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';
import { QueryError } from '../../../ui/QueryError';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useAdminItems } from '../admin.api';
import { type AdminItemFilterValues, ItemFilters } from './ItemFilters';
import { StatusTag } from './StatusTag';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

const PAGE_SIZE = 20;

/** 事项管理: every implementation item in any status. */
export default function ItemsListPage() {
  const t = useT();
  const can = useCan();
  useDocumentTitle(t('admin.nav.items'));
  const filters = useUrlFilters();
  const values: AdminItemFilterValues = {
    q: filters.get('q'),
    status: filters.get('status'),
    region: filters.get('region'),
    department: filters.get('department'),
    level: filters.get('level'),
  };
  const items = useAdminItems({ ...values, page: filters.page, pageSize: PAGE_SIZE });
  const columns: TableColumnsType<ItemSummary> = [
    {
      key: 'name',
      title: t('field.name'),
      render: (_, item) => (
        <Link to={`/admin/items/${item.id}`} data-testid="admin-item-link">
          {item.name}
        </Link>
      ),
    },
    { key: 'implCode', title: t('field.implCode'), dataIndex: 'implCode', render: (code: string) => <span className="yw-code">{code}</span> },
    { key: 'department', title: t('field.department'), render: (_, item) => item.department.name },
    { key: 'region', title: t('filter.region'), render: (_, item) => item.region.name },
    { key: 'level', title: t('field.level'), render: (_, item) => LEVELS.label(item.level) },
    { key: 'status', title: t('field.status'), render: (_, item) => <StatusTag status={item.status} hasDraft={item.hasDraft} /> },
    { key: 'version', title: t('field.version'), dataIndex: 'version', render: (v: number | null) => v ?? '—', width: 70 },
    { key: 'updatedAt', title: t('field.updatedAt'), render: (_, item) => formatDateTime(item.updatedAt), width: 150 },
  ];
  return (
    <Card
      title={<h1 className="yw-card-title">{t('admin.nav.items')}</h1>}
      extra={
        can('catalog:edit') && (
          <LinkButton type="primary" icon={<PlusOutlined />} to="/admin/items/new" data-testid="admin-new-item">
            {t('admin.items.new')}
          </LinkButton>
        )
      }
    >
      <div className="yw-stack">
        <ItemFilters values={values} onChange={(changes) => filters.set({ ...changes })} />
        {items.isError && <QueryError error={items.error} onRetry={() => void items.refetch()} />}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isFetching}
          scroll={{ x: 1000 }}
          onRow={() => ({ 'data-testid': 'admin-item-row' }) as HTMLAttributes<HTMLElement>}
          pagination={{
            current: items.data?.page ?? filters.page,
            pageSize: PAGE_SIZE,
            total: items.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => (items.data?.totalCapped ? t('admin.items.totalCapped', { n: total }) : t('admin.items.total', { n: total })),
            onChange: (page) => filters.set({ page }),
          }}
        />
      </div>
    </Card>
  );
}
