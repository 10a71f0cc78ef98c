import { Alert, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { AUDIT_PROBLEMS, AuditAnchor } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { useCan } from '../../../features/identity/session';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import { applyIssues } from '../../../ui/formErrors';
import { useAuditVerify } from './audit.api';

interface AnchorValues {
  seq?: number | null;
  hash?: string;
}

/** 校验完整性: walks the whole hash chain (optionally up to an anchor noted outside the database) and says what it found. */
export function AuditVerifyCard() {
  const t = useT();
  const can = useCan();
  const [form] = Form.useForm<AnchorValues>();
  const verify = useAuditVerify();
  const handleApiError = useApiErrorHandler();
  const result = verify.data;

  const run = () => {
    const { seq, hash } = form.getFieldsValue();
    let anchor: AuditAnchor | undefined;
    if (seq || hash?.trim()) {
      const parsed = AuditAnchor.safeParse({ seq, hash: hash?.trim().toLowerCase() });
      if (!parsed.success) {
        applyIssues(form, fromSchemaIssues(parsed.error.issues, t));
        return;
      }
      anchor = parsed.data;
    }
    verify.mutate(anchor, { onError: (error) => handleApiError(error) });
  };

  if (!can('audit:verify')) return null;
  return (
    <Card title={t('audit.verifyTitle')} size="small" data-testid="audit-verify-card">
      <Typography.Paragraph type="secondary">{t('audit.verifyIntro')}</Typography.Paragraph>
      <Form form={form} layout="inline" className="yw-stack-sm">
        <Form.Item name="seq" label={t('audit.anchorSeq')}>
          <InputNumber min={1} precision={0} placeholder={t('audit.optional')} />
        </Form.Item>
        <Form.Item name="hash" label={t('audit.anchorHash')}>
          <Input className="yw-code yw-audit-hash" maxLength={64} placeholder={t('audit.optional')} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" onClick={run} loading={verify.isPending} data-testid="audit-verify">
            {t('audit.verify')}
          </Button>
        </Form.Item>
      </Form>
      {result && (
        <Alert
          className="yw-audit-verdict"
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={<span data-testid="audit-verify-message">{result.message}</span>}
          description={
            <Space orientation="vertical" size={0}>
              <span>{t('audit.checked', { n: result.checked })}</span>
              {result.firstBadSeq !== undefined && (
                <span>
                  {t('audit.firstBad', { seq: result.firstBadSeq })}
                  {result.problem && `（${AUDIT_PROBLEMS.label(result.problem)}）`}
                </span>
              )}
              {result.head && (
                <span>
                  {t('audit.head')}
                  <Typography.Text code copyable className="yw-code">{`${result.head.seq} ${result.head.hash}`}</Typography.Text>
                </span>
              )}
            </Space>
          }
          data-testid="audit-verify-result"
        />
      )}
    </Card>
  );
}
