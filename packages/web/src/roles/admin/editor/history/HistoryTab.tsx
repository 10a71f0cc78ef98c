import { Divider } from 'antd';
import { useT } from '../../../../app/i18n';
import { ChangeLog } from './ChangeLog';
import { VersionsPanel } from './VersionsPanel';

/** 版本历史: versions to compare, then the change log. */
export function HistoryTab({ itemId }: { itemId: string }) {
  const t = useT();
  return (
    <div data-testid="history-tab">
      <VersionsPanel itemId={itemId} />
      <Divider titlePlacement="start">{t('change.title')}</Divider>
      <ChangeLog itemId={itemId} />
    </div>
  );
}
