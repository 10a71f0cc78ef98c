import type { Action } from '@yiwang/contracts';

/**
 * Which actions open which workbench section: any one of them suffices. The menu shows only the sections a
 * staff member's roles grant, and a direct visit to another section shows a 403 page (the server checks
 * every request anyway).
 */
export const SECTION_ACTIONS = {
  items: ['catalog:read-admin'],
  'import-export': ['catalog:import', 'catalog:export'],
  stats: ['catalog:read-admin'],
  departments: ['department:manage'],
  staff: ['staff:manage'],
  people: ['personal-data:read'],
  'api-tokens': ['api-token:manage'],
  audit: ['audit:read'],
  accept: ['case:accept'],
  review: ['case:review'],
  approve: ['case:approve'],
  supervision: ['supervision:read'],
  calendar: ['calendar:manage'],
  certificates: ['certificate:read'],
  'certificate-imports': ['certificate:manage'],
  'certificate-types': ['certificate-type:manage'],
  hotline: ['hotline:handle'],
} as const satisfies Record<string, readonly Action[]>;

export type SectionKey = keyof typeof SECTION_ACTIONS;

/** Sections whose work arrives with later releases: their page is a placeholder card. */
export const LATER_SECTIONS = ['hotline'] as const satisfies readonly SectionKey[];
export type LaterSection = (typeof LATER_SECTIONS)[number];

/** A route's `handle`: the actions it needs (any one), and for a placeholder which section it stands for. */
export interface AccessHandle {
  actions: readonly Action[];
  later?: LaterSection;
}

export function isAccessHandle(handle: unknown): handle is AccessHandle {
  return typeof handle === 'object' && handle !== null && Array.isArray((handle as { actions?: unknown }).actions);
}
