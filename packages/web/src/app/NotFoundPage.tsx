import { Result } from 'antd';
import { LinkButton } from '../ui/LinkButton';
import { useT } from './i18n';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('error.notFound')}
      subTitle={t('error.notFoundHint')}
      extra={
        <LinkButton type="primary" to="/">
          {t('action.backHome')}
        </LinkButton>
      }
    />
  );
}
