import { useQuery } from '@tanstack/react-query';
import type { Today } from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

/** The composite Today: what to do now, what waits, and this week's rhythm. */
export function useTodayOverview() {
  return useQuery({ queryKey: queryKeys.today, queryFn: () => api.get<Today>('/api/today') });
}
