import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { CatalogFigures } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { formatRate } from './format';

export interface Figure {
  key: string;
  title: string;
  value: string | number;
  note?: string;
}

/** A row of figure cards; wraps to two per row on a phone. */
export function FigureCards({ figures, loading, testId }: { figures: Figure[]; loading?: boolean; testId?: string }) {
  return (
    <Row gutter={[16, 16]} data-testid={testId}>
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={6}>
          <Card size="small" className="yw-figure" data-testid={`figure-${figure.key}`}>
            {loading ? (
              <Skeleton active paragraph={false} />
            ) : (
              <Statistic title={figure.title} value={figure.value} />
            )}
            {figure.note && <div className="yw-figure-note">{figure.note}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 事项总数, 网办率, 最多跑一次率, 跑零次 of a region (domain.md §11). */
export function KeyFigures({ figures, loading }: { figures?: CatalogFigures; loading?: boolean }) {
  const t = useT();
  const f = figures;
  return (
    <FigureCards
      testId="key-figures"
      loading={loading || !f}
      figures={[
        { key: 'items', title: t('figure.items'), value: f?.items ?? 0 },
        { key: 'online-rate', title: t('figure.onlineRate'), value: formatRate(f?.onlineRate), note: f ? t('figure.ofItems', { n: f.onlineItems }) : undefined },
        { key: 'one-trip-rate', title: t('figure.oneTripRate'), value: formatRate(f?.atMostOneTripRate), note: f ? t('figure.ofItems', { n: f.atMostOneTrip }) : undefined },
        { key: 'zero-trip', title: t('figure.zeroTrip'), value: f?.zeroTrip ?? 0, note: f ? t('figure.shareOfOneTrip', { rate: formatRate(f.zeroTripShare) }) : undefined },
      ]}
    />
  );
}
