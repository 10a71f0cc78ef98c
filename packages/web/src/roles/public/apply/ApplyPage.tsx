import { useState } from 'react';
import { App, Button, Card, Form, Result, Skeleton, Space, Typography } from 'antd';
import type { ItemDetail, SessionView } from '@yiwang/contracts';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { formatLimit } from '../../../features/catalog/format';
import { useItem } from '../../../features/catalog/items.api';
import { readApplication } from '../../../features/cases/application/application';
import { useApplicationForm } from '../../../features/cases/application/useApplicationForm';
import { ApplicationFields } from '../../../features/cases/application/ApplicationFields';
import { MaterialsFields } from '../../../features/cases/application/MaterialsFields';
import { useCreateCase } from '../../../features/cases/cases.api';
import { useWallet } from '../../../features/certificates/certificates.api';
import { accountLabel } from '../../../features/identity/accountLabel';
import { RequireSignedIn } from '../../../features/identity/RequireSignedIn';
import { LinkButton } from '../../../ui/LinkButton';
import { QueryError } from '../../../ui/QueryError';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** The application form of one item: its fields, its materials, 保存草稿 and 提交申请. */
function ApplyForm({ item, session }: { item: ItemDetail; session: SessionView }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const create = useCreateCase();
  const { form, idempotencyKey, fields, specs, initialValues } = useApplicationForm(item);
  const [sending, setSending] = useState<'draft' | 'submit' | null>(null);
  const wallet = useWallet();

  const send = (submit: boolean) => {
    const application = readApplication(form, fields, specs, submit, t);
    if (!application) {
      void message.error(t('case.apply.fix'));
      return;
    }
    setSending(submit ? 'submit' : 'draft');
    create.mutate(
      { itemId: item.id, ...application, submit, idempotencyKey },
      {
        onSuccess: (view) => {
          void message.success(submit ? t('case.apply.submitted', { number: view.number ?? '' }) : t('case.apply.draftSaved'));
          void navigate(`/user/cases/${view.id}`, { replace: true });
        },
        onError: (error) => handleApiError(error, { form }),
        onSettled: () => setSending(null),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid="apply-form">
      <div className="yw-stack">
        <Card>
          <h1 className="yw-page-title" data-testid="apply-title">
            {t('case.apply.title', { name: item.name })}
          </h1>
          <Typography.Paragraph type="secondary" className="yw-apply-meta">
            {item.department.name} · {item.region.name} · {t('item.promisedLimit')} {formatLimit(item.promisedLimit)}
          </Typography.Paragraph>
          <div data-testid="apply-applicant">
            {t('case.apply.applicant')}：<strong>{accountLabel(session, t)}</strong>
          </div>
        </Card>
        <Card title={<h2 className="yw-card-title">{t('case.form')}</h2>}>
          <ApplicationFields fields={fields} />
        </Card>
        <Card title={<h2 className="yw-card-title">{t('guide.materialsShort')}</h2>}>
          <MaterialsFields specs={specs} wallet={wallet.data} />
        </Card>
        <Card className="yw-action-bar">
          <Space wrap>
            <Button type="primary" size="large" loading={sending === 'submit'} disabled={sending !== null} onClick={() => send(true)} data-testid="apply-submit">
              {t('case.apply.submit')}
            </Button>
            <Button size="large" loading={sending === 'draft'} disabled={sending !== null} onClick={() => send(false)} data-testid="apply-save-draft">
              {t('case.apply.saveDraft')}
            </Button>
            <LinkButton size="large" type="link" to={`/items/${item.id}`}>
              {t('case.apply.backToGuide')}
            </LinkButton>
          </Space>
        </Card>
      </div>
    </Form>
  );
}

function Apply({ session }: { session: SessionView }) {
  const t = useT();
  const { itemId } = useParams();
  const item = useItem(itemId);
  useDocumentTitle(item.data ? t('case.apply.title', { name: item.data.name }) : t('guide.apply'));
  const kind = session.account?.kind;
  if (kind !== 'citizen' && kind !== 'enterprise') {
    return (
      <Result
        status="403"
        title={t('case.apply.applicantsOnly')}
        extra={<LinkButton to={itemId ? `/items/${itemId}` : '/'}>{t('case.apply.backToGuide')}</LinkButton>}
        data-testid="apply-applicants-only"
      />
    );
  }
  if (isApiError(item.error) && item.error.status === 404) {
    return <Result status="404" title={t('guide.notFound')} subTitle={item.error.message} data-testid="apply-not-found" />;
  }
  if (item.isError) return <QueryError error={item.error} onRetry={() => void item.refetch()} />;
  if (item.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!item.data.isOnline || item.data.status !== 'published') {
    return (
      <Result
        status="warning"
        title={t('case.apply.notOnline')}
        subTitle={item.data.name}
        extra={<LinkButton to={`/items/${item.data.id}`}>{t('case.apply.backToGuide')}</LinkButton>}
        data-testid="apply-not-online"
      />
    );
  }
  return <ApplyForm item={item.data} session={session} />;
}

/** 在线申报 (`/apply/:itemId`): for signed-in persons and enterprises; visitors sign in first and come back. */
export default function ApplyPage() {
  return <RequireSignedIn>{(session) => <Apply session={session} />}</RequireSignedIn>;
}
