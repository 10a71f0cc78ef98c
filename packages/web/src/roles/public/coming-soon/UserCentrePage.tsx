import { useT } from '../../../app/i18n';
import { ComingSoon } from '../../../ui/ComingSoon';

/** 用户中心 arrives with accounts. */
export default function UserCentrePage() {
  const t = useT();
  return <ComingSoon title={t('nav.user')} description={t('comingSoon.user')} />;
}
