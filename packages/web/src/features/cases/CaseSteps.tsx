import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType, Tag } from 'antd';
import { ROLES, STEP_STATUSES, type CaseStepView, type StepStatus } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { formatDateTime } from '../catalog/format';
import { rowTestId } from '../../ui/testId';
import { DeadlineTag } from './DeadlineTag';

const STEP_COLORS: Record<StepStatus, string> = { waiting: 'default', active: 'processing', approved: 'green', denied: 'red', returned: 'orange' };

/** 审批环节: the stages in order, each department's step side by side, with its status, clock and opinion. */
export function CaseSteps({ steps }: { steps: CaseStepView[] }) {
  const t = useT();
  const sorted = [...steps].sort((a, b) => a.stage - b.stage);
  const columns: TableColumnsType<CaseStepView> = [
    {
      key: 'stage',
      title: t('case.step.stage'),
      width: 110,
      render: (_, s) => t('case.step.stageN', { n: s.stage + 1, name: s.stageName }),
      onCell: (s, index) => {
        const first = sorted.findIndex((x) => x.stage === s.stage);
        return { rowSpan: index === first ? sorted.filter((x) => x.stage === s.stage).length : 0 };
      },
    },
    { key: 'name', title: t('case.step.name'), render: (_, s) => <span data-testid="case-step-name">{s.name}</span> },
    { key: 'department', title: t('case.step.department'), render: (_, s) => s.department.name },
    { key: 'role', title: t('case.step.role'), width: 120, render: (_, s) => (ROLES.labels as Record<string, string>)[s.role] ?? s.role },
    {
      key: 'status',
      title: t('field.status'),
      width: 90,
      render: (_, s) => (
        <Tag color={STEP_COLORS[s.status]} data-testid="case-step-status">
          {STEP_STATUSES.label(s.status)}
        </Tag>
      ),
    },
    {
      key: 'time',
      title: t('case.step.time'),
      width: 170,
      render: (_, s) =>
        s.status === 'active' ? <DeadlineTag deadline={s.deadline} testId="case-step-deadline" /> : <span className="yw-nowrap">{formatDateTime(s.decidedAt)}</span>,
    },
    { key: 'opinion', title: t('case.step.opinion'), render: (_, s) => s.opinion ?? '—' },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={sorted}
      pagination={false}
      scroll={{ x: 820 }}
      onRow={(s) => ({ ...rowTestId('case-step')(), 'data-status': s.status }) as HTMLAttributes<HTMLElement>}
      data-testid="case-steps"
    />
  );
}
