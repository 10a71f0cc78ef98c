import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseList, CaseLookupView, CaseStatus, CaseView, CreateCaseRequest, ReasonsRequest, UpdateCaseRequest,
} from '@yiwang/contracts';
import { api } from '../../app/api';

/** 站内消息 (GET /api/me/messages; the contract names no type for it). */
export interface CaseMessage {
  id: string;
  caseId: string | null;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** The applicant's own data lives under `me`: dropped when who is signed in changes. */
export const caseKeys = {
  mine: ['me', 'cases'] as const,
  list: (status: CaseStatus | undefined, page: number) => ['me', 'cases', 'list', status ?? null, page] as const,
  detail: (id: string) => ['me', 'cases', 'detail', id] as const,
  messages: ['me', 'messages'] as const,
};

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** 我的办件 */
export function useMyCases(status: CaseStatus | undefined, page: number, pageSize = 10, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(status, page),
    queryFn: ({ signal }) => api.get<CaseList>('/api/cases', { status, page, pageSize }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One of my cases, with its events, steps, deadline and what I may do now. */
export function useMyCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<CaseView>(casePath(id ?? ''), undefined, signal),
    enabled: Boolean(id),
  });
}

export function useMessages(enabled = true) {
  return useQuery({
    queryKey: caseKeys.messages,
    queryFn: ({ signal }) => api.get<CaseMessage[]>('/api/me/messages', undefined, signal),
    enabled,
  });
}

/** After any change to a case: the answer becomes its detail, lists and messages are read again. */
function useCaseChanged() {
  const client = useQueryClient();
  return (view: CaseView) => {
    client.setQueryData(caseKeys.detail(view.id), view);
    void client.invalidateQueries({ queryKey: caseKeys.mine, predicate: (q) => q.queryKey[2] !== 'detail' });
    void client.invalidateQueries({ queryKey: caseKeys.messages });
  };
}

/** 在线申报 or 保存草稿 (201 new, 200 when the idempotency key was already used). */
export function useCreateCase() {
  const changed = useCaseChanged();
  return useMutation({ mutationFn: (body: CreateCaseRequest) => api.post<CaseView>('/api/cases', body), onSuccess: changed });
}

/**
 * Saves a draft or a correction, then (when asked) submits or resubmits it: one click, two requests; a
 * failure of the second leaves the saved changes in place.
 */
export function useSaveCase(id: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: async ({ body, then }: { body: UpdateCaseRequest; then?: 'submit' | 'resubmit' }) => {
      const saved = await api.put<CaseView>(casePath(id), body);
      changed(saved);
      return then ? api.post<CaseView>(`${casePath(id)}/${then}`) : saved;
    },
    onSuccess: changed,
  });
}

export function useWithdrawCase(id: string) {
  const changed = useCaseChanged();
  return useMutation({ mutationFn: (body: ReasonsRequest) => api.post<CaseView>(`${casePath(id)}/withdraw`, body), onSuccess: changed });
}

/** 办件查询 (public): by number and the last four digits of the applicant's phone. */
export function useCaseLookup(query: { number: string; phoneLast4: string } | null) {
  return useQuery({
    queryKey: ['case-lookup', query],
    queryFn: ({ signal }) => api.get<CaseLookupView>('/api/cases/lookup', query ?? undefined, signal),
    enabled: query !== null,
    retry: false,
  });
}
