import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditAnchor, AuditSearchResult, AuditVerifyResult } from '@yiwang/contracts';
import { api, type QueryParams } from '../../../app/api';

export interface AuditParams extends QueryParams {
  actorId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** 审计日志查询, newest first. */
export function useAuditSearch(params: AuditParams) {
  return useQuery({
    queryKey: ['admin', 'audit', params],
    queryFn: ({ signal }) => api.get<AuditSearchResult>('/api/admin/audit', params, signal),
    placeholderData: keepPreviousData,
  });
}

/** 校验完整性: walks the hash chain (up to an anchor noted earlier, if given). */
export function useAuditVerify() {
  return useMutation({
    mutationFn: (anchor: AuditAnchor | undefined) => api.post<AuditVerifyResult>('/api/admin/audit/verify', anchor ? { anchor } : {}),
  });
}
