import type { MessageKey } from '../../../app/i18n';

/** The portal's columns, in the order of the seed site, plus 最多跑一次. */
export const NAV_ITEMS: { path: string; label: MessageKey }[] = [
  { path: '/', label: 'nav.home' },
  { path: '/personal', label: 'nav.personal' },
  { path: '/enterprise', label: 'nav.enterprise' },
  { path: '/departments', label: 'nav.departments' },
  { path: '/convenience', label: 'nav.convenience' },
  { path: '/one-trip', label: 'nav.oneTrip' },
  { path: '/supervision', label: 'nav.supervision' },
  { path: '/user', label: 'nav.user' },
];

/** The nav key of a location: its first path segment. */
export function navKeyOf(pathname: string): string {
  return `/${pathname.split('/')[1] ?? ''}`;
}
