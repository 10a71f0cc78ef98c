import { useState } from 'react';
import { Alert, Button, Card, Space, Spin, Table, Tag } from 'antd';
import { useQueries } from '@tanstack/react-query';
import type { ItemVersionView } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../../../app/i18n';
import { formatDateTime } from '../../../../features/catalog/format';
import { QueryError } from '../../../../ui/QueryError';
import { adminKeys, fetchVersion, useItemVersions } from '../../admin.api';
import { diffContent } from '@yiwang/contracts';
import { DiffTable } from './DiffTable';

const STATE_LABELS: Record<ItemVersionView['state'], [MessageKey, string]> = {
  draft: ['version.draft', 'gold'],
  published: ['version.published', 'green'],
  superseded: ['version.superseded', 'default'],
};

function VersionCompare({ itemId, versions }: { itemId: string; versions: [number, number] }) {
  const t = useT();
  const [older, newer] = versions;
  const results = useQueries({
    queries: [older, newer].map((v) => ({
      queryKey: adminKeys.version(itemId, v),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchVersion(itemId, v, signal),
      staleTime: Infinity,
    })),
  });
  const failed = results.find((r) => r.isError);
  if (failed) return <QueryError error={failed.error} />;
  const [a, b] = results;
  if (!a?.data || !b?.data) return <Spin />;
  return (
    <Card size="small" title={t('version.compareTitle', { a: older, b: newer })} data-testid="version-compare">
      <DiffTable changes={diffContent(a.data.content, b.data.content)} testId="version-diff" />
    </Card>
  );
}

/** The versions of an item; pick two to see what changed between them. */
export function VersionsPanel({ itemId }: { itemId: string }) {
  const t = useT();
  const versions = useItemVersions(itemId, true);
  const [selected, setSelected] = useState<number[]>([]);
  const [compared, setCompared] = useState<[number, number] | null>(null);
  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  const sorted = [...selected].sort((x, y) => x - y);
  return (
    <div className="yw-stack">
      <Space wrap>
        <span className="yw-muted">{t('version.pickTwo')}</span>
        <Button
          type="primary"
          disabled={sorted.length !== 2}
          onClick={() => setCompared([sorted[0]!, sorted[1]!])}
          data-testid="version-compare-button"
        >
          {t('version.compare')}
        </Button>
      </Space>
      <Table
        rowKey="version"
        size="small"
        loading={versions.isPending}
        dataSource={versions.data}
        pagination={false}
        scroll={{ x: 640 }}
        rowSelection={{
          hideSelectAll: true,
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number)),
          getCheckboxProps: (v) => ({ disabled: selected.length >= 2 && !selected.includes(v.version), 'aria-label': t('version.select', { v: v.version }) }),
        }}
        columns={[
          { key: 'version', title: t('field.version'), render: (_, v) => `v${v.version}` },
          {
            key: 'state',
            title: t('field.status'),
            render: (_, v) => <Tag color={STATE_LABELS[v.state][1]}>{t(STATE_LABELS[v.state][0])}</Tag>,
          },
          { key: 'createdAt', title: t('version.createdAt'), render: (_, v) => formatDateTime(v.createdAt) },
          { key: 'createdBy', title: t('version.createdBy'), dataIndex: 'createdBy' },
          { key: 'publishedAt', title: t('version.publishedAt'), render: (_, v) => formatDateTime(v.publishedAt) },
          { key: 'note', title: t('version.note'), render: (_, v) => v.note ?? '—' },
        ]}
      />
      {versions.data?.length === 1 && <Alert type="info" showIcon title={t('version.onlyOne')} />}
      {compared && <VersionCompare itemId={itemId} versions={compared} />}
    </div>
  );
}
