import { Select } from 'antd';
import { useT } from '../../app/i18n';
import { useDepartments } from './departments.api';

interface DepartmentMultiSelectProps {
  /** Departments of this region and below; all departments without it. */
  region?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  testId?: string;
  id?: string;
  maxCount?: number;
}

/** A searchable choice of several 实施主体 (e.g. the departments a staff member works for). */
export function DepartmentMultiSelect({ region, value, onChange, testId = 'department-multi-select', id, maxCount }: DepartmentMultiSelectProps) {
  const t = useT();
  const departments = useDepartments({ region, subtree: true });
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      maxCount={maxCount}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('filter.department')}
      aria-label={t('filter.department')}
      loading={departments.isPending}
      value={value}
      onChange={(next: string[]) => onChange?.(next)}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      data-testid={testId}
    />
  );
}
