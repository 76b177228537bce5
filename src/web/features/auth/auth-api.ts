import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me, SignupBody } from '../../../shared/api';
import type { ResetBody } from '../../../shared/notifications-api';
import { api } from '../../data/client';
import { setDeviceModeUser } from '../../data/device-mode';
import { queryKeys } from '../../data/keys';
import { clearSessionEnded } from '../../data/session-ended';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { fetchPushDevices, removePushDevice } from '../notifications/notifications-api';
import { forgetThisDevice, localSubscription } from '../notifications/push-device';
import { confirmToPerson } from '../partner/couple-confirmation';
import { forgetInvite } from './pending-invite';

/** Drops anything cached for a previous person, then stores who is logged in now. */
function startSession(client: QueryClient, me: Me): void {
  clearSessionEnded();
  setDeviceModeUser(me.user.id);
  // Keep the "me" query itself: the screens observing it must see the new value.
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
  client.setQueryData(queryKeys.me, me);
}

/** Asks for a link to choose a new password (the answer is the same for any email). */
export function useRequestReset() {
  return useMutation({
    mutationFn: (email: string) => api.post<undefined>('/api/auth/reset-requests', { email }),
  });
}

/** Sets a new password with the emailed link; this browser is then logged in. */
export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ResetBody) => api.post<Me>('/api/auth/reset', body),
    onSuccess: (me) => startSession(client, me),
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.post<Me>('/api/auth/login', body),
    onSuccess: (me) => startSession(client, me),
  });
}

/**
 * Signing up from an invite link sends its code along: the new person lands
 * linked, with a confirmation on Today, or (the invite no longer works) on
 * their own, with a kind word about it there instead.
 */
export function useSignup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SignupBody) => api.post<Me>('/api/auth/signup', body),
    onSuccess: (me, body) => {
      // Settled before "me" is set: the guard then moves on to Today, not back to the invite.
      if (body.inviteCode !== undefined) {
        forgetInvite();
        if (me.couple) {
          confirmToPerson(me.user.id, { kind: 'linked', partnerName: me.couple.partnerName });
          announce(t('partner.joined', { partner: me.couple.partnerName }));
        } else {
          confirmToPerson(me.user.id, { kind: 'inviteGone' });
        }
      }
      startSession(client, me);
    },
  });
}

/** Forgets everything in memory and starts the app afresh at the welcome screen. */
export function leaveToWelcome(client: QueryClient): void {
  client.clear();
  window.location.replace('/');
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await forgetThisDevice({
        subscription: localSubscription,
        devices: async () => (await fetchPushDevices()).devices,
        remove: removePushDevice,
      });
      return api.post<undefined>('/api/auth/logout');
    },
    onSuccess: () => leaveToWelcome(client),
  });
}

export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
