/**
 * The rules of reminders. A person gets at most one nudge a day, at the time
 * they chose, and only when something is waiting on them that no earlier
 * nudge was about. Every nudge says the same generic words, so what it is
 * about never leaves the server; these rules only decide whether it goes.
 */

/** Where a nudge can go besides the app itself (which always shows what is waiting, on Today). */
export const CHANNEL_IDS = ['email', 'push'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/**
 * What can be waiting on a person. Each is about the person's own next step,
 * never about something their partner did or when; nothing the private
 * screen or a therapy signal decided is ever among them.
 */
export const REMINDER_KINDS = [
  /** Their partner answered the day's question and they have not: answering reveals both. */
  'reveal',
  /** The day's question, not answered or set aside yet. */
  'question',
  /** The weekly check-in is tomorrow. */
  'checkin',
  /** A date the couple planned is today. */
  'date',
  /** A note left to be found has become visible and is unopened. */
  'note',
  /** A re-check of the intimacy check is due. */
  'recheck',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface DueReminder {
  kind: ReminderKind;
  /**
   * The thing itself, stable for as long as it is waiting ("question:<deck>:<day>",
   * "note:<id>"): the same thing is never the reason for a second nudge.
   */
  thing: string;
}

/**
 * What a nudge would be for: the reminders due now whose thing no earlier
 * nudge was about, each thing once, in the order of REMINDER_KINDS. Empty
 * means no nudge.
 */
export function newReminders(
  due: readonly DueReminder[],
  reminded: ReadonlySet<string>,
): DueReminder[] {
  const seen = new Set<string>();
  const fresh: DueReminder[] = [];
  for (const reminder of due) {
    if (reminded.has(reminder.thing) || seen.has(reminder.thing)) continue;
    seen.add(reminder.thing);
    fresh.push(reminder);
  }
  return fresh.sort((a, b) => REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind));
}

export interface ReminderChoices {
  /** The one switch for everything: off means no nudge on any channel. */
  enabled: boolean;
  channels: Readonly<Record<ChannelId, boolean>>;
}

/** The channels a nudge goes to: on for the person, and deliverable by this server. */
export function channelsToNudge(
  choices: ReminderChoices,
  available: Readonly<Record<ChannelId, boolean>>,
): ChannelId[] {
  if (!choices.enabled) return [];
  return CHANNEL_IDS.filter((id) => choices.channels[id] && available[id]);
}

/**
 * The idempotency key of a person's nudge on their local day over one
 * channel: a restart or a second instance finds it taken and sends nothing.
 */
export function nudgeKey(userId: string, day: string, channel: ChannelId): string {
  return `nudge:${userId}:${day}:${channel}`;
}
