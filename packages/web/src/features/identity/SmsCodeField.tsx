import { useEffect, useState } from 'react';
import { MessageOutlined } from '@ant-design/icons';
import { App, Button, Form, type FormInstance, Input, Space } from 'antd';
import { MobilePhone, SmsCode, type SmsPurpose } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { useApiErrorHandler } from '../../ui/useApiErrorHandler';
import { zodRule } from '../../ui/zodRule';
import { useRequestSmsCode } from './identity.api';

interface SmsCodeFieldProps {
  form: FormInstance;
  purpose: SmsPurpose;
  /** The form field holding the mobile number the code goes to. */
  phoneField?: string;
  /** Test id prefix: `${testId}` on the input, `${testId}-send` on the button. */
  testId?: string;
}

/** 短信验证码: the code input with a "获取验证码" button that counts down until a new code may be asked for. */
export function SmsCodeField({ form, purpose, phoneField = 'phone', testId = 'sms-code' }: SmsCodeFieldProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const send = useRequestSmsCode();
  const [resendAt, setResendAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (resendAt === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= resendAt) setResendAt(null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [resendAt]);

  const remaining = resendAt === null ? 0 : Math.max(0, Math.ceil((resendAt - now) / 1000));

  const request = async () => {
    try {
      await form.validateFields([phoneField]);
    } catch {
      return;
    }
    const phone = MobilePhone.safeParse(form.getFieldValue(phoneField));
    if (!phone.success) return;
    send.mutate(
      { phone: phone.data, purpose },
      {
        onSuccess: (sent) => {
          const started = Date.now();
          setNow(started);
          setResendAt(started + sent.resendAfterSeconds * 1000);
          void message.success(t('sms.sent', { to: sent.sentTo, minutes: Math.max(1, Math.round(sent.expiresInSeconds / 60)) }));
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  };

  return (
    <Form.Item label={t('account.smsCode')} required>
      <Space.Compact className="yw-full-width">
        <Form.Item name="smsCode" noStyle rules={[zodRule(SmsCode, t)]}>
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            prefix={<MessageOutlined />}
            placeholder={t('account.smsCodePlaceholder')}
            aria-label={t('account.smsCode')}
            data-testid={testId}
          />
        </Form.Item>
        <Button onClick={() => void request()} disabled={remaining > 0} loading={send.isPending} data-testid={`${testId}-send`}>
          {remaining > 0 ? t('sms.resendIn', { n: remaining }) : t('sms.send')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
