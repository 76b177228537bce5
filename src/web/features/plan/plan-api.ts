import { useQuery } from '@tanstack/react-query';
import type { Plan } from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

export function usePlan() {
  return useQuery({ queryKey: queryKeys.plan, queryFn: () => api.get<Plan>('/api/plan') });
}
