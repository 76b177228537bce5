import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationChoices, NotificationSettings } from '../../../shared/notifications-api';
import { api } from '../../data/client';

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

/** The link in a reminder email: works without logging in. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => api.post<undefined>(`/unsubscribe/${encodeURIComponent(token)}`),
  });
}
