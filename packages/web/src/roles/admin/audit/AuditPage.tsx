import { Card, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { ACTOR_KINDS, AUDIT_OUTCOMES, type AuditEntryView, type AuditOutcome, ROLES } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { QueryError } from '../../../ui/QueryError';
import { rowTestId } from '../../../ui/testId';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useAuditSearch } from './audit.api';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditVerifyCard } from './AuditVerifyCard';
import { auditActionLabel } from './auditLabels';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['actorId', 'action', 'resourceType', 'resourceId', 'outcome', 'from', 'to'] as const;

const OUTCOME_COLORS: Record<AuditOutcome, string> = { allowed: 'green', succeeded: 'green', denied: 'red', failed: 'orange' };

/** A role code of staff, or the kind of a non-staff actor (citizen, enterprise, partner…). */
function roleLabel(role: string | null): string {
  if (!role) return '—';
  return (ROLES.labels as Record<string, string>)[role] ?? (ACTOR_KINDS.labels as Record<string, string>)[role] ?? role;
}

/** Long identifiers on one line, cut with an ellipsis; the whole text on hover. */
function Clipped({ text }: { text: string }) {
  return (
    <Typography.Text className="yw-code" ellipsis={{ tooltip: text }}>
      {text}
    </Typography.Text>
  );
}

function Detail({ detail }: { detail: Record<string, unknown> }) {
  if (Object.keys(detail).length === 0) return <>—</>;
  const text = JSON.stringify(detail);
  return (
    <Tooltip title={<pre className="yw-audit-detail-full">{JSON.stringify(detail, null, 2)}</pre>}>
      <Typography.Text className="yw-audit-detail yw-code" ellipsis>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}

/** 审计日志: who did what to which resource, when, from where and how it ended; and whether the chain is whole. */
export default function AuditPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.audit'));
  const filters = useUrlFilters();
  const values: AuditFilterValues = Object.fromEntries(FILTER_KEYS.map((key) => [key, filters.get(key)]));
  const search = useAuditSearch({ ...values, page: filters.page, pageSize: PAGE_SIZE });

  const columns: TableColumnsType<AuditEntryView> = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 72 },
    { key: 'at', title: t('audit.time'), render: (_, e) => <span className="yw-nowrap">{formatDateTime(e.at)}</span>, width: 150 },
    {
      key: 'actor',
      title: t('audit.actor'),
      width: 140,
      ellipsis: true,
      render: (_, e) =>
        e.actorId ? (
          <Typography.Link onClick={() => filters.set({ actorId: e.actorId })} title={`${e.actorName}（${e.actorId}）`}>
            {e.actorName}
          </Typography.Link>
        ) : (
          e.actorName
        ),
    },
    { key: 'role', title: t('audit.role'), width: 130, ellipsis: true, render: (_, e) => roleLabel(e.actorRole) },
    {
      key: 'action',
      title: t('audit.action'),
      width: 190,
      render: (_, e) => (
        <span data-testid="audit-action">
          <span className="yw-code yw-nowrap">{e.action}</span>
          {auditActionLabel(e.action) && <div className="yw-muted">{auditActionLabel(e.action)}</div>}
        </span>
      ),
    },
    {
      key: 'resource',
      title: t('audit.resource'),
      width: 220,
      render: (_, e) => (e.resourceType ? <Clipped text={`${e.resourceType}${e.resourceId ? ` ${e.resourceId}` : ''}`} /> : '—'),
    },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      width: 80,
      render: (_, e) => (
        <Tag color={OUTCOME_COLORS[e.outcome]} data-testid="audit-outcome">
          {AUDIT_OUTCOMES.label(e.outcome)}
        </Tag>
      ),
    },
    { key: 'ip', title: t('audit.ip'), width: 130, render: (_, e) => (e.ip ? <Clipped text={e.ip} /> : '—') },
    { key: 'detail', title: t('audit.detail'), render: (_, e) => <Detail detail={e.detail} />, width: 280 },
  ];

  return (
    <div className="yw-stack" data-testid="audit-page">
      <Card title={<h1 className="yw-card-title">{t('admin.nav.audit')}</h1>}>
        <div className="yw-stack">
          <AuditFilters key={FILTER_KEYS.map((k) => values[k] ?? '').join('|')} values={values} onApply={(applied) => filters.set({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, applied[k]])) })} />
          {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
          <Table
            rowKey="seq"
            size="small"
            columns={columns}
            dataSource={search.data?.entries}
            loading={search.isFetching}
            tableLayout="fixed"
            scroll={{ x: 1400 }}
            onRow={rowTestId('audit-row')}
            pagination={{
              current: search.data?.page ?? filters.page,
              pageSize: PAGE_SIZE,
              total: search.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => (search.data?.totalCapped ? t('audit.totalCapped', { n: total }) : t('audit.total', { n: total })),
              onChange: (page) => filters.set({ page }),
            }}
            data-testid="audit-table"
          />
        </div>
      </Card>
      <AuditVerifyCard />
    </div>
  );
}
