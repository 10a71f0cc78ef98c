import { Button, Col, Divider, Form, Input, Row, Select } from 'antd';
import {
  CitizenIdNumber, LEGAL_PERSON_KINDS, MobilePhone, PersonName, RegisterEnterpriseRequest, type SessionView, Uscc,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { useRegisterEnterprise } from '../../../features/identity/identity.api';
import { SmsCodeField } from '../../../features/identity/SmsCodeField';
import { codeOptions } from '../../../ui/options';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { parseForm, zodRule } from '../../../ui/zodRule';
import { PasswordFields } from './PasswordFields';

const upper = (v: string) => v.toUpperCase();

/** 法人注册: the unit, its legal representative, a contact mobile proven by an SMS code, and a password. */
export function EnterpriseRegisterForm({ onRegistered }: { onRegistered: (session: SessionView) => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const register = useRegisterEnterprise();
  const handleApiError = useApiErrorHandler();
  const submit = (values: Record<string, unknown>) => {
    const body = parseForm(form, RegisterEnterpriseRequest, values, t);
    if (!body) return;
    register.mutate(body, { onSuccess: onRegistered, onError: (error) => handleApiError(error, { form }) });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      validateTrigger="onBlur"
      initialValues={{ legalPersonKind: 'enterprise' }}
      data-testid="register-enterprise-form"
    >
      <Form.Item name="name" label={t('account.unitName')} required rules={[zodRule(RegisterEnterpriseRequest.shape.name, t)]}>
        <Input maxLength={100} autoComplete="organization" data-testid="register-enterprise-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item name="uscc" label={t('account.uscc')} required normalize={upper} rules={[zodRule(Uscc, t)]}>
            <Input maxLength={18} className="yw-code" data-testid="register-enterprise-uscc" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="legalPersonKind" label={t('account.legalPersonKind')} required>
            <Select options={codeOptions(LEGAL_PERSON_KINDS)} data-testid="register-enterprise-kind" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item name="legalRepresentative" label={t('account.legalRepresentative')} required rules={[zodRule(PersonName, t)]}>
            <Input maxLength={30} data-testid="register-enterprise-representative" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            name="legalRepresentativeIdNumber"
            label={t('account.representativeIdNumber')}
            required
            normalize={upper}
            rules={[zodRule(CitizenIdNumber, t)]}
          >
            <Input maxLength={18} className="yw-code" data-testid="register-enterprise-representative-id" />
          </Form.Item>
        </Col>
      </Row>
      <Divider plain>{t('account.contactAndPassword')}</Divider>
      <Form.Item name="phone" label={t('account.contactPhone')} required rules={[zodRule(MobilePhone, t)]}>
        <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="register-enterprise-phone" />
      </Form.Item>
      <SmsCodeField form={form} purpose="register" testId="register-enterprise-sms" />
      <PasswordFields testId="register-enterprise" />
      <Button type="primary" htmlType="submit" block size="large" loading={register.isPending} data-testid="register-enterprise-submit">
        {t('account.registerSubmit')}
      </Button>
    </Form>
  );
}
