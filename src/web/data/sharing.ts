/** My opt-ins to show my own results to my partner (check, progress). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Sharing, SharingTopic } from '../../shared/program-api';
import { api } from './client';
import { queryKeys } from './keys';

export function useSharing() {
  return useQuery({ queryKey: queryKeys.sharing, queryFn: () => api.get<Sharing>('/api/sharing') });
}

export function useSetSharing(topic: SharingTopic) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (share: boolean) => api.put<Sharing>(`/api/sharing/${topic}`, { share }),
    onSuccess: (sharing) => {
      client.setQueryData(queryKeys.sharing, sharing);
      void client.invalidateQueries({
        queryKey: topic === 'check' ? queryKeys.comparison : queryKeys.progress,
      });
      void client.invalidateQueries({ queryKey: queryKeys.plan });
    },
  });
}
