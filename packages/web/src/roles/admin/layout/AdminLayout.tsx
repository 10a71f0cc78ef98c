import { type ReactNode, Suspense } from 'react';
import { ApartmentOutlined, BarChartOutlined, FileTextOutlined, SwapOutlined } from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { getAdminToken } from '../../../app/auth';
import { type MessageKey, useT } from '../../../app/i18n';
import { PageSpinner } from '../../../ui/PageSpinner';
import { AdminHeader } from './AdminHeader';

const MENU: { path: string; label: MessageKey; icon: ReactNode }[] = [
  { path: '/admin/items', label: 'admin.nav.items', icon: <FileTextOutlined /> },
  { path: '/admin/import-export', label: 'admin.nav.transfer', icon: <SwapOutlined /> },
  { path: '/admin/stats', label: 'admin.nav.stats', icon: <BarChartOutlined /> },
  { path: '/admin/departments', label: 'admin.nav.departments', icon: <ApartmentOutlined /> },
];

/** The administration frame; without a token it sends you to the sign-in page. */
export default function AdminLayout() {
  const t = useT();
  const location = useLocation();
  if (!getAdminToken()) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/admin/login?next=${next}`} replace />;
  }
  const selected = MENU.find((m) => location.pathname.startsWith(m.path))?.path ?? '/admin/items';
  return (
    <Layout className="yw-admin">
      <Layout.Sider breakpoint="md" collapsedWidth={0} theme="light" width={200}>
        <div className="yw-admin-logo">{t('app.adminTitle')}</div>
        <Menu
          mode="inline"
          aria-label={t('app.adminTitle')}
          selectedKeys={[selected]}
          items={MENU.map((m) => ({
            key: m.path,
            icon: m.icon,
            label: (
              <Link to={m.path} data-testid={`admin-nav-${m.path.split('/')[2]}`}>
                {t(m.label)}
              </Link>
            ),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <AdminHeader />
        <Layout.Content className="yw-admin-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
