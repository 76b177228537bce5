import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Me } from '../../shared/api';
import { ApiError, isSessionLost } from './client';
import { queryKeys } from './keys';
import { markSessionEnded } from './session-ended';

/** Forgets everything about the person and marks them logged out. */
export function markLoggedOut(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
  client.setQueryData<Me | null>(queryKeys.me, null);
}

function onSessionLost(client: QueryClient): void {
  markSessionEnded();
  markLoggedOut(client);
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Client errors will not fix themselves; network and server hiccups might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isSessionLost(error)) onSessionLost(client);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSessionLost(error)) onSessionLost(client);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  return client;
}
