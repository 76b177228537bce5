import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationChoices,
  NotificationSettings,
  PushDevice,
  PushDevices,
  PushSubscriptionBody,
} from '../../../shared/notifications-api';
import { api } from '../../data/client';
import { PUSH_DEVICES_PATH } from './push-keys';

export const notificationSettingsKey = ['notification-settings'] as const;

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationSettingsKey,
    queryFn: () => api.get<NotificationSettings>('/api/me/notifications'),
  });
}

export function useSaveNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (choices: NotificationChoices) =>
      api.put<NotificationSettings>('/api/me/notifications', choices),
    onSuccess: (settings) => client.setQueryData(notificationSettingsKey, settings),
  });
}

export const pushDevicesKey = ['push-devices'] as const;

export const fetchPushDevices = () => api.get<PushDevices>(PUSH_DEVICES_PATH);
export const removePushDevice = (id: string) =>
  api.delete<undefined>(`${PUSH_DEVICES_PATH}/${encodeURIComponent(id)}`);

/** My devices with notifications on, and the server's key to turn on another. */
export function usePushDevices() {
  return useQuery({ queryKey: pushDevicesKey, queryFn: fetchPushDevices });
}

export function useAddPushDevice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PushSubscriptionBody) => api.post<PushDevice>(PUSH_DEVICES_PATH, body),
    onSettled: () => client.invalidateQueries({ queryKey: pushDevicesKey }),
  });
}

export function useRemovePushDevice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removePushDevice,
    onSettled: () => client.invalidateQueries({ queryKey: pushDevicesKey }),
  });
}

/** The link in a reminder email: works without logging in. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => api.post<undefined>(`/unsubscribe/${encodeURIComponent(token)}`),
  });
}
