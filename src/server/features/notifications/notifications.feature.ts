import type { Feature } from '../feature';
import { emailChannel } from './notifications.channels';
import { pushChannel } from './notifications.push';
import { notificationsRoutes } from './notifications.routes';

/**
 * Reminders (reach): a discreet daily nudge by email and web push at a time
 * each person chooses, outside their quiet hours, when something is waiting
 * on them — asked of every feature's `reminders`, as Today asks its
 * providers. Every nudge says the same generic words.
 */
export function notificationsFeature(features: readonly Feature[]): Feature {
  const sources = features.flatMap((f) => (f.reminders ? [f.reminders] : []));
  return {
    id: 'notifications',
    routes: (app, deps) =>
      notificationsRoutes(app, deps, sources, [emailChannel(deps), pushChannel(deps)]),
    tables: ['notification_settings', 'notification_reminders', 'push_subscriptions'],
    textFields: [],
  };
}
