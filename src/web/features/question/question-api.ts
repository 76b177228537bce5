import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TodayQuestion } from '../../../shared/api';
import { api, hasCode } from '../../data/client';
import { queryKeys } from '../../data/keys';

export function useQuestion() {
  return useQuery({
    queryKey: queryKeys.question,
    queryFn: () => api.get<TodayQuestion>('/api/questions/today'),
  });
}

export function useSaveAnswer(questionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.put<TodayQuestion>(`/api/questions/${encodeURIComponent(questionId)}/answer`, { text }),
    onSuccess: (today) => {
      client.setQueryData(queryKeys.question, today);
      void client.invalidateQueries({ queryKey: queryKeys.history });
      void client.invalidateQueries({ queryKey: queryKeys.today });
      void client.invalidateQueries({ queryKey: queryKeys.progress });
    },
    onError: (error) => {
      // Locked means both answered meanwhile: fetch the revealed state.
      if (hasCode(error, 'answer_locked')) {
        void client.invalidateQueries({ queryKey: queryKeys.question });
      }
    },
  });
}
