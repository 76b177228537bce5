import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ListeningActionBody,
  ListeningPrompts,
  ListeningRatingBody,
  ListeningSession,
  ListeningSummary,
  StartListeningBody,
} from '../../../shared/listening-api';
import { api, hasCode } from '../../data/client';
import { queryKeys } from '../../data/keys';

const summaryKey = [...queryKeys.listening, 'summary'] as const;
const promptsKey = [...queryKeys.listening, 'prompts'] as const;
const sessionKey = (id: string) => [...queryKeys.listening, 'session', id] as const;
const sessionPath = (id: string) => `/api/listening/sessions/${encodeURIComponent(id)}`;

/** A live session refreshes itself now and then too, in case a live event was missed. */
const LIVE_REFRESH_MS = 20_000;

export function useListeningSummary() {
  return useQuery({
    queryKey: summaryKey,
    queryFn: () => api.get<ListeningSummary>('/api/listening/summary'),
  });
}

export function useListeningPrompts() {
  return useQuery({
    queryKey: promptsKey,
    queryFn: () => api.get<ListeningPrompts>('/api/listening/prompts'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useListeningSession(id: string) {
  return useQuery({
    queryKey: sessionKey(id),
    queryFn: () => api.get<ListeningSession>(sessionPath(id)),
    refetchInterval: (query) =>
      query.state.data && query.state.data.phase !== 'ended' ? LIVE_REFRESH_MS : false,
  });
}

/** Keeps the server's fresh view of a session, and refreshes what depends on it. */
function keep(client: QueryClient, session: ListeningSession): void {
  client.setQueryData(sessionKey(session.id), session);
  void client.invalidateQueries({ queryKey: summaryKey });
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

export function useStartListening() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartListeningBody) =>
      api.post<ListeningSession>('/api/listening/sessions', body),
    onSuccess: (session) => keep(client, session),
  });
}

export function useListeningAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ListeningActionBody) =>
      api.post<ListeningSession>(`${sessionPath(id)}/actions`, body),
    onSuccess: (session) => keep(client, session),
    // The other device moved the session on meanwhile: show where it is now.
    onError: () => void client.invalidateQueries({ queryKey: sessionKey(id) }),
  });
}

export function useRateListening(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ListeningRatingBody) =>
      api.put<ListeningSession>(`${sessionPath(id)}/rating`, body),
    onSuccess: (session) => keep(client, session),
    onError: (error) => {
      if (hasCode(error, 'answer_locked')) {
        void client.invalidateQueries({ queryKey: sessionKey(id) });
      }
    },
  });
}
