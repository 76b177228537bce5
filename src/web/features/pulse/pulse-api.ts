import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IntimacyKind } from '../../../shared/api';
import type { PulseBody } from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

export type PulseForm = {
  version: string;
  week: string;
  kinds: { kind: IntimacyKind; label: string }[];
  talk: { id: string; label: string; low: string; high: string };
  mine: PulseBody | null;
};

export function usePulseForm() {
  return useQuery({ queryKey: queryKeys.pulse, queryFn: () => api.get<PulseForm>('/api/pulse') });
}

export function useSavePulse() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PulseBody) => api.post<PulseBody & { week: string }>('/api/pulse', body),
    onSuccess: () => {
      for (const key of [queryKeys.pulse, queryKeys.today, queryKeys.progress]) {
        void client.invalidateQueries({ queryKey: key });
      }
    },
  });
}
