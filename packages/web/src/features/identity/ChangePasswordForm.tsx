import { LockOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { ChangePasswordRequest, Password, PASSWORD_RULE, type SessionView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { useApiErrorHandler } from '../../ui/useApiErrorHandler';
import { parseForm, sameAsRule, zodRule } from '../../ui/zodRule';
import { useChangePassword } from './identity.api';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码: the current password, the new one twice; the rule is the server's (contracts' `Password`). */
export function ChangePasswordForm({ onChanged, submitText }: { onChanged: (session: SessionView) => void; submitText?: string }) {
  const t = useT();
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const handleApiError = useApiErrorHandler();

  const submit = (values: PasswordValues) => {
    const parsed = parseForm(form, ChangePasswordRequest, values, t);
    if (!parsed) return;
    change.mutate(parsed, {
      onSuccess: (session) => {
        form.resetFields();
        onChanged(session);
      },
      onError: (error) => handleApiError(error, { form }),
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} validateTrigger="onBlur" requiredMark={false} data-testid="password-form">
      <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[zodRule(ChangePasswordRequest.shape.currentPassword, t)]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('account.newPassword')} extra={PASSWORD_RULE} rules={[zodRule(Password, t)]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.confirmPassword')}
        dependencies={['newPassword']}
        rules={[sameAsRule('newPassword', { missing: t('account.confirmMissing'), different: t('account.confirmDifferent') })]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
        {submitText ?? t('account.changePassword')}
      </Button>
    </Form>
  );
}
