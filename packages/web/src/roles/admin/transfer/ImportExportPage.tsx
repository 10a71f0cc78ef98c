import { Col, Row } from 'antd';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';

/** 导入导出. */
export default function ImportExportPage() {
  return (
    <Row gutter={[16, 16]} data-testid="import-export-page">
      <Col xs={24} xl={10}>
        <ExportCard />
      </Col>
      <Col xs={24} xl={14}>
        <ImportCard />
      </Col>
    </Row>
  );
}
