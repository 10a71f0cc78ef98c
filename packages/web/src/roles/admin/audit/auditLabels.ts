import { ACTIONS } from '@yiwang/contracts';

/**
 * Names of logged actions that are not permissions of ACTIONS (sign-in and the like). Unknown codes are
 * shown as they are: the log keeps whatever the server wrote.
 */
const EVENT_LABELS: Record<string, string> = {
  'auth:sign-in': '登录',
  'auth:sign-out': '退出登录',
  'auth:change-password': '修改密码',
  'account:register': '注册',
  'enterprise:act-for': '切换代办身份',
  'enterprise:add-agent': '添加经办人',
  'enterprise:remove-agent': '移除经办人',
  'staff:create': '新建工作人员',
  'staff:update': '修改工作人员',
  'staff:reset-password': '重置工作人员密码',
  'api-token:create': '新建接口令牌',
  'api-token:revoke': '吊销接口令牌',
};

export function auditActionLabel(action: string): string | undefined {
  return EVENT_LABELS[action] ?? (ACTIONS.labels as Record<string, string>)[action];
}

/** Suggestions for the action filter. */
export const AUDIT_ACTION_OPTIONS = [...Object.keys(EVENT_LABELS), ...ACTIONS.codes].map((code) => ({
  value: code,
  label: `${code}（${auditActionLabel(code)}）`,
}));
