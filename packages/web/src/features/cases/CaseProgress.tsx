import { Card } from 'antd';
import type { CaseView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { CaseSteps } from './CaseSteps';
import { CaseTimeline } from './CaseTimeline';
import { DeliveryInfo } from './DeliveryInfo';

/** The progress part of a case page, the same for the applicant and for staff: steps, delivery, timeline. */
export function CaseProgress({ view, materialName }: { view: CaseView; materialName: (index: number) => string }) {
  const t = useT();
  return (
    <>
      {view.steps.length > 0 && (
        <Card title={<h2 className="yw-card-title">{t('case.steps')}</h2>}>
          <CaseSteps steps={view.steps} />
        </Card>
      )}
      {view.delivery && (
        <Card title={<h2 className="yw-card-title">{t('case.delivery.title')}</h2>}>
          <DeliveryInfo delivery={view.delivery} />
        </Card>
      )}
      <Card title={<h2 className="yw-card-title">{t('case.timeline')}</h2>}>
        <CaseTimeline events={view.events} materialName={materialName} />
      </Card>
    </>
  );
}
