import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChallengeSettings,
  ChallengeWeek,
  CurrentChallenge,
  PastChallenges,
} from '../../../shared/challenges-api';
import type { ChallengeAnswer } from '../../../shared/play-limits';
import { api, hasCode } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { challengeKeys } from './challenges-keys';

export function useCurrentChallenge() {
  return useQuery({
    queryKey: challengeKeys.current,
    queryFn: () => api.get<CurrentChallenge>('/api/challenges/current'),
  });
}

export function usePastChallenges(enabled: boolean) {
  return useQuery({
    queryKey: challengeKeys.past,
    queryFn: () => api.get<PastChallenges>('/api/challenges/past'),
    enabled,
  });
}

function weekPath(weekId: string, action: string): string {
  return `/api/challenges/${encodeURIComponent(weekId)}/${action}`;
}

/** Takes the server's fresh view of a week, and refreshes what depends on it. */
function keep(client: QueryClient, week: ChallengeWeek): void {
  client.setQueryData<CurrentChallenge>(challengeKeys.current, (current) =>
    current?.current?.id === week.id ? { ...current, current: week } : current,
  );
  void client.invalidateQueries({ queryKey: challengeKeys.past });
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

/** On a conflict (the week changed meanwhile), fetch the week as it is now. */
function refetchOnConflict(client: QueryClient, error: unknown): void {
  if (hasCode(error, 'answer_locked') || hasCode(error, 'limit_reached')) {
    void client.invalidateQueries({ queryKey: challengeKeys.all });
  }
}

export function useAnswerChallenge(week: ChallengeWeek) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: ChallengeAnswer) =>
      api.put<ChallengeWeek>(weekPath(week.id, 'answer'), {
        answer,
        challengeId: week.challenge.id,
      }),
    onSuccess: (next) => keep(client, next),
    onError: (error) => refetchOnConflict(client, error),
  });
}

export function useSwapChallenge(weekId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ChallengeWeek>(weekPath(weekId, 'swap')),
    onSuccess: (next) => keep(client, next),
    onError: (error) => refetchOnConflict(client, error),
  });
}

export function useMarkChallengeDone(weekId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ChallengeWeek>(weekPath(weekId, 'done')),
    onSuccess: (next) => keep(client, next),
    onError: (error) => refetchOnConflict(client, error),
  });
}

export function useSaveReflection(weekId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; shared: boolean }) =>
      api.put<ChallengeWeek>(weekPath(weekId, 'reflection'), body),
    onSuccess: (next) => {
      keep(client, next);
      client.setQueryData<PastChallenges>(challengeKeys.past, (past) =>
        past ? { weeks: past.weeks.map((w) => (w.id === next.id ? next : w)) } : past,
      );
    },
  });
}

export function useChallengeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: ChallengeSettings) =>
      api.put<CurrentChallenge>('/api/challenges/settings', settings),
    onSuccess: (current) => client.setQueryData(challengeKeys.current, current),
  });
}
