import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PrivateScreenView, Resources, RouteName } from '../../../shared/program-api';
import { api } from '../../data/client';
import { clearDeviceMode, saveDeviceMode } from '../../data/device-mode';
import { queryKeys } from '../../data/keys';

export type ScreenAnswer = 'yes' | 'no' | 'prefer-not';
export type Remember = 'account' | 'device' | 'none';
type ScreenResult = { route: RouteName; remember: Remember };

export function useForYou() {
  return useQuery({
    queryKey: queryKeys.forYou,
    queryFn: () => api.get<PrivateScreenView>('/api/for-you'),
  });
}

/** Public: the support contacts for a country ('' for none chosen yet). */
export function useResources(country: string) {
  return useQuery({
    queryKey: queryKeys.resources(country),
    queryFn: () =>
      api.get<Resources>(
        country
          ? `/api/support/resources?country=${encodeURIComponent(country)}`
          : '/api/support/resources',
      ),
    staleTime: Number.POSITIVE_INFINITY,
    // Changing country keeps the current list (and the focused select) until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

/** After the route changes, everything this person sees may change: refetch it all. */
function useRefreshAll() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'resources' });
}

export function useSubmitScreen() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (body: { answers: Record<string, ScreenAnswer>; remember: Remember }) =>
      api.post<ScreenResult>('/api/for-you/answers', body),
    onSuccess: (result) => {
      // Kept on this device: the route travels with each request from now on.
      if (result.remember === 'device' && result.route !== 'together') saveDeviceMode(result.route);
      else clearDeviceMode();
      refresh();
    },
  });
}

export function useForget() {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: () => api.delete<undefined>('/api/for-you/flag'),
    onSuccess: () => {
      clearDeviceMode();
      refresh();
    },
  });
}
