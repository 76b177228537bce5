import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pick as Mark } from '../../../core/mutual-match';
import type {
  Hobbies,
  HobbyMatches,
  HobbyPickResult,
  Travel,
  TravelIdea,
  TravelMatches,
  TravelPickResult,
  TravelWishBody,
  TripPlan,
  TripPlanBody,
} from '../../../shared/interests-api';
import { api } from '../../data/client';
import { interestKeys } from './interests-keys';

export function useHobbies() {
  return useQuery({
    queryKey: interestKeys.hobbyList,
    queryFn: () => api.get<Hobbies>('/api/hobbies'),
  });
}

export function useHobbyMatches() {
  return useQuery({
    queryKey: interestKeys.hobbyMatches,
    queryFn: () => api.get<HobbyMatches>('/api/hobbies/matches'),
  });
}

/** My mark shows at once; the server's answer brings our matches as they are now. */
export function usePickHobby() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, pick }: { id: string; pick: Mark }) =>
      api.put<HobbyPickResult>(`/api/hobbies/${encodeURIComponent(id)}/pick`, { pick }),
    onMutate: async ({ id, pick }) => {
      await client.cancelQueries({ queryKey: interestKeys.hobbyList });
      const before = client.getQueryData<Hobbies>(interestKeys.hobbyList);
      client.setQueryData<Hobbies>(interestKeys.hobbyList, (list) =>
        list
          ? { hobbies: list.hobbies.map((h) => (h.id === id ? { ...h, mine: pick } : h)) }
          : list,
      );
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(interestKeys.hobbyList, context.before);
    },
    onSuccess: (result) =>
      client.setQueryData<HobbyMatches>(interestKeys.hobbyMatches, { matches: result.matches }),
  });
}

export function useTravel() {
  return useQuery({
    queryKey: interestKeys.travelList,
    queryFn: () => api.get<Travel>('/api/travel'),
  });
}

export function useTravelMatches() {
  return useQuery({
    queryKey: interestKeys.travelMatches,
    queryFn: () => api.get<TravelMatches>('/api/travel/matches'),
  });
}

export function usePickTravel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, pick }: { id: string; pick: Mark }) =>
      api.put<TravelPickResult>(`/api/travel/${encodeURIComponent(id)}/pick`, { pick }),
    onMutate: async ({ id, pick }) => {
      await client.cancelQueries({ queryKey: interestKeys.travelList });
      const before = client.getQueryData<Travel>(interestKeys.travelList);
      client.setQueryData<Travel>(interestKeys.travelList, (list) =>
        list ? { ideas: list.ideas.map((i) => (i.id === id ? { ...i, mine: pick } : i)) } : list,
      );
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(interestKeys.travelList, context.before);
    },
    onSuccess: (result) =>
      client.setQueryData<TravelMatches>(interestKeys.travelMatches, { matches: result.matches }),
  });
}

export function useAddWish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TravelWishBody) => api.post<TravelIdea>('/api/travel/wishes', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: interestKeys.travel }),
  });
}

export function useRemoveWish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (wishId: string) =>
      api.delete<undefined>(`/api/travel/${encodeURIComponent(wishId)}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: interestKeys.travel }),
  });
}

export function useTripPlan(ideaId: string) {
  return useQuery({
    queryKey: interestKeys.plan(ideaId),
    queryFn: () => api.get<TripPlan>(`/api/travel/${encodeURIComponent(ideaId)}/plan`),
  });
}

function keepPlan(client: QueryClient, plan: TripPlan): void {
  client.setQueryData(interestKeys.plan(plan.ideaId), plan);
  void client.invalidateQueries({ queryKey: interestKeys.travelMatches });
}

function planPath(ideaId: string, rest = ''): string {
  return `/api/travel/${encodeURIComponent(ideaId)}/plan${rest}`;
}

export function useSetTripPlan(ideaId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TripPlanBody) => api.put<TripPlan>(planPath(ideaId), body),
    onSuccess: (plan) => keepPlan(client, plan),
  });
}

export function useAddChecklistItem(ideaId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<TripPlan>(planPath(ideaId, '/items'), { text }),
    onSuccess: (plan) => keepPlan(client, plan),
  });
}

export function useTickChecklistItem(ideaId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
      api.patch<TripPlan>(planPath(ideaId, `/items/${encodeURIComponent(itemId)}`), { done }),
    onSuccess: (plan) => keepPlan(client, plan),
  });
}

export function useRemoveChecklistItem(ideaId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      api.delete<TripPlan>(planPath(ideaId, `/items/${encodeURIComponent(itemId)}`)),
    onSuccess: (plan) => keepPlan(client, plan),
  });
}
