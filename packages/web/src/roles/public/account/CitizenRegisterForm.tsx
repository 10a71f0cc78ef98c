import { Button, Form, Input } from 'antd';
import { CitizenIdNumber, MobilePhone, PersonName, RegisterCitizenRequest, type SessionView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { useRegisterCitizen } from '../../../features/identity/identity.api';
import { SmsCodeField } from '../../../features/identity/SmsCodeField';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { parseForm, zodRule } from '../../../ui/zodRule';
import { PasswordFields } from './PasswordFields';

/** 个人注册: real name and ID number, a mobile number proven by an SMS code, and a password. */
export function CitizenRegisterForm({ onRegistered }: { onRegistered: (session: SessionView) => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const register = useRegisterCitizen();
  const handleApiError = useApiErrorHandler();
  const submit = (values: Record<string, unknown>) => {
    const body = parseForm(form, RegisterCitizenRequest, values, t);
    if (!body) return;
    register.mutate(body, { onSuccess: onRegistered, onError: (error) => handleApiError(error, { form }) });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} validateTrigger="onBlur" data-testid="register-citizen-form">
      <Form.Item name="name" label={t('account.personName')} required rules={[zodRule(PersonName, t)]}>
        <Input maxLength={30} autoComplete="name" data-testid="register-citizen-name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('account.idNumber')}
        required
        normalize={(v: string) => v.toUpperCase()}
        rules={[zodRule(CitizenIdNumber, t)]}
      >
        <Input maxLength={18} className="yw-code" data-testid="register-citizen-id" />
      </Form.Item>
      <Form.Item name="phone" label={t('account.phone')} required rules={[zodRule(MobilePhone, t)]}>
        <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="register-citizen-phone" />
      </Form.Item>
      <SmsCodeField form={form} purpose="register" testId="register-citizen-sms" />
      <PasswordFields testId="register-citizen" />
      <Button type="primary" htmlType="submit" block size="large" loading={register.isPending} data-testid="register-citizen-submit">
        {t('account.registerSubmit')}
      </Button>
    </Form>
  );
}
