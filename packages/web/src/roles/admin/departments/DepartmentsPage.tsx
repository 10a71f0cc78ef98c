import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Table, type TableColumnsType } from 'antd';
import { DEPARTMENT_NATURES, DOCKING_MODES, LEVELS, type DepartmentView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { useDepartments } from '../../../features/departments/departments.api';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { QueryError } from '../../../ui/QueryError';
import { SearchBox } from '../../../ui/SearchBox';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { DepartmentFormModal } from './DepartmentFormModal';

/** 部门: the 实施主体 of a region, created and edited here. */
export default function DepartmentsPage() {
  const t = useT();
  const filters = useUrlFilters();
  const region = filters.get('region');
  const subtree = filters.get('subtree') === 'true';
  const q = filters.get('q');
  const departments = useDepartments({ region, subtree, q });
  const [editing, setEditing] = useState<DepartmentView | 'new' | null>(null);

  const columns: TableColumnsType<DepartmentView> = [
    { key: 'name', title: t('deptAdmin.name'), dataIndex: 'name' },
    { key: 'uscc', title: t('deptAdmin.uscc'), render: (_, d) => <span className="yw-code">{d.uscc}</span> },
    { key: 'region', title: t('filter.region'), render: (_, d) => d.region.name },
    { key: 'level', title: t('field.level'), render: (_, d) => LEVELS.label(d.level) },
    { key: 'nature', title: t('deptAdmin.nature'), render: (_, d) => DEPARTMENT_NATURES.label(d.nature) },
    { key: 'docking', title: t('deptAdmin.dockingMode'), render: (_, d) => DOCKING_MODES.label(d.dockingMode) },
    { key: 'sector', title: t('deptAdmin.sector'), render: (_, d) => d.sector ?? '—' },
    { key: 'items', title: t('figure.items'), dataIndex: 'itemCount' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, d) => (
        <Button size="small" onClick={() => setEditing(d)} data-testid="dept-edit">
          {t('action.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={<h1 className="yw-card-title">{t('admin.nav.departments')}</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="dept-new">
          {t('deptAdmin.new')}
        </Button>
      }
    >
      <div className="yw-stack">
        <div className="yw-toolbar">
          <RegionPicker value={region} onChange={(code) => filters.set({ region: code })} allLabel={t('region.all')} testId="dept-region" showPath />
          <Checkbox checked={subtree} onChange={(e) => filters.set({ subtree: e.target.checked ? 'true' : undefined })}>
            {t('deptAdmin.subtree')}
          </Checkbox>
          <SearchBox
            key={q ?? ''}
            defaultValue={q}
            placeholder={t('dept.filter')}
            testId="dept-search"
            className="yw-toolbar-search"
            onSearch={(value) => filters.set({ q: value || undefined })}
          />
        </div>
        {departments.isError && <QueryError error={departments.error} onRetry={() => void departments.refetch()} />}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={departments.data}
          loading={departments.isFetching}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="dept-table"
        />
      </div>
      {editing && (
        <DepartmentFormModal department={editing === 'new' ? undefined : editing} defaultRegion={region} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
