import { App, Button, Card, Empty, List, Tag, Typography } from 'antd';
import type { SessionView } from '@yiwang/contracts';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { useActingFor } from '../../../features/identity/identity.api';
import { sessionChanged } from '../../../features/identity/session';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';

/** 我可代办的单位: enterprises that listed me as 经办人; switch to act for one, or back to myself. */
export function ActingForCard({ session }: { session: SessionView }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const actingFor = useActingFor();
  const current = session.actingFor?.id ?? null;

  const switchTo = (enterpriseId: string | null, name: string) =>
    actingFor.mutate(
      { enterpriseId },
      {
        onSuccess: () => void message.success(enterpriseId ? t('account.nowActingFor', { name }) : t('account.nowSelf')),
        onError: (error) => {
          handleApiError(error);
          // Refused (e.g. no longer an agent): show what the server says is true now.
          if (isApiError(error) && error.status === 403) sessionChanged();
        },
      },
    );

  return (
    <Card
      title={t('account.actingForTitle')}
      extra={
        current && (
          <Button onClick={() => switchTo(null, '')} loading={actingFor.isPending && actingFor.variables?.enterpriseId === null} data-testid="acting-for-self">
            {t('account.backToSelf')}
          </Button>
        )
      }
      data-testid="acting-for-card"
    >
      <Typography.Paragraph type="secondary">{t('account.actingForIntro')}</Typography.Paragraph>
      {session.enterprises.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('account.noEnterprises')} data-testid="acting-for-empty" />
      ) : (
        <List
          dataSource={session.enterprises}
          renderItem={(enterprise) => (
            <List.Item
              data-testid="acting-for-enterprise"
              actions={[
                enterprise.id === current ? (
                  <Tag color="green" key="current" data-testid="acting-for-current">
                    {t('account.actingNow')}
                  </Tag>
                ) : (
                  <Button
                    key="switch"
                    type="primary"
                    ghost
                    loading={actingFor.isPending && actingFor.variables?.enterpriseId === enterprise.id}
                    onClick={() => switchTo(enterprise.id, enterprise.name)}
                    data-testid={`acting-for-${enterprise.uscc}`}
                  >
                    {t('account.actFor')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta title={enterprise.name} description={<span className="yw-code">{enterprise.uscc}</span>} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
