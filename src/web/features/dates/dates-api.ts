/** Date nights over the API: the library with my picks, our matches, planned dates, the feed. */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DateChangeBody,
  DateIdeas,
  DateMatches,
  DatePick,
  FeedState,
  NewDateBody,
  NewFeed,
  PickResult,
  PlannedDate,
  PlannedDates,
  ReflectionBody,
} from '../../../shared/dates-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { datesKeys } from './dates-keys';

export function useDateIdeas() {
  return useQuery({
    queryKey: datesKeys.ideas,
    queryFn: () => api.get<DateIdeas>('/api/dates/ideas'),
  });
}

export function useDateMatches() {
  return useQuery({
    queryKey: datesKeys.matches,
    queryFn: () => api.get<DateMatches>('/api/dates/matches'),
  });
}

export function usePlannedDates() {
  return useQuery({
    queryKey: datesKeys.planned,
    queryFn: () => api.get<PlannedDates>('/api/dates'),
  });
}

export function useFeedState() {
  return useQuery({
    queryKey: datesKeys.feed,
    queryFn: () => api.get<FeedState>('/api/dates/feed'),
  });
}

function pickPath(ideaId: string): string {
  return `/api/dates/ideas/${encodeURIComponent(ideaId)}/pick`;
}

function withPick(ideas: DateIdeas | undefined, ideaId: string, pick: DatePick | null) {
  if (!ideas) return ideas;
  return {
    ...ideas,
    ideas: ideas.ideas.map((idea) => (idea.id === ideaId ? { ...idea, myPick: pick } : idea)),
  };
}

/** Marks an idea for me at once on screen; the server's answer brings our matches with it. */
export function usePickIdea() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ideaId, pick }: { ideaId: string; pick: DatePick | null }) =>
      pick
        ? api.put<PickResult>(pickPath(ideaId), { pick })
        : api.delete<PickResult>(pickPath(ideaId)),
    onMutate: async ({ ideaId, pick }) => {
      await client.cancelQueries({ queryKey: datesKeys.ideas });
      const before = client.getQueryData<DateIdeas>(datesKeys.ideas);
      client.setQueryData(datesKeys.ideas, withPick(before, ideaId, pick));
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(datesKeys.ideas, context.before);
    },
    onSuccess: (result) => {
      client.setQueryData(datesKeys.ideas, (ideas: DateIdeas | undefined) =>
        withPick(ideas, result.ideaId, result.myPick),
      );
      client.setQueryData(datesKeys.matches, result.matches);
    },
  });
}

/** After a change to our dates: the lists, the matches (which show what is planned) and Today. */
function refreshDates(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: datesKeys.planned });
  void client.invalidateQueries({ queryKey: datesKeys.matches });
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

export function usePlanDate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDateBody) => api.post<PlannedDate>('/api/dates', body),
    onSuccess: () => refreshDates(client),
  });
}

export function useChangeDate(dateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DateChangeBody) =>
      api.patch<PlannedDate>(`/api/dates/${encodeURIComponent(dateId)}`, body),
    onSuccess: () => refreshDates(client),
  });
}

export function useCancelDate(dateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<undefined>(`/api/dates/${encodeURIComponent(dateId)}`),
    onSuccess: () => refreshDates(client),
  });
}

function keepDate(client: QueryClient, date: PlannedDate): void {
  client.setQueryData(datesKeys.planned, (dates: PlannedDates | undefined) =>
    dates
      ? {
          upcoming: dates.upcoming.map((d) => (d.id === date.id ? date : d)),
          past: dates.past.map((d) => (d.id === date.id ? date : d)),
        }
      : dates,
  );
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

export function useWriteReflection(dateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReflectionBody) =>
      api.put<PlannedDate>(`/api/dates/${encodeURIComponent(dateId)}/reflection`, body),
    onSuccess: (date) => keepDate(client, date),
  });
}

export function useRemoveReflection(dateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.delete<PlannedDate>(`/api/dates/${encodeURIComponent(dateId)}/reflection`),
    onSuccess: (date) => keepDate(client, date),
  });
}

/** A new feed address: shown once, here, and never again from the server. */
export function useMakeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NewFeed>('/api/dates/feed'),
    onSuccess: () => client.setQueryData(datesKeys.feed, { active: true }),
  });
}

export function useStopFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<undefined>('/api/dates/feed'),
    onSuccess: () => client.setQueryData(datesKeys.feed, { active: false }),
  });
}
