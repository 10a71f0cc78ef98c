import { ENTERPRISE_THEMES } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { ServiceListPage } from './ServiceListPage';

const themes = ENTERPRISE_THEMES.codes.map((code) => ({ code, label: ENTERPRISE_THEMES.label(code) }));

export default function EnterpriseServicePage() {
  const t = useT();
  return (
    <ServiceListPage title={t('nav.enterprise')} serviceObject="2" themes={themes} themeParam="enterpriseTheme" testId="enterprise-page" />
  );
}
