import { Tag } from 'antd';
import { ITEM_TYPES, LEVELS, type ItemSummary } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { formatLimit, isOnTheSpot } from './format';
import { OnlineTag, TripsBadge } from './ItemTags';

/** One item in a result list: name, department, region, trips, 网办, promised limit. */
export function ItemResultCard({ item }: { item: ItemSummary }) {
  const t = useT();
  return (
    <li className="yw-result" data-testid="item-result" data-item-id={item.id}>
      <div className="yw-result-head">
        <Link to={`/items/${item.id}`} className="yw-result-name" data-testid="item-result-link">
          {item.name}
        </Link>
        <span className="yw-result-tags">
          <TripsBadge trips={item.trips} />
          <OnlineTag isOnline={item.isOnline} />
        </span>
      </div>
      <div className="yw-result-meta">
        <span data-testid="item-result-department">{item.department.name}</span>
        <span>{item.region.name}</span>
        <span>{LEVELS.label(item.level)}</span>
        <span>{ITEM_TYPES.label(item.itemType)}</span>
        <span>
          {t('item.promisedLimit')}：{isOnTheSpot(item.promisedLimit) ? t('item.onTheSpot') : formatLimit(item.promisedLimit)}
        </span>
        {item.delegatedFromId && <Tag>{t('item.delegated')}</Tag>}
      </div>
    </li>
  );
}
