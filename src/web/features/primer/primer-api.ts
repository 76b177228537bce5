import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Primer } from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

export function usePrimer() {
  return useQuery({ queryKey: queryKeys.primer, queryFn: () => api.get<Primer>('/api/primer') });
}

/** Marks a card seen; `reflection` undefined leaves my saved reflection as it is, null clears it. */
export function useSaveCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ cardId, reflection }: { cardId: string; reflection?: string | null }) =>
      api.put<Primer>(
        `/api/primer/${encodeURIComponent(cardId)}`,
        reflection === undefined ? {} : { reflection },
      ),
    onSuccess: (primer) => client.setQueryData(queryKeys.primer, primer),
  });
}

export function useCompletePrimer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Primer>('/api/primer/complete'),
    onSuccess: (primer) => {
      client.setQueryData(queryKeys.primer, primer);
      void client.invalidateQueries({ queryKey: queryKeys.today });
      void client.invalidateQueries({ queryKey: queryKeys.progress });
    },
  });
}
