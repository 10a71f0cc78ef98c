import { useMutation, useQuery } from '@tanstack/react-query';
import type { PersonSummary, ProfileView, RevealRequest } from '@yiwang/contracts';
import { api } from '../../../app/api';

/** 自然人查询: masked summaries of persons matching a name, ID number or mobile number. */
export function usePeople(q: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'people', q],
    queryFn: ({ signal }) => api.get<PersonSummary[]>('/api/admin/people', { q }, signal),
    enabled: Boolean(q),
  });
}

/** The full record of one person, with a reason; the server writes it to the audit log. */
export function useRevealPerson() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RevealRequest }) =>
      api.post<ProfileView>(`/api/admin/people/${encodeURIComponent(id)}/reveal`, body),
  });
}
