import { Alert, Card, Tabs, Typography } from 'antd';
import type { SessionView } from '@yiwang/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { accountLabel } from '../../../features/identity/accountLabel';
import { continueTo, useSession } from '../../../features/identity/session';
import { PageSpinner } from '../../../ui/PageSpinner';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CitizenRegisterForm } from './CitizenRegisterForm';
import { EnterpriseRegisterForm } from './EnterpriseRegisterForm';

type Kind = 'citizen' | 'enterprise';

/** 注册: 个人注册 (a person) or 法人注册 (an enterprise, institution or social organisation); signed in afterwards. */
export default function RegisterPage() {
  const t = useT();
  useDocumentTitle(t('account.register'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kind: Kind = params.get('kind') === 'enterprise' ? 'enterprise' : 'citizen';
  const next = continueTo(params.get('next'));
  const session = useSession();

  const onRegistered = (view: SessionView) => void navigate(next ?? (view.account?.kind === 'staff' ? '/admin' : '/user'), { replace: true });
  const setKind = (value: Kind) =>
    setParams(
      (prev) => {
        const changed = new URLSearchParams(prev);
        if (value === 'enterprise') changed.set('kind', value);
        else changed.delete('kind');
        return changed;
      },
      { replace: true },
    );

  if (session.isPending) return <PageSpinner />;
  return (
    <div className="yw-account-page yw-account-page-wide">
      <Card title={<h1 className="yw-card-title">{t('account.registerTitle')}</h1>} data-testid="register-page">
        {session.data?.account && (
          <Alert
            type="info"
            showIcon
            className="yw-form-alert"
            title={t('account.registerWhileSignedIn', { name: accountLabel(session.data, t) })}
            data-testid="register-signed-in"
          />
        )}
        <Tabs
          activeKey={kind}
          onChange={(key) => setKind(key as Kind)}
          destroyOnHidden
          items={[
            {
              key: 'citizen',
              label: <span data-testid="register-tab-citizen">{t('account.registerCitizen')}</span>,
              children: <CitizenRegisterForm onRegistered={onRegistered} />,
            },
            {
              key: 'enterprise',
              label: <span data-testid="register-tab-enterprise">{t('account.registerEnterprise')}</span>,
              children: <EnterpriseRegisterForm onRegistered={onRegistered} />,
            },
          ]}
        />
        <Typography.Paragraph className="yw-account-links">
          {t('account.haveAccount')}{' '}
          <Link to={next ? `/login?next=${encodeURIComponent(next)}` : '/login'} data-testid="register-sign-in-link">
            {t('account.signInNow')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
