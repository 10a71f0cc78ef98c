import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, type DescriptionsProps, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { LEGAL_PERSON_KINDS, type ProfileView } from '@yiwang/contracts';
import { type Translate, useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { useFullProfile, useProfile } from '../../../features/identity/identity.api';
import { QueryError } from '../../../ui/QueryError';

type Items = NonNullable<DescriptionsProps['items']>;

function row(key: string, label: string, value: string | null | undefined, testId?: string): Items[number] | null {
  if (value === null || value === undefined || value === '') return null;
  return { key, label, children: testId ? <span data-testid={testId}>{value}</span> : value };
}

/** The profile's rows, by account kind. */
export function profileItems(profile: ProfileView, t: Translate): Items {
  const rows =
    profile.kind === 'enterprise'
      ? [
          row('name', t('account.unitName'), profile.name, 'profile-name'),
          row('uscc', t('account.uscc'), profile.uscc, 'profile-uscc'),
          row('kind', t('account.legalPersonKind'), profile.legalPersonKind && LEGAL_PERSON_KINDS.label(profile.legalPersonKind)),
          row('rep', t('account.legalRepresentative'), profile.legalRepresentative),
          row('phone', t('account.contactPhone'), profile.phone, 'profile-phone'),
          row('region', t('account.registrationRegion'), profile.regionName),
        ]
      : [
          row('name', t('account.personName'), profile.name, 'profile-name'),
          row('id', t('account.idNumber'), profile.idNumber, 'profile-id-number'),
          row('phone', t('account.phone'), profile.phone, 'profile-phone'),
          row('region', t('account.idRegion'), profile.regionName),
        ];
  return [
    ...rows,
    row('created', t('account.registeredAt'), formatDateTime(profile.createdAt)),
    row('oidc', t('account.externalIdentity'), profile.externalIdentity ? t('account.linked') : t('account.notLinked')),
  ].filter((r): r is Items[number] => r !== null);
}

/**
 * 我的资料: the own record, its ID and phone numbers masked until the holder asks to see them (显示完整号码), as
 * somebody may be looking at the screen too. While a person acts for an enterprise the server answers the
 * enterprise's record: the title says so.
 */
export function ProfileCard({ actingFor }: { actingFor?: string }) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const profile = useProfile();
  const ofEnterprise = actingFor && profile.data?.kind === 'enterprise';
  const hasNumbers = Boolean(profile.data?.idNumber || profile.data?.phone);
  const toggle = hasNumbers ? (
    <Button
      type="link"
      size="small"
      icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />}
      onClick={() => setRevealed(!revealed)}
      data-testid="profile-reveal"
    >
      {revealed ? t('account.hideNumbers') : t('account.showNumbers')}
    </Button>
  ) : null;
  return (
    <Card title={ofEnterprise ? t('account.actingProfile', { name: actingFor }) : t('account.myProfile')} extra={toggle} data-testid="profile-card">
      {revealed ? <FullProfile /> : <ProfileDetails query={profile} />}
    </Card>
  );
}

/** The record in full, fetched when shown; once hidden, nothing keeps it. */
function FullProfile() {
  return <ProfileDetails query={useFullProfile()} />;
}

function ProfileDetails({ query }: { query: UseQueryResult<ProfileView> }) {
  const t = useT();
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  return <Descriptions column={1} size="small" bordered items={profileItems(query.data, t)} />;
}
