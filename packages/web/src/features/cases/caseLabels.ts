import { CASE_ACTIONS, CASE_CHANNELS, CASE_STATUSES, type CaseAction, type CaseStatus, ROLES } from '@yiwang/contracts';
import type { Translate } from '../../app/i18n';

/** Tag colour of each 办件状态: waiting on someone (blue/orange), decided (green/red), closed (grey). */
export const STATUS_COLORS: Record<CaseStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  correction: 'orange',
  'in-review': 'processing',
  returned: 'volcano',
  approved: 'green',
  denied: 'red',
  'not-accepted': 'red',
  withdrawn: 'default',
  delivered: 'cyan',
};

export const statusLabel = (status: CaseStatus) => CASE_STATUSES.label(status);

/** An event's action (the table's label; `created` is the draft being made). */
export function eventLabel(action: string, t: Translate): string {
  if (action === 'created') return t('case.event.created');
  return (CASE_ACTIONS.labels as Record<string, string>)[action] ?? action;
}

export const isCaseAction = (action: string): action is CaseAction => (CASE_ACTIONS.codes as readonly string[]).includes(action);

export function channelLabel(channel: string | null): string {
  if (!channel) return '—';
  return (CASE_CHANNELS.labels as Record<string, string>)[channel] ?? channel;
}

/** The role an event was taken in: a staff role, or the applicant's kind. */
export function roleLabel(role: string | null, t: Translate): string {
  if (!role) return '';
  if (role === 'citizen' || role === 'enterprise') return t('case.role.applicant');
  return (ROLES.labels as Record<string, string>)[role] ?? role;
}

/** `2026-12-01` → `2026-12-01`; an ISO instant → its date in the viewer's time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
