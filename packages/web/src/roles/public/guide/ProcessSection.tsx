import { Col, Empty, Row, Steps } from 'antd';
import { useT } from '../../../app/i18n';
import { GuideSection } from './GuideSection';

function ProcessSteps({ title, steps, testId }: { title: string; steps: string[]; testId: string }) {
  const t = useT();
  return (
    <div data-testid={testId}>
      <h3 className="yw-subtitle">{title}</h3>
      {steps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('guide.noProcess')} />
      ) : (
        <Steps orientation="vertical" size="small" current={-1} items={steps.map((step, i) => ({ key: i, title: step, status: 'process' as const }))} />
      )}
    </div>
  );
}

/** 办理流程: the online and the window process side by side. */
export function ProcessSection({ online, offline }: { online: string[]; offline: string[] }) {
  const t = useT();
  return (
    <GuideSection id="guide-process" title={t('guide.process')}>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <ProcessSteps title={t('guide.processOnline')} steps={online} testId="process-online" />
        </Col>
        <Col xs={24} md={12}>
          <ProcessSteps title={t('guide.processOffline')} steps={offline} testId="process-offline" />
        </Col>
      </Row>
    </GuideSection>
  );
}
