import { Col, Row } from 'antd';
import { useT } from '../../../app/i18n';
import { useCatalogStats } from '../../../features/catalog/items.api';
import { KeyFigures } from '../../../features/catalog/KeyFigures';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { QueryError } from '../../../ui/QueryError';
import { HotItems } from './HotItems';
import { SearchHero } from './SearchHero';
import { ThemeColumns } from './ThemeColumns';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

export default function HomePage() {
  const t = useT();
  useDocumentTitle(undefined);
  const { region } = useSelectedRegion();
  const stats = useCatalogStats({ region });
  return (
    <div className="yw-stack">
      <SearchHero />
      <section aria-label={t('home.figures')}>
        <h2 className="yw-section-title">{t('home.figures')}</h2>
        {stats.isError ? (
          <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
        ) : (
          <KeyFigures figures={stats.data?.totals} loading={stats.isPending} />
        )}
      </section>
      <ThemeColumns />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <HotItems />
        </Col>
      </Row>
    </div>
  );
}
