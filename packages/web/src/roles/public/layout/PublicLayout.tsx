import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useRegionUrlSync } from '../../../features/regions/useSelectedRegion';
import { PageSpinner } from '../../../ui/PageSpinner';
import { PublicFooter } from './PublicFooter';
import { PublicHeader } from './PublicHeader';

/** The portal frame: header with region switcher and columns, the page, the footer. */
export function PublicLayout() {
  useRegionUrlSync();
  return (
    <div className="yw-public">
      <PublicHeader />
      <main className="yw-main">
        <div className="yw-container">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <PublicFooter />
    </div>
  );
}
