import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { ACTIONS, type ApiTokenCreated, type ApiTokenView } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { useSession } from '../../../features/identity/session';
import { QueryError } from '../../../ui/QueryError';
import { rowTestId, withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SecretModal } from '../SecretModal';
import { ApiTokenFormModal } from './ApiTokenFormModal';
import { useApiTokens, useRevokeApiToken } from './tokens.api';

const STATUS: Record<ApiTokenView['status'], { label: MessageKey; color: string }> = {
  active: { label: 'tokens.status.active', color: 'green' },
  expired: { label: 'tokens.status.expired', color: 'default' },
  revoked: { label: 'tokens.status.revoked', color: 'red' },
};

/** 接口令牌: credentials of docked partner systems, each for one department with named permissions. */
export default function ApiTokensPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.apiTokens'));
  const { message } = App.useApp();
  const session = useSession();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const handleApiError = useApiErrorHandler();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);

  const columns: TableColumnsType<ApiTokenView> = [
    { key: 'name', title: t('tokens.name'), dataIndex: 'name' },
    { key: 'prefix', title: t('tokens.prefix'), render: (_, k) => <span className="yw-code">{k.prefix}</span> },
    { key: 'department', title: t('tokens.department'), render: (_, k) => k.department.name },
    { key: 'permissions', title: t('tokens.permissions'), render: (_, k) => k.permissions.map((p) => <Tag key={p}>{ACTIONS.label(p)}</Tag>) },
    {
      key: 'status',
      title: t('field.status'),
      render: (_, k) => (
        <Tag color={STATUS[k.status].color} data-testid="api-token-status">
          {t(STATUS[k.status].label)}
        </Tag>
      ),
    },
    { key: 'lastUsed', title: t('tokens.lastUsed'), render: (_, k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('tokens.neverUsed')) },
    { key: 'expires', title: t('tokens.expiresAt'), render: (_, k) => formatDateTime(k.expiresAt) },
    { key: 'created', title: t('tokens.createdBy'), render: (_, k) => `${k.createdBy} · ${formatDateTime(k.createdAt)}` },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, k) =>
        k.status === 'active' && (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: k.name })}
            description={t('tokens.revokeHint')}
            okText={t('tokens.revoke')}
            okButtonProps={withTestId({ danger: true }, 'api-token-revoke-confirm')}
            cancelText={t('action.cancel')}
            onConfirm={() =>
              revoke.mutateAsync(k.id).then(
                () => void message.success(t('tokens.revoked')),
                (error: unknown) => void handleApiError(error),
              )
            }
          >
            <Button size="small" danger data-testid="api-token-revoke">
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card
      title={<h1 className="yw-card-title">{t('admin.nav.apiTokens')}</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="api-token-new">
          {t('tokens.new')}
        </Button>
      }
    >
      <div className="yw-stack">
        <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
        {tokens.isError && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tokens.data}
          loading={tokens.isFetching}
          scroll={{ x: 1200 }}
          onRow={rowTestId('api-token-row')}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="api-token-table"
        />
      </div>
      {creating && (
        <ApiTokenFormModal
          region={session.data?.account?.regionCode ?? undefined}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {created && (
        <SecretModal
          title={t('tokens.createdTitle')}
          description={t('tokens.createdIntro', { name: created.view.name })}
          secret={created.token}
          testId="api-token-secret"
          onClose={() => setCreated(null)}
        />
      )}
    </Card>
  );
}
