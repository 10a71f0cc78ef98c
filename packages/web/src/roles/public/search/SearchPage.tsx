import { Card, Col, Collapse, Grid, Row } from 'antd';
import { useT } from '../../../app/i18n';
import { useItemSearch } from '../../../features/catalog/items.api';
import { ItemResultList } from '../../../features/catalog/ItemResultList';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { SearchBox } from '../../../ui/SearchBox';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { SEARCH_FILTER_KEYS, type SearchFilterValues, SearchFilters } from './SearchFilters';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** 事项检索: `/search?q=…` with every filter in the URL. */
export default function SearchPage() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { region } = useSelectedRegion();
  const filters = useUrlFilters();
  const q = filters.get('q');
  useDocumentTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const values: SearchFilterValues = Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, filters.get(key)]));
  const maxTrips = values.maxTrips === undefined ? undefined : Number(values.maxTrips);
  const online = values.online === undefined ? undefined : values.online === 'true';
  const items = useItemSearch({ ...values, q, region, maxTrips, online, page: filters.page, pageSize: 10 });
  const panel = (
    <SearchFilters
      region={region}
      values={values}
      onChange={(key, value) => filters.set({ [key]: value })}
      onReset={() => filters.set(Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, undefined])))}
    />
  );
  return (
    <div className="yw-stack" data-testid="search-page">
      <h1 className="yw-page-title">{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      <SearchBox
        key={q ?? ''}
        size="large"
        defaultValue={q}
        buttonText={t('action.search')}
        placeholder={t('search.placeholder')}
        testId="search-input"
        onSearch={(value) => filters.set({ q: value })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={7} lg={6}>
          {screens.md === false ? (
            <Collapse items={[{ key: 'filters', label: t('filter.title'), children: panel, forceRender: true }]} />
          ) : (
            <Card title={t('filter.title')} size="small">
              {panel}
            </Card>
          )}
        </Col>
        <Col xs={24} md={17} lg={18}>
          <Card>
            <ItemResultList query={items} onPageChange={(page) => filters.set({ page })} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
