import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegionDetail, RegionView } from '@yiwang/contracts';
import { api } from '../../app/api';
import { queryClient } from '../../app/queryClient';

// Divisions change once a year at most.
const REGION_STALE = 60 * 60 * 1000;

const childrenKey = (parent: string | undefined) => ['regions', 'children', parent ?? 'root'] as const;

function loadChildren(parent: string | undefined, signal?: AbortSignal): Promise<RegionView[]> {
  return api.get<RegionView[]>('/api/regions', { parent }, signal);
}

/** Child regions of `parent`, or the provinces without one. */
export function useRegionChildren(parent: string | undefined, enabled = true) {
  return useQuery({
    queryKey: childrenKey(parent),
    queryFn: ({ signal }) => loadChildren(parent, signal),
    enabled,
    staleTime: REGION_STALE,
  });
}

/** For lazy trees that load children on expand. */
export function fetchRegionChildren(parent: string): Promise<RegionView[]> {
  return queryClient.fetchQuery({ queryKey: childrenKey(parent), queryFn: ({ signal }) => loadChildren(parent, signal), staleTime: REGION_STALE });
}

/** One region with its path from the province down. */
export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: ['regions', 'detail', code],
    queryFn: ({ signal }) => api.get<RegionDetail>(`/api/regions/${encodeURIComponent(code ?? '')}`, undefined, signal),
    enabled: Boolean(code),
    staleTime: REGION_STALE,
    // Keeps the switcher steady while the next choice loads.
    placeholderData: keepPreviousData,
  });
}
