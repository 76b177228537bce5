import { describe, expect, it } from 'vitest';
import {
  type ChannelId,
  channelsToNudge,
  type DueReminder,
  newReminders,
  nudgeKey,
  type ReminderChoices,
} from './reminders';

const question: DueReminder = { kind: 'question', thing: 'question:c:1:2026-03-02' };
const reveal: DueReminder = { kind: 'reveal', thing: 'reveal:c:1:2026-03-02' };
const note: DueReminder = { kind: 'note', thing: 'note:n1' };
const date: DueReminder = { kind: 'date', thing: 'date:d1' };
const recheck: DueReminder = { kind: 'recheck', thing: 'recheck:2026-04-06' };

describe('newReminders: each thing is the reason for one nudge at most', () => {
  it.each([
    ['nothing due', [], [], []],
    ['one thing, never reminded', [question], [], [question]],
    ['one thing, reminded before', [question], [question.thing], []],
    ['a new thing beside an old one', [note, question], [note.thing], [question]],
    ['the same thing twice', [note, note], [], [note]],
    ['in a fixed order', [recheck, date, note, reveal], [], [reveal, date, note, recheck]],
    ['all reminded before', [date, recheck], [date.thing, recheck.thing], []],
  ] as const)('%s', (_, due, reminded, expected) => {
    expect(newReminders(due, new Set(reminded))).toEqual(expected);
  });
});

const both: Record<ChannelId, boolean> = { email: true, push: true };
const emailOnly: Record<ChannelId, boolean> = { email: true, push: false };
const none: Record<ChannelId, boolean> = { email: false, push: false };
const on = (channels: Record<ChannelId, boolean>): ReminderChoices => ({ enabled: true, channels });

describe('channelsToNudge: on for the person and deliverable here', () => {
  it.each([
    ['email on, email available', on(emailOnly), emailOnly, ['email']],
    ['email on, no email on this server', on(emailOnly), none, []],
    ['both on, only email here', on(both), emailOnly, ['email']],
    ['both on, both here', on(both), both, ['email', 'push']],
    ['everything off in one place', { enabled: false, channels: both }, both, []],
    ['no channel chosen', on(none), both, []],
  ] as const)('%s', (_, choices, available, expected) => {
    expect(channelsToNudge(choices, available)).toEqual(expected);
  });
});

describe('nudgeKey', () => {
  it('names the person, their local day and the channel', () => {
    expect(nudgeKey('u1', '2026-03-02', 'email')).toBe('nudge:u1:2026-03-02:email');
    expect(nudgeKey('u1', '2026-03-02', 'push')).not.toBe(nudgeKey('u1', '2026-03-02', 'email'));
  });
});
