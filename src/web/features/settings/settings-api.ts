import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, SessionInfo } from '../../../shared/api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { leaveToWelcome } from '../auth/auth-api';

type ProfileChange = { displayName?: string; timeZone?: string };

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ProfileChange) => api.patch<Me>('/api/me', change),
    onSuccess: (me) => {
      client.setQueryData(queryKeys.me, me);
      void client.invalidateQueries({ queryKey: queryKeys.today });
      void client.invalidateQueries({ queryKey: queryKeys.question });
    },
  });
}

export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: async () =>
      (await api.get<{ sessions: SessionInfo[] }>('/api/auth/sessions')).sessions,
  });
}

function useSessionsRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: queryKeys.sessions });
}

export function useEndSession() {
  const refresh = useSessionsRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api.delete<undefined>(`/api/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}

export function useEndOtherSessions() {
  const refresh = useSessionsRefresh();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/auth/sessions/revoke-others'),
    onSuccess: refresh,
  });
}

export function useChangePassword() {
  const refresh = useSessionsRefresh();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<undefined>('/api/auth/password', body),
    onSuccess: refresh,
  });
}

export function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.delete<undefined>('/api/me', { password }),
    onSuccess: () => leaveToWelcome(client),
  });
}
