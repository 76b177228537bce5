import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckDefinition,
  CheckResponseBody,
  CheckResultView,
} from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

export type CheckResults = { results: CheckResultView[]; nextCheckAt: string | null };

export function useCheckDefinition() {
  return useQuery({
    queryKey: queryKeys.check,
    queryFn: () => api.get<CheckDefinition>('/api/check'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCheckResults() {
  return useQuery({
    queryKey: queryKeys.checkResults,
    queryFn: () => api.get<CheckResults>('/api/check/results'),
  });
}

export function useSubmitCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckResponseBody) =>
      api.post<CheckResultView>('/api/check/responses', body),
    onSuccess: () => {
      for (const key of [
        queryKeys.checkResults,
        queryKeys.today,
        queryKeys.plan,
        queryKeys.progress,
        queryKeys.comparison,
      ]) {
        void client.invalidateQueries({ queryKey: key });
      }
    },
  });
}
