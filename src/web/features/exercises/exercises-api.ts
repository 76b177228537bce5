/** The exercises' data: the list, one exercise, the couple's run under way, and a run's actions. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CurrentRun,
  Exercise,
  ExerciseList,
  Run,
  StartRunBody,
} from '../../../shared/exercises-api';
import { api } from '../../data/client';
import { EXERCISES_KEY } from './exercises-keys';

const keys = {
  list: (all: boolean) => [...EXERCISES_KEY, 'list', all ? 'all' : 'fitting'] as const,
  exercise: (id: string) => [...EXERCISES_KEY, 'exercise', id] as const,
  current: [...EXERCISES_KEY, 'current'] as const,
  run: (id: string) => [...EXERCISES_KEY, 'run', id] as const,
};

/** The list; while we live apart, `all` also asks for the exercises that need us in one room. */
export function useExerciseList(all = false) {
  return useQuery({
    queryKey: keys.list(all),
    queryFn: () => api.get<ExerciseList>(all ? '/api/exercises?all=true' : '/api/exercises'),
    // Switching between the two keeps the list on screen until the other arrives.
    placeholderData: keepPreviousData,
  });
}

export function useExercise(exerciseId: string) {
  return useQuery({
    queryKey: keys.exercise(exerciseId),
    queryFn: () => api.get<Exercise>(`/api/exercises/${encodeURIComponent(exerciseId)}`),
    retry: false,
  });
}

export function useCurrentRun() {
  return useQuery({
    queryKey: keys.current,
    queryFn: () => api.get<CurrentRun>('/api/exercise-runs/current'),
  });
}

/**
 * A run's state. While it is under way it is fetched again now and then, so
 * a missed live event (a phone that slept) cannot leave it out of step for long.
 */
export function useRun(runId: string) {
  return useQuery({
    queryKey: keys.run(runId),
    queryFn: () => api.get<Run>(`/api/exercise-runs/${encodeURIComponent(runId)}`),
    retry: false,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'invited' || status === 'starting' || status === 'running' ? 15_000 : false;
    },
  });
}

function runPath(runId: string, action: 'consent' | 'stop' | 'finish'): string {
  return `/api/exercise-runs/${encodeURIComponent(runId)}/${action}`;
}

export function useStartRun(exerciseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartRunBody) =>
      api.post<Run>(`/api/exercises/${encodeURIComponent(exerciseId)}/runs`, body),
    onSuccess: (run) => {
      client.setQueryData(keys.run(run.id), run);
      void client.invalidateQueries({ queryKey: keys.current });
    },
  });
}

/** "I'm ready", "we're done" and "stop": each answers with (or refetches) the run. */
export function useRunAction(runId: string) {
  const client = useQueryClient();
  const keep = (run: Run) => {
    client.setQueryData(keys.run(runId), run);
    void client.invalidateQueries({ queryKey: keys.current });
  };
  const consent = useMutation({
    mutationFn: () => api.post<Run>(runPath(runId, 'consent')),
    onSuccess: keep,
  });
  const finish = useMutation({
    mutationFn: () => api.post<Run>(runPath(runId, 'finish')),
    onSuccess: keep,
  });
  const stop = useMutation({
    mutationFn: () => api.post<undefined>(runPath(runId, 'stop')),
    onSettled: () => void client.invalidateQueries({ queryKey: EXERCISES_KEY }),
  });
  return { consent, finish, stop };
}
