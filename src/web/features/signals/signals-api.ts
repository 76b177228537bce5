/** "Get support": my own suggestion, my private weekly answers, the resources and my summary. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SummarySection } from '../../../core/help-summary';
import type {
  PrivateWeek,
  PrivateWeekBody,
  Signals,
  Summary,
  SupportResourcesView,
} from '../../../shared/signals-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

const keys = {
  signals: ['signals'] as const,
  week: ['signals', 'week'] as const,
  summary: (sections: string) => ['signals', 'summary', sections] as const,
};

export function useSignals() {
  return useQuery({
    queryKey: keys.signals,
    queryFn: () => api.get<Signals>('/api/support/signals'),
  });
}

/** Dismiss, snooze or "we tried": the answer is my suggestion as it stands now (Today follows). */
function useSignalsChange<T>(send: (input: T) => Promise<Signals>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (signals) => {
      client.setQueryData(keys.signals, signals);
      void client.invalidateQueries({ queryKey: queryKeys.today });
    },
  });
}

export function useDismiss() {
  return useSignalsChange((id: string) =>
    api.post<Signals>(`/api/support/signals/${encodeURIComponent(id)}/dismiss`),
  );
}

export function useSnooze() {
  return useSignalsChange((id: string) =>
    api.post<Signals>(`/api/support/signals/${encodeURIComponent(id)}/snooze`),
  );
}

export function useSayWeTried() {
  return useSignalsChange(() => api.post<Signals>('/api/support/tried'));
}

export function usePrivateWeek() {
  return useQuery({
    queryKey: keys.week,
    queryFn: () => api.get<PrivateWeek>('/api/support/week'),
  });
}

export function useSavePrivateWeek() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PrivateWeekBody) => api.put<PrivateWeek>('/api/support/week', body),
    onSuccess: (week) => {
      client.setQueryData(keys.week, week);
      // The answers may bring a suggestion: my own Today and support page look again.
      for (const key of [keys.signals, queryKeys.today])
        void client.invalidateQueries({ queryKey: key, exact: true });
    },
  });
}

/** Public: contacts, directories and the guide for a country ('' for none chosen yet). */
export function useSupportResources(country: string) {
  return useQuery({
    queryKey: queryKeys.resources(country),
    queryFn: () =>
      api.get<SupportResourcesView>(
        country
          ? `/api/support/resources?country=${encodeURIComponent(country)}`
          : '/api/support/resources',
      ),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
}

/** The query string for a choice of sections (all: none needed). */
export function sectionsQuery(sections: readonly SummarySection[], all: number): string {
  return sections.length === all ? '' : `?sections=${sections.join(',')}`;
}

export function useSummary(query: string) {
  return useQuery({
    queryKey: keys.summary(query),
    queryFn: () => api.get<Summary>(`/api/me/summary${query}`),
    placeholderData: keepPreviousData,
  });
}
