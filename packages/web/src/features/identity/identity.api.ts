import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddAgentRequest, AgentView, AuthProvidersView, ChangePasswordRequest, PasswordSignInRequest, ProfileView, RegisterCitizenRequest,
  RegisterEnterpriseRequest, RequestSmsCodeRequest, SessionView, SmsCodeSent, SmsSignInRequest,
} from '@yiwang/contracts';
import { api } from '../../app/api';
import { sessionChanged } from './session';

export const meKeys = {
  profile: ['me', 'profile'] as const,
  fullProfile: ['me', 'profile', 'full'] as const,
  agents: ['me', 'agents'] as const,
};

/** 登录方式 of this installation (统一身份认证 only when configured). */
export function useAuthProviders() {
  return useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: ({ signal }) => api.get<AuthProvidersView>('/api/auth/providers', undefined, signal),
    staleTime: 10 * 60_000,
  });
}

export function useRequestSmsCode() {
  return useMutation({ mutationFn: (body: RequestSmsCodeRequest) => api.post<SmsCodeSent>('/api/auth/sms-code', body) });
}

/** A call that answers the new session: it becomes the session at once. */
function useSessionMutation<T>(path: string) {
  return useMutation({
    mutationFn: (body: T) => api.post<SessionView>(path, body),
    onSuccess: (view) => sessionChanged(view),
  });
}

export const usePasswordSignIn = () => useSessionMutation<PasswordSignInRequest>('/api/auth/sign-in');
export const useSmsSignIn = () => useSessionMutation<SmsSignInRequest>('/api/auth/sign-in/sms');
export const useRegisterCitizen = () => useSessionMutation<RegisterCitizenRequest>('/api/auth/register/citizen');
export const useRegisterEnterprise = () => useSessionMutation<RegisterEnterpriseRequest>('/api/auth/register/enterprise');
export const useChangePassword = () => useSessionMutation<ChangePasswordRequest>('/api/auth/password');
/** Act for an enterprise as its 经办人, or (null) as oneself again. */
export const useActingFor = () => useSessionMutation<{ enterpriseId: string | null }>('/api/auth/acting-for');

/** The own record, ID and phone numbers masked. */
export function useProfile(enabled = true) {
  return useQuery({
    queryKey: meKeys.profile,
    queryFn: ({ signal }) => api.get<ProfileView>('/api/me/profile', undefined, signal),
    enabled,
  });
}

/** The own record in full, while the holder asks to see it: fetched each time, dropped when nothing shows it. */
export function useFullProfile() {
  return useQuery({
    queryKey: meKeys.fullProfile,
    queryFn: ({ signal }) => api.get<ProfileView>('/api/me/profile/full', undefined, signal),
    staleTime: 0,
    gcTime: 0,
  });
}

/** 经办人 of the signed-in enterprise. */
export function useAgents(enabled = true) {
  return useQuery({
    queryKey: meKeys.agents,
    queryFn: ({ signal }) => api.get<AgentView[]>('/api/me/agents', undefined, signal),
    enabled,
  });
}

export function useAddAgent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AddAgentRequest) => api.post<AgentView>('/api/me/agents', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: meKeys.agents }),
  });
}

export function useRemoveAgent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => api.delete(`/api/me/agents/${encodeURIComponent(personId)}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: meKeys.agents }),
  });
}
