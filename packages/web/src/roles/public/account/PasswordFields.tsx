import { LockOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { Password, PASSWORD_RULE } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { sameAsRule, zodRule } from '../../../ui/zodRule';

/** 设置密码 and 确认密码 of a registration form (`password`, `confirmPassword`). */
export function PasswordFields({ testId }: { testId: string }) {
  const t = useT();
  return (
    <>
      <Form.Item name="password" label={t('account.setPassword')} required extra={PASSWORD_RULE} rules={[zodRule(Password, t)]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid={`${testId}-password`} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.confirmPassword')}
        required
        dependencies={['password']}
        rules={[sameAsRule('password', { missing: t('account.confirmMissing'), different: t('account.confirmDifferent') })]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid={`${testId}-confirm`} />
      </Form.Item>
    </>
  );
}
