import { Card, Col, Row } from 'antd';
import { useT } from '../../../app/i18n';
import { type ItemSearchParams, useItemSearch } from '../../../features/catalog/items.api';
import { ItemResultList } from '../../../features/catalog/ItemResultList';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { SearchBox } from '../../../ui/SearchBox';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { type ThemeOption, ThemeSidebar } from './ThemeSidebar';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

interface ServiceListPageProps {
  title: string;
  /** 服务对象: "1" persons, "2" enterprises. */
  serviceObject: string;
  themes: ThemeOption[];
  themeParam: 'personTheme' | 'enterpriseTheme';
  testId: string;
}

/** 个人服务 / 法人服务: theme columns beside the item list of the chosen region. */
export function ServiceListPage({ title, serviceObject, themes, themeParam, testId }: ServiceListPageProps) {
  const t = useT();
  useDocumentTitle(title);
  const { region } = useSelectedRegion();
  const filters = useUrlFilters();
  const theme = filters.get('theme');
  const q = filters.get('q');
  const query: ItemSearchParams = { region, serviceObject, q, [themeParam]: theme, page: filters.page, pageSize: 10 };
  const items = useItemSearch(query);
  const themeLabel = themes.find((o) => o.code === theme)?.label ?? t('theme.all');
  return (
    <div className="yw-stack" data-testid={testId}>
      <h1 className="yw-page-title">{title}</h1>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={7} lg={6}>
          <ThemeSidebar themes={themes} value={theme} onChange={(code) => filters.set({ theme: code })} />
        </Col>
        <Col xs={24} md={17} lg={18}>
          <Card title={themeLabel}>
            <SearchBox
              key={q ?? ''}
              defaultValue={q}
              placeholder={t('search.withinPlaceholder')}
              testId="list-search-input"
              onSearch={(value) => filters.set({ q: value })}
              className="yw-list-search"
            />
            <ItemResultList query={items} onPageChange={(page) => filters.set({ page })} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
