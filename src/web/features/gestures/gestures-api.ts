import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GestureLibrary, GestureToday } from '../../../shared/gestures-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

const todayKey = [...queryKeys.gestures, 'today'] as const;
const libraryKey = [...queryKeys.gestures, 'library'] as const;

export function useGestureToday() {
  return useQuery({
    queryKey: todayKey,
    queryFn: () => api.get<GestureToday>('/api/gestures/today'),
  });
}

export function useGestureLibrary() {
  return useQuery({
    queryKey: libraryKey,
    queryFn: () => api.get<GestureLibrary>('/api/gestures'),
  });
}

/** Takes the server's fresh view of today, and refreshes Today's cards and week. */
function keep(client: QueryClient, today: GestureToday): void {
  client.setQueryData(todayKey, today);
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

export function useMarkDone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (gestureId: string) =>
      api.put<GestureToday>('/api/gestures/today/done', { gestureId }),
    onSuccess: (today) => keep(client, today),
  });
}

export function useUndoDone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<GestureToday>('/api/gestures/today/done'),
    onSuccess: (today) => keep(client, today),
  });
}

/** "Not for me", or bringing a gesture back: mine alone. */
export function useNotForUs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ gestureId, notForUs }: { gestureId: string; notForUs: boolean }) => {
      const path = `/api/gestures/${encodeURIComponent(gestureId)}/not-for-us`;
      return notForUs ? api.put<GestureToday>(path, undefined) : api.delete<GestureToday>(path);
    },
    onSuccess: (today) => {
      keep(client, today);
      void client.invalidateQueries({ queryKey: libraryKey });
    },
  });
}

export function useThank() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (doneId: string) =>
      api.put<GestureToday>(`/api/gestures/done/${encodeURIComponent(doneId)}/thanks`, undefined),
    onSuccess: (today) => keep(client, today),
  });
}
