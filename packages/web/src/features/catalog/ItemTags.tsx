import { Tag } from 'antd';
import { useT } from '../../app/i18n';
import { tripsKind } from './format';

const TRIP_COLORS = { zero: 'green', one: 'blue', many: 'orange' } as const;

/** 跑零次 / 只跑一次 / 跑N次. */
export function TripsBadge({ trips }: { trips: number }) {
  const t = useT();
  const kind = tripsKind(trips);
  const label = kind === 'zero' ? t('trips.zero') : kind === 'one' ? t('trips.one') : t('trips.many', { n: trips });
  return (
    <Tag color={TRIP_COLORS[kind]} data-testid="trips-badge" data-trips={trips}>
      {label}
    </Tag>
  );
}

/** 可网办 when the item can be applied for and accepted online. */
export function OnlineTag({ isOnline }: { isOnline: boolean }) {
  const t = useT();
  return isOnline ? (
    <Tag color="cyan" data-testid="online-tag">
      {t('item.online')}
    </Tag>
  ) : null;
}
