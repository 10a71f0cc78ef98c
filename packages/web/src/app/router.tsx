import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicLayout } from '../roles/public/layout/PublicLayout';
import { PageSpinner } from '../ui/PageSpinner';
import { setUnauthorizedHandler } from './auth';
import { RouteError } from './RouteError';

type PageModule = { default: ComponentType };

/** A route whose component is loaded on first visit (its own chunk). */
function page(load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
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
  { path: 'supervision', ...page(() => import('../roles/public/coming-soon/SupervisionPage')) },
  { path: 'user', ...page(() => import('../roles/public/coming-soon/UserCentrePage')) },
  { path: '*', ...page(() => import('./NotFoundPage')) },
];

const adminRoutes: RouteObject[] = [
  { index: true, ...page(() => import('../roles/admin/AdminHome')) },
  { path: 'items', ...page(() => import('../roles/admin/items/ItemsListPage')) },
  { path: 'items/new', ...page(() => import('../roles/admin/editor/NewItemPage')) },
  { path: 'items/:id', ...page(() => import('../roles/admin/editor/ItemEditorPage')) },
  { path: 'import-export', ...page(() => import('../roles/admin/transfer/ImportExportPage')) },
  { path: 'stats', ...page(() => import('../roles/admin/stats/StatsPage')) },
  { path: 'departments', ...page(() => import('../roles/admin/departments/DepartmentsPage')) },
  { path: '*', ...page(() => import('./NotFoundPage')) },
];

export const router = createBrowserRouter([
  {
    path: '/admin/login',
    errorElement: <RouteError />,
    HydrateFallback: PageSpinner,
    ...page(() => import('../roles/admin/SignInPage')),
  },
  {
    path: '/admin',
    errorElement: <RouteError />,
    HydrateFallback: PageSpinner,
    lazy: async () => ({ Component: (await import('../roles/admin/layout/AdminLayout')).default }),
    children: adminRoutes,
  },
  {
    path: '/',
    Component: PublicLayout,
    errorElement: <RouteError />,
    HydrateFallback: PageSpinner,
    children: publicRoutes.map((route) => ({ ...route, errorElement: <RouteError /> })),
  },
]);

setUnauthorizedHandler(() => {
  const { pathname, search } = router.state.location;
  const next = pathname.startsWith('/admin/login') ? '/admin' : pathname + search;
  void router.navigate(`/admin/login?next=${encodeURIComponent(next)}`, { replace: true });
});
