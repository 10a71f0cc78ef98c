import { Badge, Card, List } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { useMessages } from '../../../features/cases/cases.api';
import { QueryError } from '../../../ui/QueryError';

/** 站内消息: what happened to my cases, newest first. */
export function MessagesCard() {
  const t = useT();
  const messages = useMessages();
  return (
    <Card title={<h2 className="yw-card-title">{t('case.messages')}</h2>} data-testid="messages-card">
      {messages.isError ? (
        <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : (
        <List
          size="small"
          loading={messages.isPending}
          dataSource={messages.data ?? []}
          locale={{ emptyText: t('case.noMessages') }}
          pagination={(messages.data?.length ?? 0) > 5 ? { pageSize: 5, size: 'small', showSizeChanger: false } : false}
          renderItem={(m) => (
            <List.Item
              data-testid="message-item"
              extra={
                m.caseId && (
                  <Link to={`/user/cases/${m.caseId}`} data-testid="message-case-link">
                    {t('case.open')}
                  </Link>
                )
              }
            >
              <List.Item.Meta
                title={
                  <span>
                    {!m.read && <Badge status="processing" />} <span data-testid="message-title">{m.title}</span>
                  </span>
                }
                description={
                  <>
                    <div className="yw-message-body">{m.body}</div>
                    <div className="yw-muted yw-message-time">{formatDateTime(m.createdAt)}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
