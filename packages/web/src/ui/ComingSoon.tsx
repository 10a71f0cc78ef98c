import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import { useT } from '../app/i18n';
import { LinkButton } from './LinkButton';
import { useDocumentTitle } from './useDocumentTitle';

/** A clear placeholder for a function that a later release brings. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <Card data-testid="coming-soon">
      <Result
        icon={<ClockCircleOutlined />}
        title={title}
        subTitle={description}
        extra={
          <LinkButton type="primary" to="/">
            {t('action.backHome')}
          </LinkButton>
        }
      />
    </Card>
  );
}
