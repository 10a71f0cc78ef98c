import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffRequest, StaffCreated, StaffQuery, StaffView, UpdateStaffRequest } from '@yiwang/contracts';
import { api } from '../../../app/api';

const staffPath = (id: string) => `/api/admin/staff/${encodeURIComponent(id)}`;

export function useStaffList(query: StaffQuery) {
  return useQuery({
    queryKey: ['admin', 'staff', query],
    queryFn: ({ signal }) => api.get<StaffView[]>('/api/admin/staff', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

function useStaffChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['admin', 'staff'] });
}

export function useCreateStaff() {
  const changed = useStaffChanged();
  return useMutation({ mutationFn: (body: CreateStaffRequest) => api.post<StaffCreated>('/api/admin/staff', body), onSuccess: changed });
}

export function useUpdateStaff(id: string) {
  const changed = useStaffChanged();
  return useMutation({ mutationFn: (body: UpdateStaffRequest) => api.put<StaffView>(staffPath(id), body), onSuccess: changed });
}

export function useResetStaffPassword() {
  const changed = useStaffChanged();
  return useMutation({ mutationFn: (id: string) => api.post<StaffCreated>(`${staffPath(id)}/reset-password`), onSuccess: changed });
}
