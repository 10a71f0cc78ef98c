import { useT } from '../../../app/i18n';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { useSelectedRegion } from '../../../features/regions/useSelectedRegion';

/** The header's region switcher; the choice filters every list of the portal. */
export function RegionSwitcher() {
  const t = useT();
  const { region, setRegion } = useSelectedRegion();
  return <RegionPicker value={region} onChange={setRegion} allLabel={t('region.all')} testId="region-switcher" />;
}
