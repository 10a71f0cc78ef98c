import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CatalogStats, ItemDetail, ItemSearchResult } from '@yiwang/contracts';
import { api, type QueryParams } from '../../app/api';

/** Filters of the catalog search, as sent in the query string. */
export interface ItemSearchParams extends QueryParams {
  q?: string;
  region?: string;
  regionExact?: boolean;
  level?: string;
  department?: string;
  serviceObject?: string;
  itemType?: string;
  /** 0 = 跑零次, 1 = 最多跑一次. */
  maxTrips?: number;
  /** Together with maxTrips=1: only items with exactly one trip (只跑一次). */
  minTrips?: number;
  online?: boolean;
  personTheme?: string;
  enterpriseTheme?: string;
  status?: string;
  page?: number;
  pageSize?: number;
}

export function useItemSearch(params: ItemSearchParams, enabled = true) {
  return useQuery({
    queryKey: ['items', 'search', params],
    queryFn: ({ signal }) => api.get<ItemSearchResult>('/api/items', params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: ['items', 'detail', id],
    queryFn: ({ signal }) => api.get<ItemDetail>(`/api/items/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export interface StatsParams extends QueryParams {
  region?: string;
  level?: string;
  department?: string;
  groupBy?: 'department' | 'level' | 'region';
}

export function useCatalogStats(params: StatsParams) {
  return useQuery({
    queryKey: ['catalog', 'stats', params],
    queryFn: ({ signal }) => api.get<CatalogStats>('/api/catalog/stats', params, signal),
    placeholderData: keepPreviousData,
  });
}
