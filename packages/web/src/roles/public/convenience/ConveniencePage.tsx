import { Card } from 'antd';
import { useT } from '../../../app/i18n';
import { useItemSearch } from '../../../features/catalog/items.api';
import { ItemResultList } from '../../../features/catalog/ItemResultList';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { ConvenienceLinks } from './ConvenienceLinks';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** 便民服务: public-service items (事项类型 20 公共服务) and convenience links. */
export default function ConveniencePage() {
  const t = useT();
  useDocumentTitle(t('nav.convenience'));
  const { region } = useSelectedRegion();
  const filters = useUrlFilters();
  const items = useItemSearch({ region, itemType: '20', page: filters.page, pageSize: 10 });
  return (
    <div className="yw-stack" data-testid="convenience-page">
      <h1 className="yw-page-title">{t('nav.convenience')}</h1>
      <ConvenienceLinks />
      <Card title={t('conv.publicServices')}>
        <ItemResultList query={items} onPageChange={(page) => filters.set({ page })} />
      </Card>
    </div>
  );
}
