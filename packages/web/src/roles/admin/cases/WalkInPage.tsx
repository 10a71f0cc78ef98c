import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Radio, Row, Skeleton, Space } from 'antd';
import {
  ACCOUNT_KINDS, CitizenIdNumber, MobilePhone, PersonName, Uscc, WalkInApplicant, type ItemDetail,
} from '@yiwang/contracts';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useItem } from '../../../features/catalog/items.api';
import { readApplication } from '../../../features/cases/application/application';
import { useApplicationForm } from '../../../features/cases/application/useApplicationForm';
import { ApplicationFields } from '../../../features/cases/application/ApplicationFields';
import { MaterialsFields } from '../../../features/cases/application/MaterialsFields';
import { useSession } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';
import { QueryError } from '../../../ui/QueryError';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import { zodRule } from '../../../ui/zodRule';
import { useFileAtWindow } from './cases.api';
import { ItemPicker } from './ItemPicker';

/** Who stands at the window: a person (name, ID number) or an enterprise (name, USCC), with a mobile number. */
function ApplicantFields({ kind }: { kind: 'citizen' | 'enterprise' }) {
  const t = useT();
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name={['applicant', 'kind']} label={t('window.applicantKind')}>
          <Radio.Group
            options={[
              { value: 'citizen', label: <span data-testid="walk-in-kind-citizen">{ACCOUNT_KINDS.label('citizen')}</span> },
              { value: 'enterprise', label: <span data-testid="walk-in-kind-enterprise">{ACCOUNT_KINDS.label('enterprise')}</span> },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={['applicant', 'name']}
          label={kind === 'citizen' ? t('account.personName') : t('account.unitName')}
          required
          rules={kind === 'citizen' ? [zodRule(PersonName, t)] : []}
          validateTrigger="onBlur"
        >
          <Input maxLength={kind === 'citizen' ? 30 : 100} data-testid="walk-in-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        {kind === 'citizen' ? (
          <Form.Item
            name={['applicant', 'idNumber']}
            label={t('account.idNumber')}
            required
            normalize={(v: string) => v?.toUpperCase()}
            rules={[zodRule(CitizenIdNumber, t)]}
            validateTrigger="onBlur"
          >
            <Input maxLength={18} className="yw-code" data-testid="walk-in-id" />
          </Form.Item>
        ) : (
          <Form.Item name={['applicant', 'uscc']} label={t('account.uscc')} required normalize={(v: string) => v?.toUpperCase()} rules={[zodRule(Uscc, t)]} validateTrigger="onBlur">
            <Input maxLength={18} className="yw-code" data-testid="walk-in-uscc" />
          </Form.Item>
        )}
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['applicant', 'phone']} label={t('account.phone')} required rules={[zodRule(MobilePhone, t)]} validateTrigger="onBlur">
          <Input inputMode="tel" maxLength={11} data-testid="walk-in-phone" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The filing form of one item: applicant, form, materials; one idempotency key for this item's form. */
function WalkInForm({ item }: { item: ItemDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const file = useFileAtWindow();
  const { form, idempotencyKey, fields, specs, initialValues } = useApplicationForm(item, { applicant: { kind: 'citizen' } });
  const kind = (Form.useWatch(['applicant', 'kind'], form) as 'citizen' | 'enterprise' | undefined) ?? 'citizen';

  const submit = () => {
    const applicant = WalkInApplicant.safeParse(form.getFieldValue('applicant'));
    const applicantIssues = applicant.success ? [] : fromSchemaIssues(applicant.error.issues, t).map((i) => ({ ...i, path: ['applicant', ...i.path] }));
    const application = readApplication(form, fields, specs, true, t, applicantIssues);
    if (!application || !applicant.success) {
      void message.error(t('case.apply.fix'));
      return;
    }
    file.mutate(
      { itemId: item.id, applicant: applicant.data, ...application, idempotencyKey },
      {
        onSuccess: (view) => {
          void message.success(t('window.filed', { number: view.number ?? '' }));
          void navigate(`/admin/cases/${view.id}`, { replace: true });
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid="walk-in-form">
      <div className="yw-stack">
        <Card title={<h2 className="yw-card-title">{t('window.applicant')}</h2>}>
          <ApplicantFields kind={kind} />
        </Card>
        <Card title={<h2 className="yw-card-title">{t('case.form')}</h2>}>
          <ApplicationFields fields={fields} />
        </Card>
        <Card title={<h2 className="yw-card-title">{t('guide.materialsShort')}</h2>}>
          <MaterialsFields specs={specs} />
        </Card>
        <Card className="yw-action-bar">
          <Space wrap>
            <Button type="primary" size="large" loading={file.isPending} onClick={submit} data-testid="walk-in-submit">
              {t('window.file')}
            </Button>
            <LinkButton size="large" to="/admin/accept">
              {t('action.cancel')}
            </LinkButton>
          </Space>
        </Card>
      </div>
    </Form>
  );
}

/** 窗口收件: the clerk files a walk-in application — choose the item, then who applies, the form and the materials. */
export default function WalkInPage() {
  const t = useT();
  useDocumentTitle(t('window.walkIn'));
  const session = useSession();
  const [itemId, setItemId] = useState<string | undefined>();
  const item = useItem(itemId);
  return (
    <div className="yw-stack" data-testid="walk-in-page">
      <Card title={<h1 className="yw-card-title">{t('window.walkIn')}</h1>}>
        <p className="yw-muted">{t('window.walkInIntro')}</p>
        <Form layout="vertical">
          <Form.Item label={t('window.item')} required>
            <ItemPicker region={session.data?.account?.regionCode ?? undefined} value={itemId} onChange={setItemId} testId="walk-in-item" />
          </Form.Item>
        </Form>
      </Card>
      {itemId && item.isError && <QueryError error={item.error} onRetry={() => void item.refetch()} />}
      {itemId && item.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {item.data && item.data.id === itemId && <WalkInForm key={item.data.id} item={item.data} />}
    </div>
  );
}
