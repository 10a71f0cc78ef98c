import { GlobalOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { clearAdminToken } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { queryClient } from '../../../app/queryClient';
import { LinkButton } from '../../../ui/LinkButton';
import { LanguageSwitch } from '../../public/layout/PreferenceSwitches';

export function AdminHeader() {
  const t = useT();
  const navigate = useNavigate();
  const signOut = () => {
    clearAdminToken();
    queryClient.removeQueries({ queryKey: ['admin'] });
    void navigate('/admin/login', { replace: true });
  };
  return (
    <header className="yw-admin-header">
      <strong>{t('app.adminTitle')}</strong>
      <Space wrap size={4}>
        <LinkButton type="text" icon={<GlobalOutlined />} to="/">
          {t('admin.toPortal')}
        </LinkButton>
        <LanguageSwitch />
        <Button type="text" icon={<LogoutOutlined />} onClick={signOut} data-testid="admin-sign-out">
          {t('admin.signOut')}
        </Button>
      </Space>
    </header>
  );
}
