import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { sessionLost } from '../features/identity/session';
import { type AccessHandle, type LaterSection, SECTION_ACTIONS, type SectionKey } from '../roles/admin/access';
import { PublicLayout } from '../roles/public/layout/PublicLayout';
import { PageSpinner } from '../ui/PageSpinner';
import { setAuthRedirects } from './auth';
import { RouteError } from './RouteError';

type PageModule = { default: ComponentType };

/** A route whose component is loaded on first visit (its own chunk). */
function page(load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/** The route needs one of the section's actions; the workbench shows 403 otherwise. */
function section(key: SectionKey): { handle: AccessHandle } {
  return { handle: { actions: SECTION_ACTIONS[key] } };
}

function later(key: LaterSection): RouteObject {
  return { path: key, handle: { ...section(key).handle, later: key }, ...page(() => import('../roles/admin/home/LaterSectionPage')) };
}

const publicRoutes: RouteObject[] = [
  { index: true, ...page(() => import('../roles/public/home/HomePage')) },
  { path: 'personal', ...page(() => import('../roles/public/services/PersonalServicePage')) },
  { path: 'enterprise', ...page(() => import('../roles/public/services/EnterpriseServicePage')) },
  { path: 'departments', ...page(() => import('../roles/public/departments/DepartmentServicePage')) },
  { path: 'convenience', ...page(() => import('../roles/public/convenience/ConveniencePage')) },
  { path: 'one-trip', ...page(() => import('../roles/public/one-trip/OneTripPage')) },
  { path: 'search', ...page(() => import('../roles/public/search/SearchPage')) },
  { path: 'items/:id', ...page(() => import('../roles/public/guide/ItemGuidePage')) },
  { path: 'apply/:itemId', ...page(() => import('../roles/public/apply/ApplyPage')) },
  { path: 'cases/lookup', ...page(() => import('../roles/public/cases/CaseLookupPage')) },
  { path: 'certificates/verify', ...page(() => import('../roles/public/certificates/VerifyCertificatePage')) },
  { path: 'supervision', ...page(() => import('../roles/public/coming-soon/SupervisionPage')) },
  { path: 'login', ...page(() => import('../roles/public/account/SignInPage')) },
  { path: 'register', ...page(() => import('../roles/public/account/RegisterPage')) },
  { path: 'password', ...page(() => import('../roles/public/account/PasswordPage')) },
  { path: 'user', ...page(() => import('../roles/public/user/UserCentrePage')) },
  { path: 'user/cases/:id', ...page(() => import('../roles/public/cases/CasePage')) },
  { path: '*', ...page(() => import('./NotFoundPage')) },
];

const adminRoutes: RouteObject[] = [
  { index: true, ...page(() => import('../roles/admin/home/WorkbenchHome')) },
  { path: 'items', ...section('items'), ...page(() => import('../roles/admin/items/ItemsListPage')) },
  { path: 'items/new', handle: { actions: ['catalog:edit'] } satisfies AccessHandle, ...page(() => import('../roles/admin/editor/NewItemPage')) },
  { path: 'items/:id', ...section('items'), ...page(() => import('../roles/admin/editor/ItemEditorPage')) },
  { path: 'import-export', ...section('import-export'), ...page(() => import('../roles/admin/transfer/ImportExportPage')) },
  { path: 'stats', ...section('stats'), ...page(() => import('../roles/admin/stats/StatsPage')) },
  { path: 'departments', ...section('departments'), ...page(() => import('../roles/admin/departments/DepartmentsPage')) },
  { path: 'staff', ...section('staff'), ...page(() => import('../roles/admin/staff/StaffPage')) },
  { path: 'people', ...section('people'), ...page(() => import('../roles/admin/people/PeoplePage')) },
  { path: 'api-tokens', ...section('api-tokens'), ...page(() => import('../roles/admin/tokens/ApiTokensPage')) },
  { path: 'audit', ...section('audit'), ...page(() => import('../roles/admin/audit/AuditPage')) },
  { path: 'accept', ...section('accept'), ...page(() => import('../roles/admin/cases/WindowQueuePage')) },
  { path: 'accept/new', handle: { actions: ['case:file-on-behalf'] } satisfies AccessHandle, ...page(() => import('../roles/admin/cases/WalkInPage')) },
  { path: 'review', ...section('review'), ...page(() => import('../roles/admin/cases/ReviewQueuePage')) },
  { path: 'approve', ...section('approve'), ...page(() => import('../roles/admin/cases/ApproveQueuePage')) },
  { path: 'cases/:id', handle: { actions: ['case:read'] } satisfies AccessHandle, ...page(() => import('../roles/admin/cases/StaffCasePage')) },
  { path: 'supervision', ...section('supervision'), ...page(() => import('../roles/admin/supervision/SupervisionPage')) },
  { path: 'calendar', ...section('calendar'), ...page(() => import('../roles/admin/calendar/CalendarPage')) },
  { path: 'certificates', ...section('certificates'), ...page(() => import('../roles/admin/certificates/IssuedCertificatesPage')) },
  { path: 'certificate-imports', ...section('certificate-imports'), ...page(() => import('../roles/admin/certificates/CertificateImportPage')) },
  { path: 'certificate-types', ...section('certificate-types'), ...page(() => import('../roles/admin/certificates/CertificateTypesPage')) },
  later('hotline'),
  { path: '*', ...page(() => import('./NotFoundPage')) },
];

export const router = createBrowserRouter([
  // The administrator token page of earlier releases: everybody signs in on /login now.
  { path: '/admin/login', element: <Navigate to="/login?next=%2Fadmin" replace /> },
  {
    path: '/admin',
    errorElement: <RouteError />,
    HydrateFallback: PageSpinner,
    lazy: async () => ({ Component: (await import('../roles/admin/layout/AdminLayout')).default }),
    children: adminRoutes.map((route) => ({ ...route, errorElement: <RouteError /> })),
  },
  {
    path: '/',
    Component: PublicLayout,
    errorElement: <RouteError />,
    HydrateFallback: PageSpinner,
    children: publicRoutes.map((route) => ({ ...route, errorElement: <RouteError /> })),
  },
]);

const ACCOUNT_PAGES = ['/login', '/register', '/password'];

function redirectTo(target: '/login' | '/password') {
  const { pathname, search } = router.state.location;
  if (ACCOUNT_PAGES.includes(pathname)) return;
  void router.navigate(`${target}?next=${encodeURIComponent(pathname + search)}`, { replace: true });
}

setAuthRedirects({
  signIn: () => {
    sessionLost();
    redirectTo('/login');
  },
  changePassword: () => redirectTo('/password'),
});
