import { Button, Popconfirm, Table, Tag } from 'antd';
import type { DelegationView } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../../app/i18n';
import { StatusTag } from '../../items/StatusTag';

interface DelegationListProps {
  delegations: DelegationView[];
  loading: boolean;
  revoking?: string;
  onRevoke: (childId: string) => void;
}

/** The items created by delegating this one, with 撤回. */
export function DelegationList({ delegations, loading, revoking, onRevoke }: DelegationListProps) {
  const t = useT();
  return (
    <Table
      rowKey={(d) => d.item.id}
      size="small"
      loading={loading}
      dataSource={delegations}
      pagination={false}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('delegation.none') }}
      columns={[
        { key: 'region', title: t('filter.region'), render: (_, d) => d.item.region.name },
        { key: 'department', title: t('field.department'), render: (_, d) => <Link to={`/admin/items/${d.item.id}`}>{d.item.department.name}</Link> },
        {
          key: 'state',
          title: t('field.status'),
          render: (_, d) =>
            d.revoked ? (
              <Tag>{t('delegation.revoked')}</Tag>
            ) : (
              <>
                <StatusTag status={d.item.status} />
                <Tag color={d.inheritsSource ? 'blue' : 'purple'}>{d.inheritsSource ? t('delegation.inherits') : t('delegation.localEdits')}</Tag>
              </>
            ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, d) =>
            d.revoked ? null : (
              <Popconfirm title={t('delegation.revokeConfirm', { region: d.item.region.name })} okText={t('delegation.revoke')} cancelText={t('action.back')} onConfirm={() => onRevoke(d.item.id)}>
                <Button size="small" danger loading={revoking === d.item.id} data-testid="delegation-revoke">
                  {t('delegation.revoke')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}
