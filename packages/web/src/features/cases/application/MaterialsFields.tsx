import { Form } from 'antd';
import type { CertificateView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import type { MaterialSpec } from './application';
import { CancelledMaterial, MaterialInput } from './MaterialInput';

/**
 * 申请材料: each material under `materials.<index>`, cancelled ones shown struck through and not asked for.
 * `wallet`: the applicant's e-certificates, offered where their type stands in for a material.
 */
export function MaterialsFields({ specs, disabled, flagged = [], wallet = [] }: {
  specs: MaterialSpec[]; disabled?: boolean; flagged?: number[]; wallet?: CertificateView[];
}) {
  const t = useT();
  const usable = wallet.filter((c) => c.status === 'valid');
  return (
    <div className="yw-stack-sm" data-testid="application-materials">
      <div className="yw-muted">{t('case.upload.hint')}</div>
      {specs.map((spec) =>
        spec.cancelled ? (
          <CancelledMaterial key={spec.index} spec={spec} />
        ) : (
          <Form.Item key={spec.index} name={['materials', spec.index]} required={spec.required} className="yw-material-item">
            <MaterialInput
              spec={spec}
              disabled={disabled}
              flagged={flagged.includes(spec.index)}
              certificates={usable.filter((c) => spec.certificateTypes.includes(c.type.name))}
            />
          </Form.Item>
        ),
      )}
    </div>
  );
}
