import { Suspense } from 'react';
import { Layout, Menu, Result } from 'antd';
import { Link, Navigate, Outlet, useLocation, useMatches } from 'react-router';
import { useT } from '../../../app/i18n';
import { canAny, signInPath, useSession } from '../../../features/identity/session';
import { LinkButton } from '../../../ui/LinkButton';
import { PageSpinner } from '../../../ui/PageSpinner';
import { QueryError } from '../../../ui/QueryError';
import { isAccessHandle } from '../access';
import { AdminHeader } from './AdminHeader';
import { sectionPath, sectionsFor } from './sections';

/** 403 inside the workbench: the page exists, but this staff member's roles do not open it. */
function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('workbench.forbidden')}
      subTitle={t('workbench.forbiddenHint')}
      extra={
        <LinkButton type="primary" to="/admin">
          {t('workbench.home')}
        </LinkButton>
      }
      data-testid="workbench-forbidden"
    />
  );
}

/** A person or enterprise opened /admin. */
function StaffOnly() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('workbench.staffOnly')}
      subTitle={t('workbench.staffOnlyHint')}
      extra={[
        <LinkButton key="user" type="primary" to="/user" data-testid="staff-only-user">
          {t('nav.user')}
        </LinkButton>,
        <LinkButton key="home" to="/">
          {t('action.backHome')}
        </LinkButton>,
      ]}
      data-testid="workbench-staff-only"
    />
  );
}

/** 工作台: the staff frame. Its menu follows the session's actions; pages outside them show 403. */
export default function AdminLayout() {
  const t = useT();
  const location = useLocation();
  const matches = useMatches();
  const session = useSession();
  const here = location.pathname + location.search;

  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const account = session.data.account;
  if (!account) return <Navigate to={signInPath(here)} replace />;
  if (account.mustChangePassword) return <Navigate to={`/password?next=${encodeURIComponent(here)}`} replace />;
  if (account.kind !== 'staff') return <StaffOnly />;

  const required = [...matches].reverse().map((m) => m.handle).find(isAccessHandle);
  const allowed = !required || canAny(session.data, required.actions);
  const sections = sectionsFor(session.data);
  const selected = sections.find((s) => location.pathname.startsWith(sectionPath(s.key)));

  return (
    <Layout className="yw-admin">
      <Layout.Sider breakpoint="md" collapsedWidth={0} theme="light" width={208}>
        <Link to="/admin" className="yw-admin-logo" data-testid="admin-nav-home">
          {t('app.adminTitle')}
        </Link>
        <Menu
          mode="inline"
          aria-label={t('app.adminTitle')}
          selectedKeys={selected ? [selected.key] : []}
          data-testid="admin-menu"
          items={sections.map((s) => ({
            key: s.key,
            icon: s.icon,
            label: (
              <Link to={sectionPath(s.key)} data-testid={`admin-nav-${s.key}`}>
                {t(s.label)}
              </Link>
            ),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <AdminHeader session={session.data} />
        <Layout.Content className="yw-admin-content">
          {allowed ? (
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          ) : (
            <Forbidden />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
