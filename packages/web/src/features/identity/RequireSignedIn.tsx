import type { ReactNode } from 'react';
import type { SessionView } from '@yiwang/contracts';
import { Navigate, useLocation } from 'react-router';
import { PageSpinner } from '../../ui/PageSpinner';
import { QueryError } from '../../ui/QueryError';
import { signInPath, useSession } from './session';

interface RequireSignedInProps {
  children: (session: SessionView) => ReactNode;
  /** Whether this page is the password change itself (else a required change leads there first). */
  passwordPage?: boolean;
}

/** Renders its page for a signed-in account; a visitor goes to /login and back here afterwards. */
export function RequireSignedIn({ children, passwordPage }: RequireSignedInProps) {
  const session = useSession();
  const location = useLocation();
  const here = location.pathname + location.search;
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.account) return <Navigate to={signInPath(here)} replace />;
  if (session.data.account.mustChangePassword && !passwordPage) {
    return <Navigate to={`/password?next=${encodeURIComponent(here)}`} replace />;
  }
  return <>{children(session.data)}</>;
}
