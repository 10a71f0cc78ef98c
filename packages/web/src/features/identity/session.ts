import { useQuery } from '@tanstack/react-query';
import type { Action, SessionView } from '@yiwang/contracts';
import { api, request } from '../../app/api';
import { rememberCsrfToken, safeNext } from '../../app/auth';
import { queryClient } from '../../app/queryClient';

export const sessionKey = ['session'] as const;

export const SIGNED_OUT: SessionView = {
  account: null,
  actingFor: null,
  enterprises: [],
  actions: [],
  csrfToken: null,
  expiresAt: null,
  idleMinutes: 0,
};

/** Query roots that hold one account's data: dropped or refetched whenever who is signed in changes. */
const PRIVATE_ROOTS = ['me', 'admin'] as const;

async function fetchSession(signal?: AbortSignal): Promise<SessionView> {
  const view = await api.get<SessionView>('/api/auth/session', undefined, signal);
  rememberCsrfToken(view.csrfToken);
  return view;
}

/** Who is signed in (account null: nobody), for whom they act, and what their roles allow. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 30_000 });
}

/**
 * After sign-in, sign-out, registration, a password change or a switch of acting-for: the new session
 * (when the server answered one), private data of the previous identity dropped, the session refetched.
 */
export function sessionChanged(view?: SessionView): void {
  if (view) {
    queryClient.setQueryData(sessionKey, view);
    rememberCsrfToken(view.csrfToken);
  }
  for (const root of PRIVATE_ROOTS) {
    queryClient.removeQueries({ queryKey: [root], type: 'inactive' });
    void queryClient.invalidateQueries({ queryKey: [root] });
  }
  void queryClient.invalidateQueries({ queryKey: sessionKey });
}

/** The session ended on the server (a 401): forget it here at once, so /login does not think someone is signed in. */
export function sessionLost(): void {
  queryClient.setQueryData(sessionKey, SIGNED_OUT);
  sessionChanged();
}

/** Whether the session's roles grant at least one of these actions. */
export function canAny(session: SessionView | undefined, actions: readonly Action[]): boolean {
  const granted = session?.actions ?? [];
  return actions.some((action) => granted.includes(action));
}

/** `can('catalog:edit')` for the signed-in account. */
export function useCan(): (action: Action) => boolean {
  const session = useSession();
  return (action) => canAny(session.data, [action]);
}

/** Where an account goes when nothing else is asked for: staff to the workbench, everybody else to 用户中心. */
export function homeOf(session: SessionView): string {
  return session.account?.kind === 'staff' ? '/admin' : '/user';
}

const ACCOUNT_PAGES = ['/login', '/register', '/password'];

/** A `next` worth going to after signing in: on this site and not another sign-in page. */
export function continueTo(next: string | null | undefined): string | undefined {
  const safe = safeNext(next);
  return safe && !ACCOUNT_PAGES.some((p) => safe === p || safe.startsWith(`${p}?`) || safe.startsWith(`${p}/`)) ? safe : undefined;
}

/** Where to go after signing in or registering: the forced password change first, then `next` or the home. */
export function afterSignIn(session: SessionView, next: string | null | undefined): string {
  const target = continueTo(next) ?? homeOf(session);
  return session.account?.mustChangePassword ? `/password?next=${encodeURIComponent(target)}` : target;
}

/** `/login?next=…` for the current location. */
export function signInPath(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}

/** Ends the session on the server (an already lost one is fine), then forgets it here. */
export async function signOut(navigate: (to: string, options?: { replace?: boolean }) => unknown): Promise<void> {
  try {
    await request('/api/auth/sign-out', { method: 'POST', body: {}, authRedirect: false });
  } catch {
    // Signed out either way: the server forgot the session or never had it.
  }
  await navigate('/', { replace: true });
  queryClient.setQueryData(sessionKey, SIGNED_OUT);
  sessionChanged();
}
