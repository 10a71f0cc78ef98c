import { Alert, App, Card } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ChangePasswordForm } from '../../../features/identity/ChangePasswordForm';
import { RequireSignedIn } from '../../../features/identity/RequireSignedIn';
import { continueTo, homeOf } from '../../../features/identity/session';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** 修改密码: the first password of a staff account must be changed here before anything else; then on to `next`. */
export default function PasswordPage() {
  const t = useT();
  useDocumentTitle(t('account.changePassword'));
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const next = continueTo(params.get('next'));
  return (
    <RequireSignedIn passwordPage>
      {(session) => (
        <div className="yw-account-page">
          <Card title={<h1 className="yw-card-title">{t('account.changePassword')}</h1>} data-testid="password-page">
            {session.account?.mustChangePassword && (
              <Alert type="warning" showIcon className="yw-form-alert" title={t('account.mustChangePassword')} data-testid="password-required" />
            )}
            <ChangePasswordForm
              submitText={session.account?.mustChangePassword ? t('account.changeAndContinue') : undefined}
              onChanged={(view) => {
                void message.success(t('account.passwordChanged'));
                void navigate(next ?? homeOf(view), { replace: true });
              }}
            />
          </Card>
        </div>
      )}
    </RequireSignedIn>
  );
}
