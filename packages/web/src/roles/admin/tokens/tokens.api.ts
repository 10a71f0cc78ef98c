import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiTokenCreated, ApiTokenView, CreateApiTokenRequest } from '@yiwang/contracts';
import { api } from '../../../app/api';

const tokensKey = ['admin', 'api-tokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => api.get<ApiTokenView[]>('/api/admin/api-tokens', undefined, signal) });
}

export function useCreateApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenRequest) => api.post<ApiTokenCreated>('/api/admin/api-tokens', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ApiTokenView>(`/api/admin/api-tokens/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => void client.invalidateQueries({ queryKey: tokensKey }),
  });
}
