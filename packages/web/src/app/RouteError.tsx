import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LinkButton } from '../ui/LinkButton';
import { isApiError } from './api';
import { useT } from './i18n';

/** Shown when a page fails to load or throws; a failed chunk usually means a new release, so offer a reload. */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const notFound = (isRouteErrorResponse(error) && error.status === 404) || (isApiError(error) && error.status === 404);
  const detail = isApiError(error) ? error.message : error instanceof Error ? error.message : undefined;
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? t('error.notFound') : t('error.pageFailed')}
      subTitle={detail}
      extra={[
        <Button key="reload" onClick={() => window.location.reload()}>
          {t('action.reload')}
        </Button>,
        <LinkButton key="home" type="primary" to="/">
          {t('action.backHome')}
        </LinkButton>,
      ]}
    />
  );
}
