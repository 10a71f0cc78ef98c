import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminItemDetail, CatalogItem, CreateItemRequest, DelegateItemRequest, DelegationView, DepartmentView, ItemChangeView, ItemContent,
  ItemSearchResult, ItemVersionView, SaveDepartmentRequest, SaveDraftRequest,
} from '@yiwang/contracts';
import { api } from '../../app/api';
import type { ItemSearchParams } from '../../features/catalog/items.api';

export const adminKeys = {
  all: ['admin'] as const,
  items: (params: ItemSearchParams) => ['admin', 'items', params] as const,
  item: (id: string) => ['admin', 'item', id] as const,
  versions: (id: string) => ['admin', 'item', id, 'versions'] as const,
  version: (id: string, version: number) => ['admin', 'item', id, 'versions', version] as const,
  changes: (id: string) => ['admin', 'item', id, 'changes'] as const,
  delegations: (id: string) => ['admin', 'item', id, 'delegations'] as const,
};

const itemPath = (id: string) => `/api/admin/items/${encodeURIComponent(id)}`;

export function useAdminItems(params: ItemSearchParams) {
  return useQuery({
    queryKey: adminKeys.items(params),
    queryFn: ({ signal }) => api.get<ItemSearchResult>('/api/admin/items', params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdminItem(id: string) {
  return useQuery({
    queryKey: adminKeys.item(id),
    queryFn: ({ signal }) => api.get<AdminItemDetail>(itemPath(id), undefined, signal),
  });
}

export function useCatalogItems(q: string) {
  return useQuery({
    queryKey: ['admin', 'catalog-items', q],
    queryFn: ({ signal }) => api.get<CatalogItem[]>('/api/admin/catalog-items', { q }, signal),
    placeholderData: keepPreviousData,
  });
}

/** After any change to an item: its detail from the answer, lists and history refetched. */
function useItemUpdated() {
  const client = useQueryClient();
  return (detail: AdminItemDetail) => {
    client.setQueryData(adminKeys.item(detail.id), detail);
    void client.invalidateQueries({ queryKey: ['admin', 'items'] });
    void client.invalidateQueries({ queryKey: ['admin', 'item', detail.id], predicate: (q) => q.queryKey.length > 3 });
    void client.invalidateQueries({ queryKey: ['items'] });
  };
}

export function useCreateItem() {
  const updated = useItemUpdated();
  return useMutation({
    mutationFn: (body: CreateItemRequest) => api.post<AdminItemDetail>('/api/admin/items', body),
    onSuccess: updated,
  });
}

export function useSaveDraft(id: string) {
  const updated = useItemUpdated();
  return useMutation({
    mutationFn: (body: SaveDraftRequest) => api.put<AdminItemDetail>(`${itemPath(id)}/draft`, body),
    onSuccess: updated,
  });
}

export type LifecycleAction = 'publish' | 'suspend' | 'resume' | 'cancel';

export function useItemAction(id: string) {
  const updated = useItemUpdated();
  return useMutation({
    mutationFn: ({ action, reason }: { action: LifecycleAction; reason?: string }) =>
      api.post<AdminItemDetail>(`${itemPath(id)}/${action}`, reason === undefined ? {} : { reason }),
    onSuccess: updated,
  });
}

export function useItemVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.versions(id),
    queryFn: ({ signal }) => api.get<ItemVersionView[]>(`${itemPath(id)}/versions`, undefined, signal),
    enabled,
  });
}

export interface VersionContent {
  version: number;
  content: ItemContent;
}

export function fetchVersion(id: string, version: number, signal?: AbortSignal): Promise<VersionContent> {
  return api.get<VersionContent>(`${itemPath(id)}/versions/${version}`, undefined, signal);
}

export function useItemChanges(id: string, enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.changes(id),
    queryFn: ({ signal }) => api.get<ItemChangeView[]>(`${itemPath(id)}/changes`, undefined, signal),
    enabled,
  });
}

export function useDelegations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.delegations(id),
    queryFn: ({ signal }) => api.get<DelegationView[]>(`${itemPath(id)}/delegations`, undefined, signal),
    enabled,
  });
}

export function useDelegate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DelegateItemRequest) => api.post<DelegationView[]>(`${itemPath(id)}/delegations`, body),
    onSuccess: (views) => {
      client.setQueryData(adminKeys.delegations(id), views);
      void client.invalidateQueries({ queryKey: adminKeys.item(id), exact: true });
      void client.invalidateQueries({ queryKey: ['admin', 'items'] });
    },
  });
}

export function useRevokeDelegation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (childId: string) =>
      api.post<DelegationView>(`${itemPath(id)}/delegations/${encodeURIComponent(childId)}/revoke`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.delegations(id) });
      void client.invalidateQueries({ queryKey: adminKeys.item(id), exact: true });
      void client.invalidateQueries({ queryKey: ['admin', 'items'] });
    },
  });
}

export function useSaveDepartment(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveDepartmentRequest) =>
      id
        ? api.put<DepartmentView>(`/api/admin/departments/${encodeURIComponent(id)}`, body)
        : api.post<DepartmentView>('/api/admin/departments', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['departments'] }),
  });
}
