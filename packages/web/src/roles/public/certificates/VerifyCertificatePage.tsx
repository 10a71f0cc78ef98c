import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { SIGNATURE_ALGORITHMS, VerifyCertificateRequest } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { useVerification } from '../../../features/certificates/certificates.api';
import { CertificateStatusTag } from '../../../features/certificates/CertificateStatusTag';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { parseForm, zodRule } from '../../../ui/zodRule';

/** 证照核验: anyone, from the QR code's link (`?id=`) or an identifier typed in; non-sensitive details only. */
export default function VerifyCertificatePage() {
  const t = useT();
  useDocumentTitle(t('cert.verifyTitle'));
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const [form] = Form.useForm<{ id?: string }>();
  const result = useVerification(id);
  const data = result.data;
  const submit = (values: { id?: string }) => {
    const parsed = parseForm(form, VerifyCertificateRequest, values, t);
    if (parsed) setParams({ id: parsed.id });
  };
  return (
    <div className="yw-stack yw-lookup-page" data-testid="verify-page">
      <Card title={<h1 className="yw-card-title"><SafetyCertificateOutlined /> {t('cert.verifyTitle')}</h1>}>
        <p className="yw-muted">{t('cert.verifyIntro')}</p>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ id: id ?? '' }} key={id ?? ''}>
          <Form.Item name="id" label={t('cert.identifier')} rules={[zodRule(VerifyCertificateRequest.shape.id, t)]}>
            <Input placeholder={t('cert.identifierPlaceholder')} allowClear data-testid="verify-input" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={result.isFetching} data-testid="verify-submit">{t('cert.verify')}</Button>
        </Form>
      </Card>
      {result.isError && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {data && (
        <Card data-testid="verify-result" title={<Space><CertificateStatusTag status={data.outcome} testId="verify-outcome" /><span>{data.certificate?.typeName ?? ''}</span></Space>}>
          <Alert
            type={data.outcome === 'valid' ? 'success' : data.outcome === 'expired' ? 'warning' : 'error'}
            showIcon title={data.message} data-testid="verify-message"
          />
          {data.identifier && <p className="yw-code yw-verify-id" data-testid="verify-identifier">{data.identifier}</p>}
          {data.certificate && (
            <Descriptions
              size="small" bordered column={1}
              items={[
                { key: 'holder', label: t('cert.holder'), children: data.certificate.holderName },
                { key: 'code', label: t('cert.holderCode'), children: data.certificate.holderCode },
                ...data.certificate.face.map((f) => ({ key: `f-${f.key}`, label: f.label, children: f.value })),
                { key: 'issuer', label: t('cert.issuer'), children: data.certificate.issuerName },
                { key: 'issued', label: t('cert.issuedOn'), children: data.certificate.issuedOn },
                { key: 'valid', label: t('cert.validTo'), children: data.certificate.validTo ?? t('cert.permanent') },
                { key: 'version', label: t('cert.version'), children: data.certificate.version },
                ...(data.certificate.revokedOn ? [{ key: 'revoked', label: t('cert.revokedOn'), children: data.certificate.revokedOn }] : []),
                {
                  key: 'sig', label: t('cert.signatures'),
                  children: (
                    <Space wrap>
                      {data.signatures.map((s) => (
                        <Tag key={s.keyId} color={s.valid ? 'green' : 'red'} data-testid="verify-signature">
                          {SIGNATURE_ALGORITHMS.label(s.algorithm)} · {s.valid ? t('cert.signatureOk') : t('cert.signatureBad')}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}
    </div>
  );
}
