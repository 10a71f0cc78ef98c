import { Card, Tabs } from 'antd';
import type { CatalogFigures } from '@yiwang/contracts';
import { type Translate, useT } from '../../../app/i18n';
import { formatRate } from '../../../features/catalog/format';
import { type ItemSearchParams, useCatalogStats, useItemSearch } from '../../../features/catalog/items.api';
import { ItemResultList } from '../../../features/catalog/ItemResultList';
import { type Figure, FigureCards } from '../../../features/catalog/KeyFigures';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { QueryError } from '../../../ui/QueryError';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

type TabKey = 'all' | 'zero' | 'one';

const TAB_FILTERS: Record<TabKey, Pick<ItemSearchParams, 'maxTrips' | 'minTrips'>> = {
  all: { maxTrips: 1 },
  zero: { maxTrips: 0 },
  one: { maxTrips: 1, minTrips: 1 },
};

function oneTripFigures(t: Translate, f?: CatalogFigures): Figure[] {
  return [
    { key: 'one-trip', title: t('figure.oneTrip'), value: f?.atMostOneTrip ?? 0, note: f ? t('figure.rateOfAll', { rate: formatRate(f.atMostOneTripRate) }) : undefined },
    { key: 'zero-trip', title: t('figure.zeroTrip'), value: f?.zeroTrip ?? 0, note: f ? t('figure.shareOfOneTrip', { rate: formatRate(f.zeroTripShare) }) : undefined },
    { key: 'only-one-trip', title: t('figure.onlyOneTrip'), value: f?.oneTrip ?? 0, note: f ? t('figure.shareOfOneTrip', { rate: formatRate(f.oneTripShare) }) : undefined },
    { key: 'not-one-trip', title: t('figure.notOneTrip'), value: f?.notOneTrip ?? 0 },
  ];
}

/** 最多跑一次: the items that need at most one trip, with 跑零次 / 只跑一次 tabs and the region's figures. */
export default function OneTripPage() {
  const t = useT();
  useDocumentTitle(t('nav.oneTrip'));
  const { region } = useSelectedRegion();
  const filters = useUrlFilters();
  const tabParam = filters.get('tab');
  const tab: TabKey = tabParam === 'zero' || tabParam === 'one' ? tabParam : 'all';
  const stats = useCatalogStats({ region });
  const items = useItemSearch({ region, ...TAB_FILTERS[tab], page: filters.page, pageSize: 10 });
  const list = (
    <ItemResultList query={items} onPageChange={(page) => filters.set({ page })} />
  );
  return (
    <div className="yw-stack" data-testid="one-trip-page">
      <h1 className="yw-page-title">{t('nav.oneTrip')}</h1>
      {stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <FigureCards testId="one-trip-figures" loading={stats.isPending} figures={oneTripFigures(t, stats.data?.totals)} />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => filters.set({ tab: key === 'all' ? undefined : key })}
          items={[
            { key: 'all', label: <span data-testid="tab-all">{t('oneTrip.tabAll')}</span>, children: tab === 'all' ? list : null },
            { key: 'zero', label: <span data-testid="tab-zero">{t('trips.zero')}</span>, children: tab === 'zero' ? list : null },
            { key: 'one', label: <span data-testid="tab-one">{t('trips.one')}</span>, children: tab === 'one' ? list : null },
          ]}
        />
      </Card>
    </div>
  );
}
