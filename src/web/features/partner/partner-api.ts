import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Couple, Invite } from '../../../shared/api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

/** After linking or unlinking, everything that depends on the couple is stale. */
function useRefreshCouple() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.me });
    void client.invalidateQueries({ queryKey: queryKeys.couple });
    void client.invalidateQueries({ queryKey: queryKeys.today });
    void client.invalidateQueries({ queryKey: queryKeys.question });
    void client.invalidateQueries({ queryKey: queryKeys.history });
    void client.invalidateQueries({ queryKey: queryKeys.plan });
    void client.invalidateQueries({ queryKey: queryKeys.progress });
    void client.invalidateQueries({ queryKey: queryKeys.comparison });
    void client.invalidateQueries({ queryKey: queryKeys.sharing });
  };
}

export function useCreateInvite() {
  return useMutation({ mutationFn: () => api.post<Invite>('/api/couple/invites') });
}

export function useJoin() {
  const refresh = useRefreshCouple();
  return useMutation({
    mutationFn: (code: string) => api.post<Couple>('/api/couple/join', { code }),
    onSuccess: refresh,
  });
}

export function useUnlink() {
  const refresh = useRefreshCouple();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/couple/unlink'),
    onSuccess: refresh,
  });
}

export function useUpdateCoupleTimeZone() {
  const refresh = useRefreshCouple();
  return useMutation({
    mutationFn: (timeZone: string) => api.patch<Couple>('/api/couple', { timeZone }),
    onSuccess: refresh,
  });
}
