import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Statistic, Table, Tag, type TableColumnsType } from 'antd';
import {
  FACE_SOURCES, HOLDER_KINDS, SaveCertificateTypeRequest, SaveExchangeRuleRequest, type CertificateTypeView, type ExchangeRuleView,
  type SaveCertificateTypeInput,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import {
  useAddExchangeRule, useCertificateStats, useCertificateTypes, useExchangeRules, useRemoveExchangeRule, useSaveCertificateType,
} from '../../../features/certificates/certificates.api';
import { DepartmentSelect } from '../../../features/departments/DepartmentSelect';
import { useSession } from '../../../features/identity/session';
import { codeOptions } from '../../../ui/options';
import { QueryError } from '../../../ui/QueryError';
import { withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { parseForm } from '../../../ui/zodRule';

type TypeForm = Omit<SaveCertificateTypeInput, 'validity'> & { validityKind: 'permanent' | 'years'; years?: number };

const EMPTY: TypeForm = { name: '', departmentId: '', holderKind: 'person', validityKind: 'permanent', faceFields: [{ key: 'name', label: '姓名', source: 'holder.name', required: true, public: false }] };

function toRequest(v: TypeForm): SaveCertificateTypeInput {
  const { validityKind, years, ...rest } = v;
  return { ...rest, validity: validityKind === 'years' ? { kind: 'years', years: years as number } : { kind: 'permanent' } };
}

/** Add or change a type: its defining department, holder kind, validity and face fields (with their sources). */
function TypeModal({ editing, onClose }: { editing: CertificateTypeView | 'new' | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const session = useSession();
  const handleApiError = useApiErrorHandler();
  const save = useSaveCertificateType();
  const [form] = Form.useForm<TypeForm>();
  const initial: TypeForm = editing && editing !== 'new'
    ? { name: editing.name, departmentId: editing.department.id, holderKind: editing.holderKind, faceFields: editing.faceFields, description: editing.description,
      validityKind: editing.validity.kind, years: editing.validity.kind === 'years' ? editing.validity.years : undefined }
    : EMPTY;
  const sourceOptions = [{ value: '', label: t('cert.fieldSourceNone') }, ...codeOptions(FACE_SOURCES)];
  const submit = async (values: TypeForm) => {
    const body = parseForm(form, SaveCertificateTypeRequest, toRequest({ ...values, faceFields: (values.faceFields ?? []).map((f) => ({ ...f, source: f.source || null })) }), t);
    if (!body) return;
    try {
      await save.mutateAsync({ id: editing && editing !== 'new' ? editing.id : null, body });
      void message.success(t('cert.saved'));
      onClose();
    } catch (error) {
      handleApiError(error, { form });
    }
  };
  const kind = Form.useWatch('validityKind', form);
  return (
    <Modal open={!!editing} onCancel={onClose} destroyOnHidden width={900} title={editing === 'new' ? t('cert.newType') : t('cert.editType')}
      onOk={() => form.submit()} confirmLoading={save.isPending} okButtonProps={withTestId({}, 'type-save')}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        <Space wrap align="start">
          <Form.Item name="name" label={t('cert.name')}><Input style={{ width: 240 }} data-testid="type-name" /></Form.Item>
          <Form.Item name="departmentId" label={t('cert.definer')} style={{ minWidth: 260 }}>
            <DepartmentSelect region={session.data?.account?.regionCode ?? undefined} testId="type-department" className="yw-full-width" />
          </Form.Item>
          <Form.Item name="holderKind" label={t('cert.holderKind')}><Select style={{ width: 160 }} options={codeOptions(HOLDER_KINDS)} /></Form.Item>
          <Form.Item name="validityKind" label={t('cert.validity')}>
            <Select style={{ width: 120 }} options={[{ value: 'permanent', label: t('cert.validityKind.permanent') }, { value: 'years', label: t('cert.validityKind.years') }]} />
          </Form.Item>
          {kind === 'years' && <Form.Item name="years" label={t('cert.years')}><InputNumber min={1} max={50} /></Form.Item>}
        </Space>
        <Form.Item name="description" label={t('cert.description')}><Input.TextArea rows={2} /></Form.Item>
        <h3 className="yw-subtitle">{t('cert.faceFields')}</h3>
        <Form.List name="faceFields">
          {(fields, { add, remove }) => (
            <div className="yw-stack">
              {fields.map((field) => (
                <Space key={field.key} wrap align="start" data-testid="type-face-field">
                  <Form.Item name={[field.name, 'key']} label={t('cert.fieldKey')}><Input style={{ width: 130 }} /></Form.Item>
                  <Form.Item name={[field.name, 'label']} label={t('cert.fieldLabel')}><Input style={{ width: 140 }} /></Form.Item>
                  <Form.Item name={[field.name, 'source']} label={t('cert.fieldSource')}>
                    <Select style={{ width: 200 }} options={sourceOptions} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'required']} valuePropName="checked" label=" "><Checkbox>{t('cert.fieldRequired')}</Checkbox></Form.Item>
                  <Form.Item name={[field.name, 'public']} valuePropName="checked" label=" "><Checkbox>{t('cert.fieldPublic')}</Checkbox></Form.Item>
                  <Form.Item label=" "><Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('cert.remove')} /></Form.Item>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ key: '', label: '', source: '', required: true, public: false })}>{t('cert.addField')}</Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function RulesCard({ types }: { types: CertificateTypeView[] }) {
  const t = useT();
  const session = useSession();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const rules = useExchangeRules();
  const add = useAddExchangeRule();
  const remove = useRemoveExchangeRule();
  const [form] = Form.useForm<{ typeId?: string; departmentId?: string; purpose?: string }>();
  const submit = async (values: { typeId?: string; departmentId?: string; purpose?: string }) => {
    const body = parseForm(form, SaveExchangeRuleRequest, values, t);
    if (!body) return;
    try {
      await add.mutateAsync(body);
      form.resetFields();
      void message.success(t('cert.saved'));
    } catch (error) {
      handleApiError(error, { form });
    }
  };
  const columns: TableColumnsType<ExchangeRuleView> = [
    { key: 'type', title: t('cert.type'), dataIndex: 'typeName' },
    { key: 'dept', title: t('cert.ruleDepartment'), dataIndex: 'departmentName' },
    { key: 'purpose', title: t('cert.purpose'), dataIndex: 'purpose' },
    {
      key: 'x', title: '', render: (_, r) => (
        <Popconfirm title={t('cert.remove')} onConfirm={() => remove.mutateAsync(r.id).catch((e: unknown) => void handleApiError(e))}>
          <Button size="small" danger>{t('cert.remove')}</Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Card title={<h2 className="yw-card-title">{t('cert.rulesTitle')}</h2>} data-testid="exchange-rules">
      <p className="yw-muted">{t('cert.rulesIntro')}</p>
      <Form form={form} layout="inline" onFinish={submit} className="yw-toolbar">
        <Form.Item name="typeId"><Select placeholder={t('cert.type')} style={{ width: 200 }} options={types.map((x) => ({ value: x.id, label: x.name }))} data-testid="rule-type" /></Form.Item>
        <Form.Item name="departmentId" style={{ minWidth: 240 }}><DepartmentSelect region={session.data?.account?.regionCode ?? undefined} testId="rule-department" className="yw-full-width" /></Form.Item>
        <Form.Item name="purpose"><Input placeholder={t('cert.purpose')} style={{ width: 260 }} data-testid="rule-purpose" /></Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="rule-add">{t('cert.addRule')}</Button>
      </Form>
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      <Table rowKey="id" size="small" columns={columns} dataSource={rules.data ?? []} loading={rules.isPending} pagination={false} />
    </Card>
  );
}

function StatsCard() {
  const t = useT();
  const stats = useCertificateStats();
  const d = stats.data;
  return (
    <Card title={<h2 className="yw-card-title">{t('cert.statsTitle')}</h2>} data-testid="certificate-stats" loading={stats.isPending}>
      {stats.isError && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {d && (
        <div className="yw-stack">
          <Space size="large" wrap>
            <Statistic title={t('cert.statsTypes')} value={d.types} />
            <Statistic title={t('cert.statsIssued')} value={d.issued} />
            <Statistic title={t('cert.outcome.valid')} value={d.valid} />
            <Statistic title={t('cert.outcome.revoked')} value={d.revoked} />
            <Statistic title={t('cert.useKind.read')} value={d.uses.read} />
            <Statistic title={t('cert.useKind.reuse')} value={d.uses.reuse} />
            <Statistic title={t('cert.statsPaperless')} value={d.paperless.materials} data-testid="stats-paperless" />
            <Statistic title={t('cert.statsPaperlessCases')} value={d.paperless.cases} />
          </Space>
          <Table size="small" rowKey="typeName" pagination={false} dataSource={d.byType} columns={[
            { title: t('cert.type'), dataIndex: 'typeName' }, { title: t('cert.statsIssued'), dataIndex: 'issued' },
            { title: t('cert.outcome.valid'), dataIndex: 'valid' }, { title: t('cert.outcome.revoked'), dataIndex: 'revoked' },
            { title: t('cert.statsReuses'), dataIndex: 'reuses' },
          ]} />
          <Table size="small" rowKey="issuerName" pagination={false} dataSource={d.byIssuer} columns={[
            { title: t('cert.issuer'), dataIndex: 'issuerName' }, { title: t('cert.statsIssued'), dataIndex: 'issued' },
          ]} />
        </div>
      )}
    </Card>
  );
}

/** 证照目录与用证规则: the certificate types (code, definer, holder, validity, face fields) and who may read them. */
export default function CertificateTypesPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.certificateTypes'));
  const types = useCertificateTypes();
  const [editing, setEditing] = useState<CertificateTypeView | 'new' | null>(null);
  const columns: TableColumnsType<CertificateTypeView> = [
    { key: 'name', title: t('cert.name'), render: (_, x) => <a onClick={() => setEditing(x)} data-testid="type-row-name">{x.name}</a> },
    { key: 'code', title: t('cert.typeCode'), render: (_, x) => <span className="yw-code">{x.code}</span> },
    { key: 'dept', title: t('cert.definer'), render: (_, x) => x.department.name },
    { key: 'holder', title: t('cert.holderKind'), render: (_, x) => HOLDER_KINDS.label(x.holderKind) },
    { key: 'validity', title: t('cert.validity'), render: (_, x) => (x.validity.kind === 'years' ? t('cert.validityYears', { n: x.validity.years }) : t('cert.permanent')) },
    { key: 'face', title: t('cert.faceFields'), render: (_, x) => x.faceFields.map((f) => <Tag key={f.key}>{f.label}</Tag>) },
    { key: 'issued', title: t('cert.issuedCount'), dataIndex: 'issued' },
  ];
  return (
    <div className="yw-stack" data-testid="certificate-types-page">
      <Card title={<h1 className="yw-card-title">{t('cert.typesTitle')}</h1>} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="type-new">{t('cert.newType')}</Button>}>
        {types.isError && <QueryError error={types.error} onRetry={() => void types.refetch()} />}
        <Table rowKey="id" size="small" columns={columns} dataSource={types.data ?? []} loading={types.isPending} pagination={false} scroll={{ x: true }} />
      </Card>
      <RulesCard types={types.data ?? []} />
      <StatsCard />
      <TypeModal editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
