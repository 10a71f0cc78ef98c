import { Table, Tag } from 'antd';
import type { ItemChangeView } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../../../app/i18n';
import { formatDateTime } from '../../../../features/catalog/format';
import { QueryError } from '../../../../ui/QueryError';
import { useItemChanges } from '../../admin.api';
import { DiffTable } from './DiffTable';

const ACTION_LABELS: Record<string, MessageKey> = {
  create: 'change.create',
  edit: 'change.edit',
  'save-draft': 'change.edit',
  publish: 'itemAction.publish',
  suspend: 'itemAction.suspend',
  resume: 'itemAction.resume',
  cancel: 'itemAction.cancel',
  delegate: 'itemAction.delegate',
  'delegate-in': 'change.delegateIn',
  inherit: 'change.inherit',
  revoke: 'delegation.revoke',
  import: 'change.import',
};

/** 变更记录: who did what and when, each entry opening onto its field differences. */
export function ChangeLog({ itemId }: { itemId: string }) {
  const t = useT();
  const changes = useItemChanges(itemId, true);
  if (changes.isError) return <QueryError error={changes.error} onRetry={() => void changes.refetch()} />;
  const label = (action: string) => (ACTION_LABELS[action] ? t(ACTION_LABELS[action]) : action);
  return (
    <Table<ItemChangeView>
      rowKey="id"
      size="small"
      loading={changes.isPending}
      dataSource={changes.data}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 640 }}
      data-testid="change-log"
      expandable={{
        rowExpandable: (c) => c.changes.length > 0,
        expandedRowRender: (c) => <DiffTable changes={c.changes} />,
      }}
      columns={[
        { key: 'at', title: t('change.at'), render: (_, c) => formatDateTime(c.at) },
        { key: 'actor', title: t('change.actor'), dataIndex: 'actor' },
        { key: 'action', title: t('change.action'), render: (_, c) => <Tag>{label(c.action)}</Tag> },
        { key: 'version', title: t('field.version'), render: (_, c) => (c.version === null ? '—' : `v${c.version}`) },
        { key: 'reason', title: t('editor.reason'), render: (_, c) => c.reason ?? '—' },
        { key: 'count', title: t('change.count'), render: (_, c) => c.changes.length },
      ]}
    />
  );
}
