import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CertificateList, CertificateListQuery, CertificateStats, CertificateTypeView, CertificateUseView, CertificateView, ExchangeRuleView, ReissueCertificateRequest,
  SaveCertificateTypeInput, SaveExchangeRuleRequest, VerifyCertificateResult,
} from '@yiwang/contracts';
import { api } from '../../app/api';
import type { CertificateImportView } from '@yiwang/contracts';
import { ApiError, handleUnauthorized, toApiError } from '../../app/api';
import { csrfHeaders } from '../../app/auth';

export const certificateKeys = {
  wallet: ['me', 'certificates'] as const,
  uses: (id: string) => ['me', 'certificates', 'uses', id] as const,
  verify: (id: string) => ['certificates', 'verify', id] as const,
  types: ['certificates', 'types'] as const,
  rules: ['admin', 'certificates', 'rules'] as const,
  admin: (q: Partial<CertificateListQuery>) => ['admin', 'certificates', q] as const,
};

const path = (id: string) => `/api/certificates/${encodeURIComponent(id)}`;
export const certificatePdfUrl = (id: string) => `${path(id)}/pdf`;

/** 我的证照 */
export function useWallet(enabled = true) {
  return useQuery({ queryKey: certificateKeys.wallet, queryFn: ({ signal }) => api.get<CertificateView[]>('/api/me/certificates', undefined, signal), enabled });
}

/** 用证记录 of one of my certificates (or, for its issuer, of theirs) */
export function useCertificateUses(id: string | null) {
  return useQuery({
    queryKey: certificateKeys.uses(id ?? ''),
    queryFn: ({ signal }) => api.get<CertificateUseView[]>(`${path(id!)}/uses`, undefined, signal),
    enabled: !!id,
  });
}

/** 证照核验 for anyone: by identifier or the QR code's content. */
export function useVerification(id: string | null) {
  return useQuery({
    queryKey: certificateKeys.verify(id ?? ''),
    queryFn: ({ signal }) => api.get<VerifyCertificateResult>('/api/certificates/verify', { id }, signal),
    enabled: !!id,
  });
}

export function useCertificateStats() {
  return useQuery({ queryKey: ['certificates', 'stats'], queryFn: ({ signal }) => api.get<CertificateStats>('/api/certificates/stats', undefined, signal) });
}

export function useCertificateTypes() {
  return useQuery({ queryKey: certificateKeys.types, queryFn: ({ signal }) => api.get<CertificateTypeView[]>('/api/certificates/types', undefined, signal) });
}

export function useSaveCertificateType() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SaveCertificateTypeInput }) =>
      (id ? api.put<CertificateTypeView>(`/api/admin/certificate-types/${id}`, body) : api.post<CertificateTypeView>('/api/admin/certificate-types', body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: certificateKeys.types }),
  });
}

export function useExchangeRules() {
  return useQuery({ queryKey: certificateKeys.rules, queryFn: ({ signal }) => api.get<ExchangeRuleView[]>('/api/admin/certificate-exchange-rules', undefined, signal) });
}

export function useAddExchangeRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveExchangeRuleRequest) => api.post<ExchangeRuleView>('/api/admin/certificate-exchange-rules', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: certificateKeys.rules }),
  });
}

export function useRemoveExchangeRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/admin/certificate-exchange-rules/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: certificateKeys.rules }),
  });
}

/** Certificates issued by my departments */
export function useIssuedCertificates(q: Partial<CertificateListQuery>) {
  return useQuery({
    queryKey: certificateKeys.admin(q),
    queryFn: ({ signal }) => api.get<CertificateList>('/api/admin/certificates', { q: q.q, status: q.status, page: q.page, pageSize: q.pageSize }, signal),
  });
}

export function useRevokeCertificate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<CertificateView>(`/api/admin/certificates/${id}/revoke`, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'certificates'] }),
  });
}

export function useReissueCertificate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReissueCertificateRequest }) => api.post<CertificateView>(`/api/admin/certificates/${id}/reissue`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'certificates'] }),
  });
}

/** 存量证照导入 jobs of my departments, newest first */
export function useCertificateImports() {
  return useQuery({ queryKey: ['admin', 'certificate-imports'], queryFn: ({ signal }) => api.get<CertificateImportView[]>('/api/admin/certificate-imports', undefined, signal) });
}

/** One import job, polled while it runs */
export function useCertificateImport(id: string | null) {
  return useQuery({
    queryKey: ['admin', 'certificate-imports', id],
    queryFn: ({ signal }) => api.get<CertificateImportView>(`/api/admin/certificate-imports/${id}`, undefined, signal),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 500),
  });
}

/** Uploads an import file (multipart: typeId and file); 202 with the job, or 422 with every row's problems. */
export async function uploadCertificateImport(typeId: string, file: File): Promise<CertificateImportView> {
  const form = new FormData();
  form.append('typeId', typeId);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/admin/certificate-imports', {
      method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', ...csrfHeaders('POST') }, body: form,
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    handleUnauthorized(error);
    throw error;
  }
  return (await response.json()) as CertificateImportView;
}

/** The certificate as a W3C Verifiable Credential (JSON-LD, downloaded as a file) */
export const certificateCredentialUrl = (id: string) => `${path(id)}/credential`;
