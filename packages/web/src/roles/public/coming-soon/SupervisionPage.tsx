import { useT } from '../../../app/i18n';
import { ComingSoon } from '../../../ui/ComingSoon';

/** 互联网+监督 arrives with the supervision release. */
export default function SupervisionPage() {
  const t = useT();
  return <ComingSoon title={t('nav.supervision')} description={t('comingSoon.supervision')} />;
}
