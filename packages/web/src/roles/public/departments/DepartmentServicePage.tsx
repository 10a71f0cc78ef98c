import { Card, Col, Empty, Row } from 'antd';
import { useT } from '../../../app/i18n';
import { useItemSearch } from '../../../features/catalog/items.api';
import { ItemResultList } from '../../../features/catalog/ItemResultList';
import { useDepartments } from '../../../features/departments/departments.api';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { DepartmentList } from './DepartmentList';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** 部门服务: the departments of the chosen region, then the items of one. */
export default function DepartmentServicePage() {
  const t = useT();
  useDocumentTitle(t('nav.departments'));
  const { region } = useSelectedRegion();
  const filters = useUrlFilters();
  const department = filters.get('department');
  const departments = useDepartments({ region });
  const items = useItemSearch({ department, page: filters.page, pageSize: 10 }, Boolean(department));
  const chosen = departments.data?.find((d) => d.id === department);
  return (
    <div className="yw-stack" data-testid="departments-page">
      <h1 className="yw-page-title">{t('nav.departments')}</h1>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={9} lg={8}>
          <Card title={t('dept.listTitle')}>
            <DepartmentList
              departments={departments.data}
              isPending={departments.isPending}
              error={departments.error}
              selected={department}
              onSelect={(id) => filters.set({ department: id })}
            />
          </Card>
        </Col>
        <Col xs={24} md={15} lg={16}>
          <Card title={chosen?.name ?? t('dept.itemsTitle')}>
            {department ? (
              <ItemResultList query={items} onPageChange={(page) => filters.set({ page })} />
            ) : (
              <Empty description={t('dept.pick')} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
