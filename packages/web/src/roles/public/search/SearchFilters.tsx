import type { ReactNode } from 'react';
import { Button, Select } from 'antd';
import { ITEM_TYPES, LEVELS, SERVICE_OBJECTS } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../../app/i18n';
import { DepartmentSelect } from '../../../features/departments/DepartmentSelect';

export const SEARCH_FILTER_KEYS = ['level', 'department', 'serviceObject', 'itemType', 'maxTrips', 'online'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];
export type SearchFilterValues = Partial<Record<SearchFilterKey, string>>;

const toOptions = (table: { codes: readonly string[]; labels: Record<string, string> }) =>
  table.codes.map((code) => ({ value: code, label: table.labels[code] ?? code }));

interface SearchFiltersProps {
  region?: string;
  values: SearchFilterValues;
  onChange: (key: SearchFilterKey, value: string | undefined) => void;
  onReset: () => void;
}

function Filter({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="yw-filter">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}

/** The search filters; each one is a URL parameter. */
export function SearchFilters({ region, values, onChange, onReset }: SearchFiltersProps) {
  const t = useT();
  const select = (key: SearchFilterKey, label: MessageKey, options: { value: string; label: string }[]) => (
    <Filter label={t(label)} htmlFor={`filter-${key}`}>
      <Select
        id={`filter-${key}`}
        allowClear
        placeholder={t('filter.any')}
        value={values[key]}
        onChange={(value: string | undefined) => onChange(key, value)}
        options={options}
        data-testid={`filter-${key}`}
        popupMatchSelectWidth={false}
      />
    </Filter>
  );
  return (
    <div className="yw-filters" data-testid="search-filters">
      {select('level', 'filter.level', toOptions(LEVELS))}
      <Filter label={t('filter.department')} htmlFor="filter-department">
        <DepartmentSelect
          id="filter-department"
          region={region}
          value={values.department}
          onChange={(id) => onChange('department', id)}
          testId="filter-department"
          placeholder={t('filter.any')}
        />
      </Filter>
      {select('serviceObject', 'filter.serviceObject', toOptions(SERVICE_OBJECTS))}
      {select('itemType', 'filter.itemType', toOptions(ITEM_TYPES))}
      {select('maxTrips', 'filter.trips', [
        { value: '0', label: t('trips.zero') },
        { value: '1', label: t('trips.atMostOne') },
      ])}
      {select('online', 'filter.online', [
        { value: 'true', label: t('item.online') },
        { value: 'false', label: t('item.notOnline') },
      ])}
      <Button onClick={onReset} data-testid="filter-reset">
        {t('action.resetFilters')}
      </Button>
    </div>
  );
}
