import { Select } from 'antd';
import { useT } from '../../app/i18n';
import { useDepartments } from './departments.api';

interface DepartmentSelectProps {
  /** Departments of this region and below; all departments without it. */
  region?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  testId?: string;
  id?: string;
  className?: string;
  placeholder?: string;
}

/** A searchable choice of 实施主体. */
export function DepartmentSelect({ region, value, onChange, testId = 'department-select', id, className, placeholder }: DepartmentSelectProps) {
  const t = useT();
  const departments = useDepartments({ region, subtree: true });
  return (
    <Select
      id={id}
      className={className}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? t('filter.department')}
      aria-label={t('filter.department')}
      loading={departments.isPending}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      data-testid={testId}
      popupMatchSelectWidth={false}
    />
  );
}
