import { useState } from 'react';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Collapse, Descriptions, Empty, Row, Skeleton, Tag } from 'antd';
import type { CalendarYearView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useCalendarYears } from './calendar.api';
import { CalendarYearForm } from './CalendarYearForm';
import { dayRanges } from './dayRanges';

function Ranges({ days, color, testId }: { days: CalendarYearView['holidays']; color: string; testId: string }) {
  const t = useT();
  if (days.length === 0) return <span className="yw-muted">{t('common.none')}</span>;
  return (
    <div className="yw-calendar-ranges" data-testid={testId}>
      {dayRanges(days).map((r) => (
        <Tag key={r.from} color={color}>
          {r.name} {r.days === 1 ? r.from : `${r.from} – ${r.to.slice(5)}`}
          {r.days > 1 && <span className="yw-muted">（{t('calendar.days', { n: r.days })}）</span>}
        </Tag>
      ))}
    </div>
  );
}

function YearDetail({ year, onEdit }: { year: CalendarYearView; onEdit: () => void }) {
  const t = useT();
  return (
    <div className="yw-stack-sm" data-testid={`calendar-year-${year.year}`}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'source', label: t('calendar.source'), children: year.source },
          { key: 'notice', label: t('calendar.notice'), children: year.notice ?? '—' },
          { key: 'updated', label: t('calendar.updated'), children: `${formatDateTime(year.updatedAt)} · ${year.updatedBy}` },
        ]}
      />
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <h3 className="yw-subtitle">{t('calendar.holidaysCount', { n: year.holidays.length })}</h3>
          <Ranges days={year.holidays} color="red" testId="calendar-holiday-ranges" />
        </Col>
        <Col xs={24} md={10}>
          <h3 className="yw-subtitle">{t('calendar.makeupCount', { n: year.makeupWorkdays.length })}</h3>
          <Ranges days={year.makeupWorkdays} color="blue" testId="calendar-makeup-ranges" />
        </Col>
      </Row>
      <div>
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid={`calendar-edit-${year.year}`}>
          {t('action.edit')}
        </Button>
      </div>
    </div>
  );
}

/**
 * 工作日历: each year's holidays and make-up workdays as the State Council announced them — the clock of every
 * case counts working days by it. A year not entered makes deadlines in it unknown.
 */
export default function CalendarPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.calendar'));
  const years = useCalendarYears();
  const [editing, setEditing] = useState<CalendarYearView | 'new' | null>(null);
  const sorted = [...(years.data ?? [])].sort((a, b) => b.year - a.year);
  const nextYear = sorted.length ? sorted[0]!.year + 1 : new Date().getFullYear();
  // The latest year is open at first; a year just saved opens too.
  const [opened, setOpened] = useState<string[] | null>(null);
  const openKeys = opened ?? (sorted[0] ? [String(sorted[0].year)] : []);
  return (
    <Card
      title={<h1 className="yw-card-title">{t('admin.nav.calendar')}</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="calendar-new">
          {t('calendar.new')}
        </Button>
      }
      data-testid="calendar-page"
    >
      <div className="yw-stack">
        <p className="yw-muted">{t('calendar.intro')}</p>
        {years.isError && <QueryError error={years.error} onRetry={() => void years.refetch()} />}
        {years.isPending ? (
          <Skeleton active />
        ) : sorted.length === 0 ? (
          <Empty description={t('calendar.none')} />
        ) : (
          <Collapse
            activeKey={openKeys}
            onChange={(keys) => setOpened(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
            data-testid="calendar-years"
            items={sorted.map((year) => ({
              key: String(year.year),
              label: (
                <span>
                  <strong>{t('calendar.yearLabel', { year: year.year })}</strong>
                  <span className="yw-muted yw-calendar-summary">
                    {t('calendar.summary', { holidays: year.holidays.length, makeup: year.makeupWorkdays.length })}
                    {year.notice ? ` · ${year.notice}` : ''}
                  </span>
                </span>
              ),
              children: <YearDetail year={year} onEdit={() => setEditing(year)} />,
            }))}
          />
        )}
      </div>
      {editing && (
        <CalendarYearForm
          existing={editing === 'new' ? undefined : editing}
          defaultYear={nextYear}
          onSaved={(year) => setOpened([...new Set([...openKeys, String(year)])])}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
