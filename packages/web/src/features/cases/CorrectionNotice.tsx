import { Alert } from 'antd';
import type { CorrectionRequest } from '@yiwang/contracts';
import { useT } from '../../app/i18n';

/** 一次性告知: everything the window found missing, in one notice. */
export function CorrectionNotice({ notice, materialName, forStaff }: { notice: CorrectionRequest; materialName: (index: number) => string; forStaff?: boolean }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      className="yw-correction-notice"
      title={<strong>{forStaff ? t('case.correction.titleStaff') : t('case.correction.title')}</strong>}
      description={
        <div data-testid="correction-notice">
          <ol className="yw-case-notice-list">
            {notice.items.map((item, i) => (
              <li key={i} data-testid="correction-item">
                {item.materialIndex !== null && <strong>{materialName(item.materialIndex)}：</strong>}
                {item.note}
              </li>
            ))}
          </ol>
          {notice.note && <div className="yw-muted">{t('case.correction.note', { note: notice.note })}</div>}
          {!forStaff && <div className="yw-correction-hint">{t('case.correction.hint')}</div>}
        </div>
      }
    />
  );
}
