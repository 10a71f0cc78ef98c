import { Descriptions } from 'antd';
import { DELIVERY_METHODS } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { formatDateTime } from '../catalog/format';

/** 送达: how the result reached the applicant. */
export function DeliveryInfo({ delivery }: { delivery: Record<string, unknown> }) {
  const t = useT();
  const method = typeof delivery.method === 'string' ? delivery.method : '';
  const text = (key: string) => (typeof delivery[key] === 'string' ? (delivery[key] as string) : '—');
  const items = [
    { key: 'method', label: t('case.delivery.method'), children: (DELIVERY_METHODS.labels as Record<string, string>)[method] ?? method },
    ...(method === 'pickup' ? [{ key: 'recipient', label: t('case.delivery.recipient'), children: text('recipient') }] : []),
    ...(method === 'post'
      ? [
          { key: 'address', label: t('case.delivery.address'), children: text('address') },
          { key: 'carrier', label: t('case.delivery.carrier'), children: text('carrier') },
          { key: 'tracking', label: t('case.delivery.trackingNumber'), children: text('trackingNumber') },
        ]
      : []),
    { key: 'at', label: t('case.delivery.at'), children: formatDateTime(typeof delivery.at === 'string' ? delivery.at : null) },
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="case-delivery" />;
}
