import { useQuery } from '@tanstack/react-query';
import type { Progress } from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

export function useProgress() {
  return useQuery({
    queryKey: queryKeys.progress,
    queryFn: () => api.get<Progress>('/api/progress'),
  });
}
