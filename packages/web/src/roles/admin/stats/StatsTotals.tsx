import type { CatalogFigures } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatRate } from '../../../features/catalog/format';
import { FigureCards } from '../../../features/catalog/KeyFigures';

/** The totals of the scope as a row of cards. */
export function StatsTotals({ totals, loading }: { totals?: CatalogFigures; loading: boolean }) {
  const t = useT();
  const f = totals;
  return (
    <FigureCards
      testId="stats-totals"
      loading={loading || !f}
      figures={[
        { key: 'items', title: t('figure.items'), value: f?.items ?? 0 },
        { key: 'online-rate', title: t('figure.onlineRate'), value: formatRate(f?.onlineRate), note: f ? t('figure.ofItems', { n: f.onlineItems }) : undefined },
        { key: 'one-trip-rate', title: t('figure.oneTripRate'), value: formatRate(f?.atMostOneTripRate), note: f ? t('figure.ofItems', { n: f.atMostOneTrip }) : undefined },
        { key: 'zero-trip-share', title: t('stats.zeroTripShare'), value: formatRate(f?.zeroTripShare), note: f ? t('figure.ofItems', { n: f.zeroTrip }) : undefined },
        { key: 'one-trip-share', title: t('stats.oneTripShare'), value: formatRate(f?.oneTripShare), note: f ? t('figure.ofItems', { n: f.oneTrip }) : undefined },
        { key: 'instant-rate', title: t('stats.instantRate'), value: formatRate(f?.instantRate), note: f ? t('figure.ofItems', { n: f.instantItems }) : undefined },
        {
          key: 'compression',
          title: t('stats.compressionRate'),
          value: formatRate(f?.compressionRate),
          note: f ? t('stats.daysNote', { legal: f.legalDays, promised: f.promisedDays }) : undefined,
        },
        {
          key: 'materials',
          title: t('stats.materials'),
          value: f?.materials ?? 0,
          note: f ? t('stats.materialsNote', { cancelled: f.materialsCancelled, replaceable: f.materialsReplaceable }) : undefined,
        },
      ]}
    />
  );
}
