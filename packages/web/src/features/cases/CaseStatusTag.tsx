import { Tag } from 'antd';
import type { CaseStatus } from '@yiwang/contracts';
import { STATUS_COLORS, statusLabel } from './caseLabels';

/** 办件状态 as a coloured tag (the label is the standard term, Chinese in every language). */
export function CaseStatusTag({ status, testId = 'case-status' }: { status: CaseStatus; testId?: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {statusLabel(status)}
    </Tag>
  );
}
