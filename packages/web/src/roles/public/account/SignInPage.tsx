import { useState } from 'react';
import { LockOutlined, MobileOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Input, Result, Tabs, Typography } from 'antd';
import { MobilePhone, PasswordSignInRequest, type SessionView, SmsSignInRequest } from '@yiwang/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { accountLabel } from '../../../features/identity/accountLabel';
import { useAuthProviders, usePasswordSignIn, useSmsSignIn } from '../../../features/identity/identity.api';
import { afterSignIn, continueTo, signOut, useSession } from '../../../features/identity/session';
import { SmsCodeField } from '../../../features/identity/SmsCodeField';
import { applyIssues, fromFieldIssues } from '../../../ui/formErrors';
import { LinkButton } from '../../../ui/LinkButton';
import { PageSpinner } from '../../../ui/PageSpinner';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { parseForm, zodRule } from '../../../ui/zodRule';

type Method = 'password' | 'sms';

/** A failed sign-in: the message above the form, field issues beside their fields. */
function useSignInError() {
  const [error, setError] = useState<string | null>(null);
  const show = (e: unknown, form?: Parameters<typeof applyIssues>[0]) => {
    if (isApiError(e) && form && e.issues.length) applyIssues(form, fromFieldIssues(e.issues));
    setError(e instanceof Error ? e.message : String(e));
  };
  return { error, show, clear: () => setError(null) };
}

function PasswordSignInForm({ onSignedIn }: { onSignedIn: (session: SessionView) => void }) {
  const t = useT();
  const [form] = Form.useForm<PasswordSignInRequest>();
  const signIn = usePasswordSignIn();
  const failure = useSignInError();
  const submit = (values: PasswordSignInRequest) => {
    const body = parseForm(form, PasswordSignInRequest, values, t);
    if (!body) return;
    failure.clear();
    signIn.mutate(body, { onSuccess: onSignedIn, onError: (e) => failure.show(e, form) });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="sign-in-password-form">
      {failure.error && <Alert type="error" showIcon title={failure.error} className="yw-form-alert" data-testid="sign-in-error" />}
      <Form.Item name="account" label={t('account.account')} extra={t('account.accountHint')} rules={[zodRule(PasswordSignInRequest.shape.account, t)]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="sign-in-account" />
      </Form.Item>
      <Form.Item name="password" label={t('account.password')} rules={[zodRule(PasswordSignInRequest.shape.password, t)]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="sign-in-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending} data-testid="sign-in-submit">
        {t('account.signIn')}
      </Button>
    </Form>
  );
}

function SmsSignInForm({ onSignedIn }: { onSignedIn: (session: SessionView) => void }) {
  const t = useT();
  const [form] = Form.useForm<SmsSignInRequest>();
  const signIn = useSmsSignIn();
  const failure = useSignInError();
  const submit = (values: SmsSignInRequest) => {
    const body = parseForm(form, SmsSignInRequest, values, t);
    if (!body) return;
    failure.clear();
    signIn.mutate(body, { onSuccess: onSignedIn, onError: (e) => failure.show(e, form) });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="sign-in-sms-form">
      {failure.error && <Alert type="error" showIcon title={failure.error} className="yw-form-alert" data-testid="sign-in-error" />}
      <Form.Item name="phone" label={t('account.phone')} rules={[zodRule(MobilePhone, t)]}>
        <Input prefix={<MobileOutlined />} inputMode="tel" autoComplete="tel" maxLength={11} data-testid="sign-in-phone" />
      </Form.Item>
      <SmsCodeField form={form} purpose="sign-in" testId="sign-in-sms-code" />
      <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending} data-testid="sign-in-sms-submit">
        {t('account.signIn')}
      </Button>
    </Form>
  );
}

/** Already signed in: go on, or sign out to use another account. */
function AlreadySignedIn({ session, next }: { session: SessionView; next: string | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('account.alreadySignedIn', { name: accountLabel(session, t) })}
      extra={[
        <LinkButton key="go" type="primary" to={afterSignIn(session, next)} data-testid="signed-in-continue">
          {t('account.continue')}
        </LinkButton>,
        <Button key="out" onClick={() => void signOut(navigate)}>
          {t('account.signOut')}
        </Button>,
      ]}
    />
  );
}

/** 登录: password or SMS code, and 统一身份认证 where configured; then on to `next`. */
export default function SignInPage() {
  const t = useT();
  useDocumentTitle(t('account.signIn'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = continueTo(params.get('next'));
  const providerError = params.get('error');
  const session = useSession();
  const providers = useAuthProviders();
  const [method, setMethod] = useState<Method>('password');
  // Set once this page signed someone in, so the "already signed in" card does not flash before leaving.
  const [leaving, setLeaving] = useState(false);

  const onSignedIn = (view: SessionView) => {
    setLeaving(true);
    void navigate(afterSignIn(view, next), { replace: true });
  };

  if (session.isPending || leaving) return <PageSpinner />;
  const oidc = providers.data?.oidc;
  const smsEnabled = providers.data?.sms ?? true;

  return (
    <div className="yw-account-page">
      <Card title={<h1 className="yw-card-title">{t('account.signInTitle')}</h1>} data-testid="sign-in-page">
        {session.data?.account ? (
          <AlreadySignedIn session={session.data} next={next} />
        ) : (
          <>
            {providerError && <Alert type="error" showIcon title={providerError} className="yw-form-alert" data-testid="sign-in-provider-error" />}
            <Tabs
              activeKey={method}
              onChange={(key) => setMethod(key as Method)}
              items={[
                { key: 'password', label: <span data-testid="sign-in-tab-password">{t('account.byPassword')}</span>, children: <PasswordSignInForm onSignedIn={onSignedIn} /> },
                ...(smsEnabled
                  ? [{ key: 'sms', label: <span data-testid="sign-in-tab-sms">{t('account.bySms')}</span>, children: <SmsSignInForm onSignedIn={onSignedIn} /> }]
                  : []),
              ]}
            />
            {oidc?.enabled && (
              <>
                <Divider plain>{t('account.or')}</Divider>
                <Button
                  block
                  size="large"
                  icon={<SafetyCertificateOutlined />}
                  href={`/api/auth/oidc/start?next=${encodeURIComponent(next ?? '/user')}`}
                  data-testid="sign-in-oidc"
                >
                  {t('account.oidc', { name: oidc.name })}
                </Button>
              </>
            )}
            <Typography.Paragraph className="yw-account-links">
              {t('account.noAccount')}{' '}
              <Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'} data-testid="sign-in-register-link">
                {t('account.registerNow')}
              </Link>
            </Typography.Paragraph>
          </>
        )}
      </Card>
    </div>
  );
}
