import { Tag } from 'antd';
import type { CertificateStatus, VerifyOutcome } from '@yiwang/contracts';
import { useT } from '../../app/i18n';

const COLORS: Record<VerifyOutcome, string> = {
  valid: 'success', revoked: 'error', expired: 'warning', 'not-found': 'default', 'signature-invalid': 'error', malformed: 'default',
};

/** 证照状态 or 核验结果, coloured. */
export function CertificateStatusTag({ status, testId }: { status: CertificateStatus | VerifyOutcome; testId?: string }) {
  const t = useT();
  return <Tag color={COLORS[status]} data-testid={testId} data-status={status}>{t(`cert.outcome.${status}`)}</Tag>;
}
