import { useInfiniteQuery } from '@tanstack/react-query';
import type { History } from '../../../shared/api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

const PAGE_SIZE = 30;

function historyPath(before: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (before) params.set('before', before);
  return `/api/questions/history?${params.toString()}`;
}

/** Past questions, newest first, one page of 30 at a time. */
export function useHistory() {
  return useInfiniteQuery({
    queryKey: queryKeys.history,
    queryFn: ({ pageParam }) => api.get<History>(historyPath(pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
}
