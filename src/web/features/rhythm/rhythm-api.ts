import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LifeEvent,
  LifeEventList,
  NewLifeEventBody,
  RhythmView,
} from '../../../shared/rhythm-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { rhythmKeys } from './rhythm-keys';

export function useRhythm(weeks: number) {
  return useQuery({
    queryKey: rhythmKeys.view(weeks),
    queryFn: () => api.get<RhythmView>(`/api/rhythm?weeks=${weeks}`),
  });
}

export function useLifeEvents() {
  return useQuery({
    queryKey: rhythmKeys.lifeEvents,
    queryFn: () => api.get<LifeEventList>('/api/life-events'),
  });
}

/** A life event reshapes the plan, Today's week and the weeks view: all are fetched again. */
function refreshPlan(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: rhythmKeys.all });
  void client.invalidateQueries({ queryKey: queryKeys.plan });
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

export function useAddLifeEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewLifeEventBody) => api.post<LifeEvent>('/api/life-events', body),
    onSuccess: () => refreshPlan(client),
  });
}

export function useEndLifeEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<LifeEvent>(`/api/life-events/${encodeURIComponent(id)}/end`),
    onSuccess: () => refreshPlan(client),
  });
}

export function useRemoveLifeEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<undefined>(`/api/life-events/${encodeURIComponent(id)}`),
    onSuccess: () => refreshPlan(client),
  });
}
