/**
 * The daily question's reminders: today's question waiting on me, or the
 * reveal waiting on me (my partner answered, I have not). Like Today: not
 * once I answered or set it aside, and not the couple's question for a
 * person the private screen routed to their own support.
 */
import { localDay } from '../../../core/calendar';
import type { DueReminder } from '../../../core/reminders';
import { perPerson, type ReminderSource } from '../notifications/reminders.types';
import { findDay, findMoment } from './dialogue.repository';
import { scopeKey } from './dialogue.service';

export const dialogueReminders: ReminderSource = perPerson(async (deps, person, now) => {
  const { couple } = person;
  if (couple && !person.coupleActivities) return [];
  const scope = scopeKey(person.userId, couple?.id ?? null);
  const day = localDay(now, couple?.timeZone ?? person.timeZone);
  const rows = await findDay(deps.db, scope, day);
  if (rows.some((row) => row.answer_user_id === person.userId)) return [];
  const moment = await findMoment(deps.db, {
    userId: person.userId,
    scope,
    day,
    withPartner: couple !== null,
  });
  if (moment.skipped) return [];
  const partnerAnswered =
    couple !== null && rows.some((r) => r.answer_user_id === couple.partnerId);
  const reminder: DueReminder = partnerAnswered
    ? { kind: 'reveal', thing: `reveal:${scope}:${day}` }
    : { kind: 'question', thing: `question:${scope}:${day}` };
  return [reminder];
});
