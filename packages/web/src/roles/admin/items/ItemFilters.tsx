import { Select } from 'antd';
import { ITEM_STATUS_LABELS, ITEM_STATUSES, LEVELS } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../../../features/departments/DepartmentSelect';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { SearchBox } from '../../../ui/SearchBox';

export interface AdminItemFilterValues {
  q?: string;
  status?: string;
  region?: string;
  department?: string;
  level?: string;
}

interface ItemFiltersProps {
  values: AdminItemFilterValues;
  onChange: (changes: AdminItemFilterValues) => void;
}

/** Filters of the administration list: keyword, status, region, department, level. */
export function ItemFilters({ values, onChange }: ItemFiltersProps) {
  const t = useT();
  return (
    <div className="yw-toolbar" data-testid="admin-item-filters">
      <SearchBox
        key={values.q ?? ''}
        defaultValue={values.q}
        placeholder={t('admin.items.searchPlaceholder')}
        testId="admin-item-search"
        className="yw-toolbar-search"
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <Select
        allowClear
        placeholder={t('filter.status')}
        aria-label={t('filter.status')}
        value={values.status}
        onChange={(status: string | undefined) => onChange({ status })}
        options={ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] }))}
        data-testid="admin-filter-status"
      />
      <RegionPicker
        value={values.region}
        onChange={(region) => onChange({ region, department: undefined })}
        allLabel={t('region.all')}
        testId="admin-filter-region"
      />
      <DepartmentSelect
        region={values.region}
        value={values.department}
        onChange={(department) => onChange({ department })}
        testId="admin-filter-department"
      />
      <Select
        allowClear
        placeholder={t('filter.level')}
        aria-label={t('filter.level')}
        value={values.level}
        onChange={(level: string | undefined) => onChange({ level })}
        options={LEVELS.codes.map((code) => ({ value: code, label: LEVELS.label(code) }))}
        data-testid="admin-filter-level"
      />
    </div>
  );
}
