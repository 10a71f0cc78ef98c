import { useState } from 'react';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, request } from '../../app/api';
import { setAdminToken } from '../../app/auth';
import { useT } from '../../app/i18n';
import { LinkButton } from '../../ui/LinkButton';

const DEMO_TOKEN = 'yiwang-admin';

/** Until accounts exist: the administrator token, checked against the admin API before it is kept. */
export default function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const next = params.get('next');
  const target = next?.startsWith('/admin') && !next.startsWith('/admin/login') ? next : '/admin/items';

  const submit = async ({ token }: { token: string }) => {
    setChecking(true);
    setError(null);
    try {
      // Checked without the admin flag so a wrong token shows here instead of redirecting.
      await request('/api/admin/items', { query: { pageSize: 1 }, headers: { Authorization: `Bearer ${token.trim()}` } });
      setAdminToken(token.trim());
      void navigate(target, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t('signIn.wrongToken') : e instanceof Error ? e.message : String(e));
    } finally {
      setChecking(false);
    }
  };

  return (
    <main className="yw-signin">
      <Card title={<h1 className="yw-card-title">{t('signIn.title')}</h1>}>
        <Typography.Paragraph type="secondary">{t('signIn.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} className="yw-form-alert" data-testid="sign-in-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="token"
            label={t('signIn.token')}
            rules={[{ required: true, whitespace: true, message: t('signIn.tokenRequired') }]}
            extra={t('signIn.demoHint', { token: DEMO_TOKEN })}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="off" data-testid="admin-token-input" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={checking} data-testid="admin-sign-in">
            {t('signIn.submit')}
          </Button>
        </Form>
        <LinkButton type="link" to="/" className="yw-signin-back">
          {t('action.backHome')}
        </LinkButton>
      </Card>
    </main>
  );
}
