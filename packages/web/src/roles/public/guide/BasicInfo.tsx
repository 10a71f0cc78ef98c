import { Descriptions, type DescriptionsProps } from 'antd';
import {
  ANYWHERE_SCOPES, CASE_TYPES, ITEM_TYPES, LEVELS, NOT_ONE_TRIP_REASONS, ONLINE_DEPTHS, POWER_SOURCES, SERVICE_OBJECTS,
  type ItemDetail,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime, formatLimit, isOnTheSpot } from '../../../features/catalog/format';
import { TripsBadge } from '../../../features/catalog/ItemTags';
import { GuideSection } from './GuideSection';

/** 基本信息: every basic element of the implementation item. */
export function BasicInfo({ item }: { item: ItemDetail }) {
  const t = useT();
  const c = item.content;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const trips = (
    <span>
      {item.trips} <TripsBadge trips={item.trips} />
      {c.onsiteReason && <div className="yw-muted">{t('guide.onsiteReason')}：{c.onsiteReason}</div>}
      {c.notOneTripReason && <div className="yw-muted">{t('guide.notOneTripReason')}：{NOT_ONE_TRIP_REASONS.label(c.notOneTripReason)}</div>}
    </span>
  );
  const items: DescriptionsProps['items'] = [
    { key: 'implCode', label: t('field.implCode'), children: <span className="yw-code">{item.implCode}</span> },
    { key: 'basicCode', label: t('field.basicCode'), children: <span className="yw-code">{item.basicCode}</span> },
    { key: 'itemType', label: t('field.itemType'), children: ITEM_TYPES.label(item.itemType) },
    { key: 'department', label: t('field.department'), children: item.department.name },
    { key: 'level', label: t('field.level'), children: LEVELS.label(item.level) },
    { key: 'region', label: t('field.region'), children: item.region.name },
    { key: 'powerSource', label: t('field.powerSource'), children: POWER_SOURCES.label(item.powerSource) },
    { key: 'serviceObjects', label: t('field.serviceObjects'), children: item.serviceObjects.map((s) => SERVICE_OBJECTS.label(s)).join('、') },
    { key: 'caseType', label: t('field.caseType'), children: CASE_TYPES.label(item.caseType) },
    { key: 'legalLimit', label: t('field.legalLimit'), children: item.legalLimit ? formatLimit(item.legalLimit) : t('guide.noLegalLimit') },
    { key: 'promisedLimit', label: t('field.promisedLimit'), children: isOnTheSpot(item.promisedLimit) ? t('item.onTheSpot') : formatLimit(item.promisedLimit) },
    { key: 'trips', label: t('field.trips'), children: trips },
    { key: 'onlineDepth', label: t('field.onlineDepth'), children: ONLINE_DEPTHS.label(item.onlineDepth) },
    { key: 'isOnline', label: t('field.isOnline'), children: yesNo(item.isOnline) },
    { key: 'anywhere', label: t('field.anywhereScope'), children: c.anywhereScope ? ANYWHERE_SCOPES.label(c.anywhereScope) : t('common.none') },
    { key: 'appointment', label: t('field.supportsAppointment'), children: yesNo(c.supportsAppointment) },
    { key: 'payment', label: t('field.supportsOnlinePayment'), children: yesNo(c.supportsOnlinePayment) },
    { key: 'express', label: t('field.supportsExpress'), children: yesNo(c.supportsExpress) },
    { key: 'version', label: t('field.version'), children: item.version ?? '—' },
    { key: 'updatedAt', label: t('field.updatedAt'), children: formatDateTime(item.updatedAt) },
  ];
  return (
    <GuideSection id="guide-basic" title={t('guide.basic')}>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </GuideSection>
  );
}
