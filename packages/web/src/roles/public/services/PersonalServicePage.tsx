import { PERSON_THEMES } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { ServiceListPage } from './ServiceListPage';

const themes = PERSON_THEMES.codes.map((code) => ({ code, label: PERSON_THEMES.label(code) }));

export default function PersonalServicePage() {
  const t = useT();
  return <ServiceListPage title={t('nav.personal')} serviceObject="1" themes={themes} themeParam="personTheme" testId="personal-page" />;
}
