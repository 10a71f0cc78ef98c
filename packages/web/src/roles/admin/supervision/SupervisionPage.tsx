import { Card, Segmented } from 'antd';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../../../features/departments/DepartmentSelect';
import { useSession } from '../../../features/identity/session';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { QueryError } from '../../../ui/QueryError';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useAtRiskCases } from '../cases/cases.api';
import { CaseTable } from '../cases/CaseTable';

type Level = 'yellow' | 'red';

/** 电子监察: cases in review that are overdue (red) or close to their due date (yellow), by region and department. */
export default function SupervisionPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.supervision'));
  const session = useSession();
  const filters = useUrlFilters();
  const levelParam = filters.get('level');
  const level: Level | undefined = levelParam === 'yellow' || levelParam === 'red' ? levelParam : undefined;
  const region = filters.get('region');
  const department = filters.get('department');
  const list = useAtRiskCases({ level, region, department });
  const regionRoot = session.data?.account?.regionCode ?? undefined;
  return (
    <Card title={<h1 className="yw-card-title">{t('admin.nav.supervision')}</h1>} data-testid="supervision-page">
      <div className="yw-stack">
        <p className="yw-muted">{t('supervision.intro')}</p>
        <div className="yw-toolbar">
          <Segmented
            value={level ?? 'all'}
            onChange={(value) => filters.set({ level: value === 'all' ? undefined : String(value) })}
            options={[
              { value: 'all', label: <span data-testid="supervision-level-all">{t('supervision.all')}</span> },
              { value: 'yellow', label: <span data-testid="supervision-level-yellow">{t('supervision.yellow')}</span> },
              { value: 'red', label: <span data-testid="supervision-level-red">{t('supervision.red')}</span> },
            ]}
            data-testid="supervision-level"
          />
          <RegionPicker value={region} onChange={(code) => filters.set({ region: code })} allLabel={t('region.all')} testId="supervision-region" showPath />
          <DepartmentSelect region={region ?? regionRoot} value={department} onChange={(id) => filters.set({ department: id })} testId="supervision-department" />
        </div>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <CaseTable
          cases={list.data}
          loading={list.isFetching}
          showDeadline
          emptyText={t('supervision.empty')}
          testId="supervision-case"
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        />
      </div>
    </Card>
  );
}
