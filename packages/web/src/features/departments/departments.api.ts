import { useQuery } from '@tanstack/react-query';
import type { DepartmentView } from '@yiwang/contracts';
import { api } from '../../app/api';

export interface DepartmentParams {
  region?: string;
  /** Include departments of every region below. */
  subtree?: boolean;
  level?: string;
  q?: string;
}

export const departmentsKey = (params: DepartmentParams) => ['departments', params] as const;

export function useDepartments(params: DepartmentParams, enabled = true) {
  return useQuery({
    queryKey: departmentsKey(params),
    queryFn: ({ signal }) =>
      api.get<DepartmentView[]>('/api/departments', { ...params, subtree: params.subtree ? 'true' : undefined }, signal),
    enabled,
  });
}

export function useDepartment(id: string | undefined) {
  return useQuery({
    queryKey: ['departments', 'detail', id],
    queryFn: ({ signal }) => api.get<DepartmentView>(`/api/departments/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}
