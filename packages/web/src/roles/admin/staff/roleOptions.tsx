import { Checkbox, Typography } from 'antd';
import { ACTIONS, ROLE_GRANTS, ROLES, type RoleScope } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../../app/i18n';

const SCOPE_LABELS: Record<RoleScope, MessageKey> = {
  region: 'staff.scope.region',
  department: 'staff.scope.department',
  everything: 'staff.scope.everything',
};

/** The roles as checkboxes, each with its reach and (on hover) the actions it grants. */
export function RoleCheckboxes({ value, onChange, id }: { value?: string[]; onChange?: (roles: string[]) => void; id?: string }) {
  const t = useT();
  return (
    <div id={id}>
      <Checkbox.Group value={value} onChange={(next) => onChange?.(next as string[])} className="yw-role-grid">
        {ROLES.codes.map((code) => {
          const grant = ROLE_GRANTS[code];
          return (
            <Checkbox key={code} value={code}>
              <span data-testid={`staff-role-${code}`} title={grant.actions.map((a) => ACTIONS.label(a)).join('、')}>
                {ROLES.label(code)}
              </span>{' '}
              <Typography.Text type="secondary" className="yw-role-scope">
                {t(SCOPE_LABELS[grant.scope])}
              </Typography.Text>
            </Checkbox>
          );
        })}
      </Checkbox.Group>
    </div>
  );
}
