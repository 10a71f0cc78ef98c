import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType } from 'antd';
import { NOT_ONE_TRIP_REASONS, type CatalogFigures, type CatalogStats } from '@yiwang/contracts';
import { type Translate, useT } from '../../../app/i18n';
import { formatRate } from '../../../features/catalog/format';

type Group = CatalogStats['groups'][number];

function reasonsText(byReason: Record<string, number>): string {
  const entries = Object.entries(byReason).filter(([, n]) => n > 0);
  if (!entries.length) return '—';
  return entries
    .map(([code, n]) => `${(NOT_ONE_TRIP_REASONS.labels as Record<string, string>)[code] ?? code} ${n}`)
    .join('；');
}

function columns(t: Translate): TableColumnsType<Group> {
  const rate = (pick: (f: CatalogFigures) => number | null) => (_: unknown, g: Group) => formatRate(pick(g.figures));
  const count = (pick: (f: CatalogFigures) => number) => (_: unknown, g: Group) => pick(g.figures);
  return [
    { key: 'label', title: t('stats.group'), dataIndex: 'label', fixed: 'left', width: 200 },
    { key: 'items', title: t('figure.items'), render: count((f) => f.items), sorter: (a, b) => a.figures.items - b.figures.items, defaultSortOrder: 'descend' },
    { key: 'onlineRate', title: t('figure.onlineRate'), render: rate((f) => f.onlineRate) },
    { key: 'oneTripRate', title: t('figure.oneTripRate'), render: rate((f) => f.atMostOneTripRate) },
    { key: 'zeroShare', title: t('stats.zeroTripShare'), render: rate((f) => f.zeroTripShare) },
    { key: 'oneShare', title: t('stats.oneTripShare'), render: rate((f) => f.oneTripShare) },
    { key: 'instantRate', title: t('stats.instantRate'), render: rate((f) => f.instantRate) },
    { key: 'legalDays', title: t('stats.legalDays'), render: count((f) => f.legalDays) },
    { key: 'promisedDays', title: t('stats.promisedDays'), render: count((f) => f.promisedDays) },
    { key: 'compression', title: t('stats.compressionRate'), render: rate((f) => f.compressionRate) },
    { key: 'notOneTrip', title: t('figure.notOneTrip'), width: 220, render: (_, g) => `${g.figures.notOneTrip}（${reasonsText(g.figures.notOneTripByReason)}）` },
    { key: 'delegated', title: t('stats.delegated'), render: count((f) => f.delegatedItems) },
    { key: 'materials', title: t('stats.materials'), render: count((f) => f.materials) },
    { key: 'cancelled', title: t('stats.materialsCancelled'), render: count((f) => f.materialsCancelled) },
    { key: 'replaceable', title: t('stats.materialsReplaceable'), render: count((f) => f.materialsReplaceable) },
  ];
}

/** Every figure of §11 per group. */
export function StatsTable({ stats, loading }: { stats?: CatalogStats; loading: boolean }) {
  const t = useT();
  return (
    <Table<Group>
      rowKey="key"
      size="small"
      loading={loading}
      dataSource={stats?.groups}
      columns={columns(t)}
      scroll={{ x: 1700 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="stats-table"
      onRow={() => ({ 'data-testid': 'stats-row' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
