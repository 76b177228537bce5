import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DepthChoice, TodayQuestion } from '../../../shared/api';
import { api, hasCode } from '../../data/client';
import { queryKeys } from '../../data/keys';

export function useQuestion() {
  return useQuery({
    queryKey: queryKeys.question,
    queryFn: () => api.get<TodayQuestion>('/api/questions/today'),
  });
}

function questionPath(questionId: string, action: 'answer' | 'skip'): string {
  return `/api/questions/${encodeURIComponent(questionId)}/${action}`;
}

/** Takes the server's fresh view of the question, and refreshes what depends on it. */
function keep(client: QueryClient, today: TodayQuestion, also: readonly (readonly string[])[]) {
  client.setQueryData(queryKeys.question, today);
  for (const queryKey of also) void client.invalidateQueries({ queryKey });
}

export function useSaveAnswer(questionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.put<TodayQuestion>(questionPath(questionId, 'answer'), { text }),
    onSuccess: (today) =>
      keep(client, today, [queryKeys.history, queryKeys.today, queryKeys.progress]),
    onError: (error) => {
      // Locked means both answered meanwhile: fetch the revealed state.
      if (hasCode(error, 'answer_locked')) {
        void client.invalidateQueries({ queryKey: queryKeys.question });
      }
    },
  });
}

/** "Not now" for today's question, or taking it back: only ever about me. */
export function useSkipQuestion(questionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (skip: boolean) =>
      skip
        ? api.put<TodayQuestion>(questionPath(questionId, 'skip'), undefined)
        : api.delete<TodayQuestion>(questionPath(questionId, 'skip')),
    onSuccess: (today) => keep(client, today, [queryKeys.today]),
  });
}

/** Lighter or deeper questions to come, for my deck (shared with my partner). */
export function useChooseDepth() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (choice: DepthChoice) => api.put<TodayQuestion>('/api/questions/depth', { choice }),
    onSuccess: (today) => keep(client, today, []),
  });
}
