import { Col, Row } from 'antd';
import { useCan } from '../../../features/identity/session';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';

/** 导入导出: each half for the roles that grant it. */
export default function ImportExportPage() {
  const can = useCan();
  return (
    <Row gutter={[16, 16]} data-testid="import-export-page">
      {can('catalog:export') && (
        <Col xs={24} xl={10}>
          <ExportCard />
        </Col>
      )}
      {can('catalog:import') && (
        <Col xs={24} xl={14}>
          <ImportCard />
        </Col>
      )}
    </Row>
  );
}
