import { Card, Segmented, Select } from 'antd';
import { LEVELS } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { type StatsParams, useCatalogStats } from '../../../features/catalog/items.api';
import { DepartmentSelect } from '../../../features/departments/DepartmentSelect';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { codeOptions } from '../../../ui/options';
import { QueryError } from '../../../ui/QueryError';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { StatsTable } from './StatsTable';
import { StatsTotals } from './StatsTotals';

type GroupBy = NonNullable<StatsParams['groupBy']>;
const GROUP_BYS: GroupBy[] = ['department', 'level', 'region'];

/** 统计: the catalog figures of a region / level / department, grouped. */
export default function StatsPage() {
  const t = useT();
  const filters = useUrlFilters();
  const groupParam = filters.get('groupBy');
  const groupBy: GroupBy = GROUP_BYS.find((g) => g === groupParam) ?? 'department';
  const region = filters.get('region');
  const stats = useCatalogStats({ region, level: filters.get('level'), department: filters.get('department'), groupBy });
  return (
    <div className="yw-stack" data-testid="stats-page">
      <Card title={<h1 className="yw-card-title">{t('admin.nav.stats')}</h1>}>
        <div className="yw-toolbar">
          <RegionPicker value={region} onChange={(code) => filters.set({ region: code, department: undefined })} allLabel={t('region.all')} testId="stats-region" showPath />
          <Select
            allowClear
            placeholder={t('filter.level')}
            aria-label={t('filter.level')}
            value={filters.get('level')}
            onChange={(level: string | undefined) => filters.set({ level })}
            options={codeOptions(LEVELS)}
            data-testid="stats-level"
          />
          <DepartmentSelect region={region} value={filters.get('department')} onChange={(department) => filters.set({ department })} testId="stats-department" />
          <Segmented<GroupBy>
            value={groupBy}
            onChange={(value) => filters.set({ groupBy: value === 'department' ? undefined : value })}
            options={[
              { value: 'department', label: t('stats.byDepartment') },
              { value: 'level', label: t('stats.byLevel') },
              { value: 'region', label: t('stats.byRegion') },
            ]}
            aria-label={t('stats.groupBy')}
            data-testid="stats-groupby"
          />
        </div>
      </Card>
      {stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <StatsTotals totals={stats.data?.totals} loading={stats.isPending} />
          <Card title={t('stats.groupsTitle')}>
            <StatsTable stats={stats.data} loading={stats.isFetching} />
          </Card>
        </>
      )}
    </div>
  );
}
