/** The decks' data: reads through the filtered routes, and writes that refresh what depends on them. */
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Depth } from '../../../shared/api';
import type {
  Card,
  DayReactions,
  DeckDetail,
  Decks,
  NextQuestion,
  OwnQuestions,
  Reaction,
  TalkList,
} from '../../../shared/decks-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { deckKeys } from './decks-keys';

const cardPath = (cardId: string, action = '') =>
  `/api/deck-cards/${encodeURIComponent(cardId)}${action}`;
const dayPath = (day: string, action: string) =>
  `/api/questions/days/${encodeURIComponent(day)}${action}`;

export function useDecks() {
  return useQuery({ queryKey: deckKeys.list, queryFn: () => api.get<Decks>('/api/decks') });
}

export function useDeck(deckId: string | undefined) {
  return useInfiniteQuery({
    enabled: deckId !== undefined,
    queryKey: deckKeys.deck(deckId ?? ''),
    queryFn: ({ pageParam }) =>
      api.get<DeckDetail>(
        `/api/decks/${encodeURIComponent(deckId ?? '')}${pageParam ? `?before=${pageParam}` : ''}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useCard(cardId: string) {
  return useQuery({
    queryKey: deckKeys.card(cardId),
    queryFn: () => api.get<Card>(cardPath(cardId)),
  });
}

export function useTalkList(enabled: boolean) {
  return useQuery({
    queryKey: deckKeys.talk,
    queryFn: () => api.get<TalkList>('/api/decks/talk'),
    enabled,
  });
}

export function useOwnQuestions() {
  return useQuery({
    queryKey: deckKeys.own,
    queryFn: () => api.get<OwnQuestions>('/api/decks/own/questions'),
  });
}

export function useDayReactions(day: string) {
  return useQuery({
    queryKey: deckKeys.day(day),
    queryFn: () => api.get<DayReactions>(dayPath(day, '/reactions')),
  });
}

export function useNextQuestion(deckId: string, depth: Depth | null, offset: number) {
  const query = new URLSearchParams();
  if (depth) query.set('depth', depth);
  if (offset > 0) query.set('offset', String(offset));
  const search = query.size > 0 ? `?${query}` : '';
  return useQuery({
    queryKey: deckKeys.next(deckId, depth ?? 'any', offset),
    queryFn: () => api.get<NextQuestion>(`/api/decks/${encodeURIComponent(deckId)}/next${search}`),
    // The question being answered side by side must not change under the couple.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A fresh card from the server, and everything that counts cards refreshed. */
function keepCard(client: QueryClient, card: Card): void {
  client.setQueryData(deckKeys.card(card.id), card);
  void client.invalidateQueries({ queryKey: deckKeys.list });
  void client.invalidateQueries({ queryKey: ['decks', 'deck'] });
  void client.invalidateQueries({ queryKey: deckKeys.talk });
  void client.invalidateQueries({ queryKey: queryKeys.today });
}

export function useDrawCard(deckId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (depth: Depth | null) =>
      api.post<Card>(`/api/decks/${encodeURIComponent(deckId)}/draw`, { depth }),
    onSuccess: (card) => keepCard(client, card),
  });
}

export function useAnswerCard(cardId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<Card>(cardPath(cardId, '/answer'), { text }),
    onSuccess: (card) => keepCard(client, card),
    onError: () => void client.invalidateQueries({ queryKey: deckKeys.card(cardId) }),
  });
}

/** "Not now", or taking it back: only ever about me. */
export function useSkipCard(cardId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (skip: boolean) =>
      skip
        ? api.put<Card>(cardPath(cardId, '/skip'), undefined)
        : api.delete<Card>(cardPath(cardId, '/skip')),
    onSuccess: (card) => keepCard(client, card),
  });
}

export function usePutBackCard(cardId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<undefined>(cardPath(cardId)),
    onSuccess: () => {
      client.removeQueries({ queryKey: deckKeys.card(cardId) });
      void client.invalidateQueries({ queryKey: deckKeys.all });
      void client.invalidateQueries({ queryKey: queryKeys.today });
    },
  });
}

export type ReactionChange =
  | { kind: 'reaction'; reaction: Reaction | null }
  | { kind: 'talk'; talk: boolean }
  | { kind: 'talked' };

function send(path: (action: string) => string, change: ReactionChange) {
  switch (change.kind) {
    case 'reaction':
      return {
        method: 'put' as const,
        url: path('/reaction'),
        body: { reaction: change.reaction },
      };
    case 'talk':
      return { method: 'put' as const, url: path('/talk'), body: { talk: change.talk } };
    case 'talked':
      return { method: 'delete' as const, url: path('/talk'), body: undefined };
  }
}

async function request<T>(path: (action: string) => string, change: ReactionChange): Promise<T> {
  const { method, url, body } = send(path, change);
  return method === 'put' ? api.put<T>(url, body) : api.delete<T>(url);
}

export function useCardReaction(cardId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ReactionChange) =>
      request<Card>((action) => cardPath(cardId, action), change),
    onSuccess: (card) => keepCard(client, card),
  });
}

export function useDayReaction(day: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ReactionChange) =>
      request<DayReactions>((action) => dayPath(day, action), change),
    onSuccess: (state) => {
      client.setQueryData(deckKeys.day(day), state);
      void client.invalidateQueries({ queryKey: deckKeys.talk });
    },
  });
}

/** "We talked about it", from the list: the card's or the day's marks are cleared for both. */
export function useClearTalk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (target: { cardId: string } | { day: string }): Promise<void> => {
      if ('cardId' in target) await api.delete<Card>(cardPath(target.cardId, '/talk'));
      else await api.delete<DayReactions>(dayPath(target.day, '/talk'));
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: deckKeys.all }),
  });
}

function keepOwn(client: QueryClient, own: OwnQuestions): void {
  client.setQueryData(deckKeys.own, own);
  void client.invalidateQueries({ queryKey: deckKeys.list });
  void client.invalidateQueries({ queryKey: deckKeys.deck('own') });
}

export function useAddOwnQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<OwnQuestions>('/api/decks/own/questions', { text }),
    onSuccess: (own) => keepOwn(client, own),
  });
}

export function useRemoveOwnQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.delete<OwnQuestions>(`/api/decks/own/questions/${encodeURIComponent(id)}`),
    onSuccess: (own) => keepOwn(client, own),
  });
}

export function useKeepTogether() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { deckId: string; questionId: string; mine: string; partner: string }) =>
      api.post<Card>('/api/deck-cards/together', { ...body, bothAgreed: true }),
    onSuccess: (card) => keepCard(client, card),
  });
}
