import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Agreements,
  CheckinHistory,
  CheckinState,
  PrepBody,
  ProposalBody,
  ReviewOutcomeName,
  StepBody,
} from '../../../shared/checkins-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { checkinKeys } from './checkin-keys';

export function useCheckinState() {
  return useQuery({
    queryKey: checkinKeys.state,
    queryFn: () => api.get<CheckinState>('/api/checkins/current'),
  });
}

export function useAgreements() {
  return useQuery({
    queryKey: checkinKeys.agreements,
    queryFn: () => api.get<Agreements>('/api/agreements'),
  });
}

const HISTORY_PAGE = 12;

function historyPath(before: string | null): string {
  const params = new URLSearchParams({ limit: String(HISTORY_PAGE) });
  if (before) params.set('before', before);
  return `/api/checkins/history?${params.toString()}`;
}

/** Past check-ins, newest first, a page at a time. */
export function useCheckinHistory() {
  return useInfiniteQuery({
    queryKey: checkinKeys.history,
    queryFn: ({ pageParam }) => api.get<CheckinHistory>(historyPath(pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
}

/** Takes the server's fresh view of the check-in, and refreshes what depends on it. */
function keep(client: QueryClient, state: CheckinState, also: readonly (readonly string[])[] = []) {
  client.setQueryData(checkinKeys.state, state);
  for (const queryKey of [queryKeys.today, checkinKeys.agreements, checkinKeys.history, ...also]) {
    void client.invalidateQueries({ queryKey });
  }
}

function useStateMutation<T>(
  send: (input: T) => Promise<CheckinState>,
  also: readonly (readonly string[])[] = [],
) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (state) => keep(client, state, also) });
}

export function useSavePrep() {
  return useStateMutation(
    (body: PrepBody) => api.put<CheckinState>('/api/checkins/current/prep', body),
    // The ratings are this week's pulse.
    [queryKeys.pulse, queryKeys.progress],
  );
}

export function useMoveStep() {
  return useStateMutation((body: StepBody) =>
    api.post<CheckinState>('/api/checkins/current/step', body),
  );
}

export function usePropose() {
  return useStateMutation((body: ProposalBody) =>
    api.put<CheckinState>('/api/checkins/schedule/proposal', body),
  );
}

export function useAcceptProposal() {
  return useStateMutation((_: undefined) =>
    api.post<CheckinState>('/api/checkins/schedule/proposal/accept'),
  );
}

/** Takes my proposal back, or declines my partner's. */
export function useClearProposal() {
  return useStateMutation((_: undefined) =>
    api.delete<CheckinState>('/api/checkins/schedule/proposal'),
  );
}

export function useAddAgreement() {
  return useStateMutation((text: string) => api.post<CheckinState>('/api/agreements', { text }));
}

export function useRemoveAgreement() {
  return useStateMutation((id: string) =>
    api.delete<CheckinState>(`/api/agreements/${encodeURIComponent(id)}`),
  );
}

export function useReviewAgreement() {
  return useStateMutation((input: { id: string; outcome: ReviewOutcomeName }) =>
    api.put<CheckinState>(`/api/agreements/${encodeURIComponent(input.id)}/review`, {
      outcome: input.outcome,
    }),
  );
}

export function useConcernStatus() {
  return useStateMutation((input: { id: string; resolved: boolean }) =>
    api.put<CheckinState>(`/api/checkins/concerns/${encodeURIComponent(input.id)}`, {
      resolved: input.resolved,
    }),
  );
}

export function useDismissNudge() {
  return useStateMutation((id: string) =>
    api.delete<CheckinState>(`/api/checkins/concerns/${encodeURIComponent(id)}/nudge`),
  );
}
