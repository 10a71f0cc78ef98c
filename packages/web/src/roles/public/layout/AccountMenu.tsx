import { DesktopOutlined, DownOutlined, IdcardOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Space } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { accountLabel } from '../../../features/identity/accountLabel';
import { signInPath, signOut, useSession } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';

const ACCOUNT_PAGES = ['/login', '/register'];

/** 登录 / 注册 for a visitor; the account's name (and for whom it acts) with its menu once signed in. */
export function AccountMenu() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  if (!session.data) return null;
  const account = session.data.account;

  if (!account) {
    const here = location.pathname + location.search;
    const next = ACCOUNT_PAGES.includes(location.pathname) ? '/user' : here;
    return (
      <Space size={4} data-testid="header-signed-out">
        <LinkButton type="text" icon={<UserOutlined />} to={signInPath(next)} data-testid="header-sign-in">
          {t('account.signIn')}
        </LinkButton>
        <LinkButton type="text" to="/register" data-testid="header-register">
          {t('account.register')}
        </LinkButton>
      </Space>
    );
  }

  const identifier = account.idNumber ?? account.uscc ?? account.login;
  const items: MenuProps['items'] = [
    {
      key: 'id',
      disabled: true,
      icon: <IdcardOutlined />,
      label: <span className="yw-code" data-testid="account-menu-id">{identifier}</span>,
    },
    { type: 'divider' },
    { key: 'user', icon: <UserOutlined />, label: <span data-testid="account-menu-user">{t('nav.user')}</span> },
    ...(account.kind === 'staff'
      ? [{ key: 'workbench', icon: <DesktopOutlined />, label: <span data-testid="account-menu-workbench">{t('account.workbench')}</span> }]
      : []),
    { key: 'sign-out', icon: <LogoutOutlined />, label: <span data-testid="account-menu-sign-out">{t('account.signOut')}</span> },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'user') void navigate('/user');
    else if (key === 'workbench') void navigate('/admin');
    else if (key === 'sign-out') void signOut(navigate);
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" icon={<UserOutlined />} data-testid="account-menu">
        <span className="yw-account-name" data-testid="account-name">
          {accountLabel(session.data, t)}
        </span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
