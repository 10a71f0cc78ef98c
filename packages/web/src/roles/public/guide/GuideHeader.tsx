import { Alert, Button, Space, Tag, Tooltip } from 'antd';
import { ITEM_STATUS_LABELS, ITEM_TYPES, type ItemDetail } from '@yiwang/contracts';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { OnlineTag, TripsBadge } from '../../../features/catalog/ItemTags';
import { LinkButton } from '../../../ui/LinkButton';

/** A disabled button whose reason shows on hover and focus (the span keeps the tooltip working). */
function PendingButton({ label, reason, primary, testId }: { label: string; reason: string; primary?: boolean; testId: string }) {
  return (
    <Tooltip title={reason}>
      <span className="yw-disabled-wrap" tabIndex={0} aria-label={`${label}：${reason}`}>
        <Button type={primary ? 'primary' : 'default'} size="large" disabled data-testid={testId}>
          {label}
        </Button>
      </span>
    </Tooltip>
  );
}

export function GuideHeader({ item }: { item: ItemDetail }) {
  const t = useT();
  return (
    <header className="yw-guide-header" data-testid="guide-header">
      <h1 className="yw-page-title" data-testid="guide-title">
        {item.name}
      </h1>
      <Space wrap size={[8, 8]}>
        <Tag color="blue">{ITEM_TYPES.label(item.itemType)}</Tag>
        <TripsBadge trips={item.trips} />
        <OnlineTag isOnline={item.isOnline} />
        {item.status !== 'published' && <Tag color="red">{ITEM_STATUS_LABELS[item.status]}</Tag>}
        <span className="yw-muted">
          {item.department.name} · {item.region.name}
        </span>
      </Space>
      {item.delegatedFrom && (
        <Alert
          className="yw-guide-alert"
          type="info"
          showIcon
          data-testid="guide-delegated-from"
          title={
            <span>
              {t('guide.delegatedFrom', { from: `${item.delegatedFrom.region.name}${item.delegatedFrom.department.name}` })}
              {' · '}
              <Link to={`/items/${item.delegatedFrom.id}`}>{t('guide.viewSource')}</Link>
            </span>
          }
        />
      )}
      <Space wrap className="yw-guide-actions">
        {item.isOnline && item.status === 'published' ? (
          <LinkButton type="primary" size="large" to={`/apply/${item.id}`} data-testid="guide-apply">
            {t('guide.apply')}
          </LinkButton>
        ) : (
          <PendingButton primary label={t('guide.apply')} reason={t('guide.applyNotOnline')} testId="guide-apply" />
        )}
        <PendingButton label={t('guide.appointment')} reason={t('guide.appointmentPending')} testId="guide-appointment" />
      </Space>
    </header>
  );
}
