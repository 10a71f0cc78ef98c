import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseList, CaseSummary, CaseView, FileAtWindowRequest, SupervisionQuery } from '@yiwang/contracts';
import { api } from '../../../app/api';

export type WindowQueue = 'submitted' | 'concluded';

/** A step waiting in the department's queue (GET /api/review/queue). */
export type ReviewQueueItem = CaseSummary & { stepId: string; stepName: string };

/** Staff data lives under `admin`: dropped when who is signed in changes. */
export const staffCaseKeys = {
  all: ['admin', 'cases'] as const,
  detail: (id: string) => ['admin', 'cases', 'detail', id] as const,
  window: (queue: WindowQueue, page: number) => ['admin', 'cases', 'window', queue, page] as const,
  review: ['admin', 'cases', 'review'] as const,
  supervision: (q: SupervisionQuery) => ['admin', 'cases', 'supervision', q] as const,
};

const casePath = (id: string) => encodeURIComponent(id);

/** 综合窗口队列: 待受理 (with the returned ones) or 待送达. */
export function useWindowQueue(queue: WindowQueue, page: number, pageSize = 20) {
  return useQuery({
    queryKey: staffCaseKeys.window(queue, page),
    queryFn: ({ signal }) => api.get<CaseList>('/api/window/queue', { queue, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

/** 本部门待办, the least time left first. */
export function useReviewQueue() {
  return useQuery({
    queryKey: staffCaseKeys.review,
    queryFn: ({ signal }) => api.get<ReviewQueueItem[]>('/api/review/queue', undefined, signal),
  });
}

/** 电子监察: overdue (red) and nearly due (yellow) cases in review. */
export function useAtRiskCases(query: SupervisionQuery) {
  return useQuery({
    queryKey: staffCaseKeys.supervision(query),
    queryFn: ({ signal }) => api.get<CaseSummary[]>('/api/supervision/cases', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStaffCase(id: string | undefined) {
  return useQuery({
    queryKey: staffCaseKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<CaseView>(`/api/staff/cases/${casePath(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

function useStaffCaseChanged() {
  const client = useQueryClient();
  return (view: CaseView) => {
    client.setQueryData(staffCaseKeys.detail(view.id), view);
    void client.invalidateQueries({ queryKey: staffCaseKeys.all, predicate: (q) => q.queryKey[2] !== 'detail' });
  };
}

export type WindowAction = 'accept' | 'not-accept' | 'request-correction' | 'deliver';

/** 受理, 不予受理, 一次性告知补正, 送达. */
export function useWindowAction(id: string) {
  const changed = useStaffCaseChanged();
  return useMutation({
    mutationFn: ({ action, body }: { action: WindowAction; body: unknown }) => api.post<CaseView>(`/api/window/cases/${casePath(id)}/${action}`, body),
    onSuccess: changed,
  });
}

export type StepAction = 'approve' | 'deny' | 'return' | 'special/start' | 'special/end' | 'extend';

/** The decisions on one's own step: 通过, 不予许可, 退回窗口, 特别程序, 延长时限. */
export function useStepAction(id: string) {
  const changed = useStaffCaseChanged();
  return useMutation({
    mutationFn: ({ stepId, action, body }: { stepId: string; action: StepAction; body: unknown }) =>
      api.post<CaseView>(`/api/review/cases/${casePath(id)}/steps/${encodeURIComponent(stepId)}/${action}`, body),
    onSuccess: changed,
  });
}

/** 窗口收件 (201 new, 200 when the idempotency key was already used). */
export function useFileAtWindow() {
  const changed = useStaffCaseChanged();
  return useMutation({ mutationFn: (body: FileAtWindowRequest) => api.post<CaseView>('/api/window/cases', body), onSuccess: changed });
}
