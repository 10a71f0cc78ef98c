import type { SessionView } from '@yiwang/contracts';
import type { Translate } from '../../app/i18n';

/** "张三" or "张三（代 长沙示例科技有限公司 办理）". */
export function accountLabel(session: SessionView, t: Translate): string {
  const name = session.account?.name ?? '';
  return session.actingFor ? t('account.actingForLabel', { name, enterprise: session.actingFor.name }) : name;
}
