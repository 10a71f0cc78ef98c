import { Card, Empty, Skeleton } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useItemSearch } from '../../../features/catalog/items.api';
import { OnlineTag, TripsBadge } from '../../../features/catalog/ItemTags';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { QueryError } from '../../../ui/QueryError';

/** 热门事项: the first items of the region's catalog (the server's default order). */
export function HotItems() {
  const t = useT();
  const { region } = useSelectedRegion();
  const items = useItemSearch({ region, pageSize: 8 });
  return (
    <Card title={t('home.hotItems')} extra={<Link to={region ? `/search?region=${region}` : '/search'}>{t('action.more')}</Link>}>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : items.isPending ? (
        <Skeleton active />
      ) : items.data.items.length === 0 ? (
        <Empty description={t('search.empty')} />
      ) : (
        <ul className="yw-hot-list" data-testid="hot-items">
          {items.data.items.map((item) => (
            <li key={item.id} data-testid="hot-item">
              <Link to={`/items/${item.id}`}>{item.name}</Link>
              <span className="yw-hot-tags">
                <TripsBadge trips={item.trips} />
                <OnlineTag isOnline={item.isOnline} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
