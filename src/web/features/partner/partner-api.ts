import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Couple,
  CoupleNoticeKind,
  CoupleNoticeResponse,
  Invite,
  InvitePreview,
} from '../../../shared/api';
import { ApiError, api } from '../../data/client';
import { queryKeys } from '../../data/keys';

const NOTICE_KEY = ['couple-notice'] as const;

/** After linking or unlinking, everything that depends on the couple is stale. */
function useRefreshCouple() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.me });
    void client.invalidateQueries({ queryKey: queryKeys.couple });
    void client.invalidateQueries({ queryKey: queryKeys.today });
    void client.invalidateQueries({ queryKey: queryKeys.question });
    void client.invalidateQueries({ queryKey: queryKeys.history });
    void client.invalidateQueries({ queryKey: queryKeys.plan });
    void client.invalidateQueries({ queryKey: queryKeys.progress });
    void client.invalidateQueries({ queryKey: queryKeys.comparison });
    void client.invalidateQueries({ queryKey: queryKeys.sharing });
    void client.invalidateQueries({ queryKey: NOTICE_KEY });
  };
}

/** Case, dashes and spaces do not change a code: one cached answer for each. */
function previewKey(code: string) {
  return ['invite-preview', code.toUpperCase().replace(/[\s-]/g, '')] as const;
}

/** Who sent this invite (their name only); fails with `invalid_invite` when it matches none. */
export function useInvitePreview(code: string | null) {
  return useQuery({
    queryKey: previewKey(code ?? ''),
    queryFn: () => api.post<InvitePreview>('/api/couple/invites/preview', { code }),
    enabled: code !== null && code.trim() !== '',
    // Whether an invite still works can change (used, expired): ask again on each visit.
    staleTime: 0,
  });
}

export function useCreateInvite() {
  return useMutation({ mutationFn: () => api.post<Invite>('/api/couple/invites') });
}

/** The key of a join on its way: the join page waits for it before saying "already linked". */
export const JOIN_KEY = ['couple-join'] as const;

/**
 * Joins a partner by their code. `onJoined` runs with the join's own answer,
 * before anything is refreshed, and even if the screen that asked is gone by
 * then: the join's live event may refresh who I am first, and the join page
 * then gives way to "already linked".
 */
export function useJoin(onJoined: (couple: Couple) => void) {
  const refresh = useRefreshCouple();
  return useMutation({
    mutationKey: JOIN_KEY,
    mutationFn: (code: string) => api.post<Couple>('/api/couple/join', { code }),
    onSuccess: (couple) => {
      onJoined(couple);
      refresh();
    },
  });
}

export function useUnlink() {
  const client = useQueryClient();
  const refresh = useRefreshCouple();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/couple/unlink'),
    onSuccess: () => {
      // What screens not open now hold of the partner goes at once; the open ones ask again.
      client.removeQueries({ type: 'inactive' });
      refresh();
    },
  });
}

export function useUpdateCoupleTimeZone() {
  const refresh = useRefreshCouple();
  return useMutation({
    mutationFn: (timeZone: string) => api.patch<Couple>('/api/couple', { timeZone }),
    onSuccess: refresh,
  });
}

/**
 * The note waiting for this person, if any. Keyed by their couple too, so a
 * live "couple changed" (which refetches who they are) fetches it again.
 */
export function useCoupleNotice(coupleId: string | null) {
  return useQuery({
    queryKey: [...NOTICE_KEY, coupleId],
    queryFn: () => api.get<CoupleNoticeResponse>('/api/couple/notice'),
  });
}

/** Puts the note away at once; if the server says no, it comes back with a word why. */
export function useDismissNotice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kind: CoupleNoticeKind) =>
      api.delete<undefined>(`/api/couple/notice/${encodeURIComponent(kind)}`),
    onMutate: async () => {
      await client.cancelQueries({ queryKey: NOTICE_KEY });
      const before = client.getQueriesData<CoupleNoticeResponse>({ queryKey: NOTICE_KEY });
      client.setQueriesData<CoupleNoticeResponse>({ queryKey: NOTICE_KEY }, { notice: null });
      return { before };
    },
    onError: (error, _kind, context) => {
      // Already gone (dismissed on another device): nothing to bring back.
      if (error instanceof ApiError && error.status === 404) return;
      for (const [key, data] of context?.before ?? []) client.setQueryData(key, data);
    },
    onSettled: () => client.invalidateQueries({ queryKey: NOTICE_KEY }),
  });
}
