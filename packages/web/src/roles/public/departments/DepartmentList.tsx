import { useState } from 'react';
import { Badge, Empty, Input, Skeleton } from 'antd';
import type { DepartmentView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { QueryError } from '../../../ui/QueryError';

interface DepartmentListProps {
  departments?: DepartmentView[];
  isPending: boolean;
  error: unknown;
  selected?: string;
  onSelect: (id: string) => void;
}

/** The departments of a region with their item counts, filterable by name. */
export function DepartmentList({ departments, isPending, error, selected, onSelect }: DepartmentListProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  if (error) return <QueryError error={error} />;
  if (isPending || !departments) return <Skeleton active />;
  const shown = departments.filter((d) => d.name.includes(filter.trim()));
  return (
    <div className="yw-stack-sm">
      <Input
        allowClear
        placeholder={t('dept.filter')}
        aria-label={t('dept.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {shown.length === 0 ? (
        <Empty description={t('dept.empty')} />
      ) : (
        <ul className="yw-dept-list" data-testid="department-list">
          {shown.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className={d.id === selected ? 'yw-dept is-selected' : 'yw-dept'}
                aria-pressed={d.id === selected}
                data-testid="department-item"
                onClick={() => onSelect(d.id)}
              >
                <span>{d.name}</span>
                <Badge count={d.itemCount} showZero overflowCount={999} color={d.id === selected ? '#1560bd' : '#8c8c8c'} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
