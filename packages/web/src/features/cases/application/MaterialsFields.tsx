import { Form } from 'antd';
import { useT } from '../../../app/i18n';
import type { MaterialSpec } from './application';
import { CancelledMaterial, MaterialInput } from './MaterialInput';

/** 申请材料: each material under `materials.<index>`, cancelled ones shown struck through and not asked for. */
export function MaterialsFields({ specs, disabled, flagged = [] }: { specs: MaterialSpec[]; disabled?: boolean; flagged?: number[] }) {
  const t = useT();
  return (
    <div className="yw-stack-sm" data-testid="application-materials">
      <div className="yw-muted">{t('case.upload.hint')}</div>
      {specs.map((spec) =>
        spec.cancelled ? (
          <CancelledMaterial key={spec.index} spec={spec} />
        ) : (
          <Form.Item key={spec.index} name={['materials', spec.index]} required={spec.required} className="yw-material-item">
            <MaterialInput spec={spec} disabled={disabled} flagged={flagged.includes(spec.index)} />
          </Form.Item>
        ),
      )}
    </div>
  );
}
