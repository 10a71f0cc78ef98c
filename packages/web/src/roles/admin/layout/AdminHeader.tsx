import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { ROLES, type SessionView } from '@yiwang/contracts';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { signOut } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';
import { LanguageSwitch } from '../../public/layout/PreferenceSwitches';

/** The workbench's top bar: who is signed in with which roles, the portal, the language, sign-out. */
export function AdminHeader({ session }: { session: SessionView }) {
  const t = useT();
  const navigate = useNavigate();
  const account = session.account;
  return (
    <header className="yw-admin-header">
      <Space wrap size={[8, 0]} className="yw-admin-who" data-testid="admin-who">
        <UserOutlined />
        <strong data-testid="admin-user-name">{account?.name}</strong>
        <span data-testid="admin-user-roles">
          {account?.roles.map((role) => (
            <Tag key={role} color="blue" data-testid={`admin-role-${role}`}>
              {ROLES.label(role)}
            </Tag>
          ))}
        </span>
      </Space>
      <Space wrap size={4}>
        <LinkButton type="text" icon={<GlobalOutlined />} to="/">
          {t('admin.toPortal')}
        </LinkButton>
        <LinkButton type="text" icon={<UserOutlined />} to="/user" data-testid="admin-user-centre">
          {t('nav.user')}
        </LinkButton>
        <LanguageSwitch />
        <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut(navigate)} data-testid="admin-sign-out">
          {t('account.signOut')}
        </Button>
      </Space>
    </header>
  );
}
