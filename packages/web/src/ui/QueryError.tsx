import { Alert, Button } from 'antd';
import { useT } from '../app/i18n';

/** A failed query, with the server's Chinese message and a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const message = error instanceof Error ? error.message : t('error.unknown');
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.loadFailed')}
      description={message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
