import type { ReactNode } from 'react';
import { Card, Descriptions, Space } from 'antd';
import type { CaseView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { formatDateTime } from '../catalog/format';
import { channelLabel, formatDate } from './caseLabels';
import { CaseStatusTag } from './CaseStatusTag';
import { DeadlineTag } from './DeadlineTag';

/** The head of a case: number, status, department, applicant (masked), dates and the deadline; `extra` holds the actions. */
export function CaseHeader({ view, extra, viewer = 'applicant' }: { view: CaseView; extra?: ReactNode; viewer?: 'applicant' | 'staff' }) {
  const t = useT();
  const identifier = view.applicant.idNumber ?? view.applicant.uscc;
  // 通知书 (PDF with a QR code to the lookup): acceptance once accepted, the one-time notice while it is open.
  const base = `${viewer === 'staff' ? '/api/staff/cases' : '/api/cases'}/${encodeURIComponent(view.id)}/notices`;
  const notices = [
    ...(view.acceptedAt ? [{ kind: 'acceptance', label: t('case.notice.acceptance') }] : []),
    ...(view.status === 'correction' && view.correction ? [{ kind: 'correction', label: t('case.notice.correction') }] : []),
  ];
  return (
    <Card
      title={
        <Space wrap size={[8, 4]}>
          <h1 className="yw-card-title" data-testid="case-item-name">
            {view.itemName}
          </h1>
          <CaseStatusTag status={view.status} />
        </Space>
      }
      extra={extra}
      data-testid="case-header"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'number',
            label: t('case.number'),
            children: <span className="yw-code" data-testid="case-number">{view.number ?? t('case.noNumberYet')}</span>,
          },
          { key: 'department', label: t('field.department'), children: `${view.department.name}（${view.region.name}）` },
          {
            key: 'applicant',
            label: t('case.applicant'),
            children: (
              <span data-testid="case-applicant">
                {view.applicant.name}
                {identifier && <span className="yw-code yw-muted"> {identifier}</span>}
                <span className="yw-muted"> · {view.applicant.phone}</span>
              </span>
            ),
          },
          { key: 'channel', label: t('case.channel'), children: channelLabel(view.channel) },
          { key: 'submitted', label: t('case.submittedAt'), children: formatDateTime(view.submittedAt) },
          { key: 'accepted', label: t('case.acceptedAt'), children: formatDateTime(view.acceptedAt) },
          { key: 'promised', label: t('item.promisedLimit'), children: t('case.workdays', { n: view.item.promisedWorkdays }) },
          { key: 'due', label: t('case.due'), children: <span data-testid="case-due">{formatDate(view.deadline?.due)}</span> },
          {
            key: 'left',
            label: t('case.remaining'),
            children: <DeadlineTag deadline={view.deadline} testId="case-deadline" />,
          },
          ...(notices.length
            ? [{
                key: 'notices',
                label: t('case.notices'),
                children: (
                  <Space wrap>
                    {notices.map((n) => (
                      <a key={n.kind} href={`${base}/${n.kind}`} download data-testid={`case-notice-${n.kind}`}>{n.label}</a>
                    ))}
                  </Space>
                ),
              }]
            : []),
        ]}
      />
    </Card>
  );
}
