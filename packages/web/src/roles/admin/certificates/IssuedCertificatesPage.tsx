import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Table, type TableColumnsType } from 'antd';
import {
  CERTIFICATE_STATUSES, ReissueCertificateRequest, RevokeCertificateRequest, type CertificateStatus, type CertificateView,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { canAny, useSession } from '../../../features/identity/session';
import { certificatePdfUrl, useIssuedCertificates, useReissueCertificate, useRevokeCertificate } from '../../../features/certificates/certificates.api';
import { CertificateStatusTag } from '../../../features/certificates/CertificateStatusTag';
import { codeOptions } from '../../../ui/options';
import { QueryError } from '../../../ui/QueryError';
import { SearchBox } from '../../../ui/SearchBox';
import { rowTestId, withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { parseForm, zodRule } from '../../../ui/zodRule';

type Change = { kind: 'revoke' | 'reissue'; certificate: CertificateView };

/** Revoke or re-issue one certificate, with a reason; a re-issue may change face values. */
function ChangeModal({ change, onClose }: { change: Change | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<{ reason?: string; face?: Record<string, string> }>();
  const revoke = useRevokeCertificate();
  const reissue = useReissueCertificate();
  const submit = async (values: { reason?: string; face?: Record<string, string> }) => {
    if (!change) return;
    try {
      if (change.kind === 'revoke') {
        const body = parseForm(form, RevokeCertificateRequest, values, t);
        if (!body) return;
        await revoke.mutateAsync({ id: change.certificate.id, reason: body.reason });
        void message.success(t('cert.revoked'));
      } else {
        const body = parseForm(form, ReissueCertificateRequest, values, t);
        if (!body) return;
        await reissue.mutateAsync({ id: change.certificate.id, body });
        void message.success(t('cert.reissued'));
      }
      form.resetFields();
      onClose();
    } catch (error) {
      handleApiError(error, { form });
    }
  };
  return (
    <Modal
      open={!!change} onCancel={onClose} destroyOnHidden title={change?.kind === 'revoke' ? t('cert.revokeTitle') : t('cert.reissueTitle')}
      okText={change?.kind === 'revoke' ? t('cert.revoke') : t('cert.reissue')} okButtonProps={withTestId({ danger: change?.kind === 'revoke' }, 'certificate-change-ok')}
      onOk={() => form.submit()} confirmLoading={revoke.isPending || reissue.isPending}
    >
      {change && (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ face: Object.fromEntries(change.certificate.face.map((f) => [f.key, f.value])) }}>
          <p className="yw-code">{change.certificate.identifier}</p>
          <Form.Item name="reason" label={t('cert.reason')} rules={[zodRule(RevokeCertificateRequest.shape.reason, t)]}>
            <Input.TextArea rows={2} data-testid="certificate-change-reason" />
          </Form.Item>
          {change.kind === 'reissue' && change.certificate.face.map((f) => (
            <Form.Item key={f.key} name={['face', f.key]} label={f.label}>
              <Input data-testid={`certificate-face-${f.key}`} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}

/** 本部门签发的证照: find by identifier or holder number; revoke and re-issue (issuing departments' approvers). */
export default function IssuedCertificatesPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.certificates'));
  const session = useSession();
  const filters = useUrlFilters();
  const q = filters.get('q');
  const statusParam = filters.get('status');
  const status = (CERTIFICATE_STATUSES.codes as readonly string[]).includes(statusParam ?? '') ? (statusParam as CertificateStatus) : undefined;
  const page = Number(filters.get('page') ?? 1) || 1;
  const list = useIssuedCertificates({ q, status, page, pageSize: 20 });
  const canManage = canAny(session.data, ['certificate:manage']);
  const [change, setChange] = useState<Change | null>(null);

  const columns: TableColumnsType<CertificateView> = [
    { key: 'type', title: t('cert.type'), render: (_, c) => c.type.name },
    { key: 'holder', title: t('cert.holder'), render: (_, c) => <span>{c.holder.name}<br /><span className="yw-muted">{c.holder.code}</span></span> },
    { key: 'id', title: t('cert.identifier'), render: (_, c) => <span className="yw-code" data-testid="issued-identifier">{c.identifier}</span> },
    { key: 'issued', title: t('cert.issuedOn'), dataIndex: 'issuedOn' },
    { key: 'version', title: t('cert.version'), dataIndex: 'version' },
    { key: 'status', title: t('cert.status'), render: (_, c) => <CertificateStatusTag status={c.status} testId="issued-status" /> },
    {
      key: 'actions', title: '', render: (_, c) => (
        <Space>
          <Button size="small" href={certificatePdfUrl(c.id)}>{t('cert.download')}</Button>
          {canManage && c.status === 'valid' && (
            <>
              <Button size="small" onClick={() => setChange({ kind: 'reissue', certificate: c })} data-testid="issued-reissue">{t('cert.reissue')}</Button>
              <Button size="small" danger onClick={() => setChange({ kind: 'revoke', certificate: c })} data-testid="issued-revoke">{t('cert.revoke')}</Button>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={<h1 className="yw-card-title">{t('cert.issuedTitle')}</h1>} data-testid="issued-certificates-page">
      <div className="yw-stack">
        <div className="yw-toolbar">
          <SearchBox defaultValue={q} placeholder={t('cert.searchPlaceholder')} buttonText={t('action.search')} testId="issued-search" onSearch={(v) => filters.set({ q: v || undefined, page: undefined })} />
          <Select
            allowClear placeholder={t('cert.status')} value={status} style={{ minWidth: 140 }} options={codeOptions(CERTIFICATE_STATUSES)}
            onChange={(v?: string) => filters.set({ status: v, page: undefined })} data-testid="issued-status-filter"
          />
        </div>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table
          rowKey="id" size="small" columns={columns} loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: true }}
          expandable={{ expandedRowRender: (c) => <Descriptions size="small" column={2} items={c.face.map((f) => ({ key: f.key, label: f.label, children: f.value }))} /> }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (p) => filters.set({ page: String(p) }) }}
          onRow={rowTestId('issued-row')}
        />
      </div>
      <ChangeModal change={change} onClose={() => setChange(null)} />
    </Card>
  );
}
