/**
 * Reminder settings: one switch for everything, the channels, the time of
 * the daily nudge and quiet hours, in the person's own time zone; and the
 * one-click unsubscribe link every email carries, which works without
 * logging in. Saving plans the next nudge (nextNudge in core/quiet-hours.ts).
 */
import { type NudgeSchedule, nextNudge, type PlannedNudge } from '../../../core/quiet-hours';
import type { ChannelId } from '../../../core/reminders';
import type { NotificationChoices, NotificationSettings } from '../../../shared/notifications-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError } from '../../lib/errors';
import type { ServiceDeps } from '../deps';
import { findSettings, type SettingsRow, saveSettings } from './notifications.repository';
import { readUnsubscribeToken } from './notifications.tokens';

export type Availability = Readonly<Record<ChannelId, boolean>>;

/** Until a person chooses: reminders may come, but over no channel, at 19:00, never at night. */
export const DEFAULT_CHOICES: NotificationChoices = {
  enabled: true,
  channels: { email: false, push: false },
  nudgeTime: '19:00',
  quietHours: { from: '22:00', to: '08:00' },
};

export function choicesOf(row: SettingsRow | undefined): NotificationChoices {
  if (!row) return DEFAULT_CHOICES;
  return {
    enabled: row.enabled === 1,
    channels: { email: row.email === 1, push: row.push === 1 },
    nudgeTime: row.nudge_time,
    quietHours:
      row.quiet_from !== null && row.quiet_to !== null
        ? { from: row.quiet_from, to: row.quiet_to }
        : null,
  };
}

export function scheduleOf(choices: NotificationChoices, timeZone: string): NudgeSchedule {
  return { nudgeTime: choices.nudgeTime, quiet: choices.quietHours, timeZone };
}

/** The next nudge from `from`; null when reminders are off or no channel is chosen. */
export function planNext(
  choices: NotificationChoices,
  timeZone: string,
  from: Date,
): PlannedNudge | null {
  if (!choices.enabled || !(choices.channels.email || choices.channels.push)) return null;
  return nextNudge(from, scheduleOf(choices, timeZone));
}

function rowOf(
  userId: string,
  choices: NotificationChoices,
  timeZone: string,
  now: Date,
): SettingsRow {
  const next = planNext(choices, timeZone, now);
  return {
    user_id: userId,
    enabled: choices.enabled ? 1 : 0,
    email: choices.channels.email ? 1 : 0,
    push: choices.channels.push ? 1 : 0,
    nudge_time: choices.nudgeTime,
    quiet_from: choices.quietHours?.from ?? null,
    quiet_to: choices.quietHours?.to ?? null,
    next_nudge_at: next?.at.toISOString() ?? null,
    next_nudge_day: next?.day ?? null,
    planned_zone: next ? timeZone : null,
    updated_at: now.toISOString(),
  };
}

function present(
  choices: NotificationChoices,
  timeZone: string,
  available: Availability,
  now: Date,
): NotificationSettings {
  const reachable = choices.channels.email && available.email;
  const pushable = choices.channels.push && available.push;
  const next = reachable || pushable ? planNext(choices, timeZone, now) : null;
  return {
    ...choices,
    timeZone,
    available: { ...available },
    nextNudgeAt: next?.at.toISOString() ?? null,
  };
}

export async function getSettings(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  available: Availability,
): Promise<NotificationSettings> {
  const row = await findSettings(deps.db, auth.user.id);
  return present(choicesOf(row), auth.user.timeZone, available, deps.clock.now());
}

/**
 * Saves the person's choices and plans their next nudge. A channel this
 * server cannot send over cannot be turned on (one kept on from before is
 * kept, and simply not used).
 */
export async function updateSettings(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  available: Availability,
  choices: NotificationChoices,
): Promise<NotificationSettings> {
  const before = choicesOf(await findSettings(deps.db, auth.user.id));
  for (const id of ['email', 'push'] as const) {
    if (choices.channels[id] && !before.channels[id] && !available[id])
      throw new DomainError(
        'channel_unavailable',
        id === 'email'
          ? 'This server is not set up to send email.'
          : 'This server is not set up for notifications on devices.',
      );
  }
  const now = deps.clock.now();
  await saveSettings(deps.db, rowOf(auth.user.id, choices, auth.user.timeZone, now));
  return present(choices, auth.user.timeZone, available, now);
}

/**
 * The unsubscribe link: turns email reminders off for the person it was
 * made for. Anyone holding the link may use it, any number of times, with
 * the same answer; a link that is not one of ours is refused.
 */
export async function unsubscribe(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret'>,
  token: string,
): Promise<void> {
  const userId = readUnsubscribeToken(deps.secret, token);
  if (userId === null)
    throw new DomainError(
      'invalid_link',
      'This link does not work. You can turn emails off in Settings.',
    );
  const row = await findSettings(deps.db, userId);
  // An account deleted since, or emails already off: nothing left to do.
  if (!row || row.email === 0) return;
  // The next nudge stays as planned: with push still on it goes there; otherwise it finds nothing to send.
  await saveSettings(deps.db, { ...row, email: 0, updated_at: deps.clock.now().toISOString() });
}
