/**
 * Cookie sessions: the server keeps the session in the httpOnly cookie `yw_session` and hands the page a
 * readable `yw_csrf` cookie whose value goes back as `X-CSRF-Token` with every write.
 */
const CSRF_COOKIE = 'yw_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The last token seen in a SessionView, for the rare browser that hides the cookie from scripts. */
let knownCsrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  knownCsrfToken = token;
}

export function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return knownCsrfToken;
}

/** The CSRF header for a request with this method (reads are sent without it). */
export function csrfHeaders(method: string): Record<string, string> {
  if (method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD') return {};
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}

/** Error codes that mean "nobody is signed in (any more)": the page goes to /login. */
export const SIGN_IN_CODES: readonly string[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'];
/** The first password must be changed before anything else: the page goes to /password. */
export const PASSWORD_CHANGE_CODE = 'PASSWORD_CHANGE_REQUIRED';

export interface AuthRedirects {
  signIn: () => void;
  changePassword: () => void;
}

function fullReload(path: string) {
  const here = window.location.pathname + window.location.search;
  window.location.assign(`${path}?next=${encodeURIComponent(here)}`);
}

let redirects: AuthRedirects = {
  signIn: () => fullReload('/login'),
  changePassword: () => fullReload('/password'),
};

/** The router registers handlers that navigate without a reload. */
export function setAuthRedirects(handlers: AuthRedirects): void {
  redirects = handlers;
}

/** Reacts to an error answer: a lost session leads to the sign-in page, a required password change to /password. */
export function handleAuthError(status: number, code: string): void {
  if (status === 401 && SIGN_IN_CODES.includes(code)) redirects.signIn();
  else if (status === 403 && code === PASSWORD_CHANGE_CODE) redirects.changePassword();
}

/** Whether an error is one the redirect above already deals with (so no notification is needed). */
export function isRedirectingAuthError(status: number, code: string): boolean {
  return (status === 401 && SIGN_IN_CODES.includes(code)) || (status === 403 && code === PASSWORD_CHANGE_CODE);
}

/** A `next` parameter that stays on this site (no `//host` or `/\host`), else undefined. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}
