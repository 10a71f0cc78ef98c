import { App, Card } from 'antd';
import { useT } from '../../../app/i18n';
import { ChangePasswordForm } from '../../../features/identity/ChangePasswordForm';

/** 修改密码 inside 用户中心. */
export function PasswordCard() {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Card title={t('account.changePassword')} data-testid="password-card">
      <ChangePasswordForm onChanged={() => void message.success(t('account.passwordChanged'))} />
    </Card>
  );
}
