/**
 * Dates' reminder: a date the couple planned is today (in the couple's
 * time zone) and has not begun. Not for a person the private screen routed
 * to their own support, as Today does not offer it.
 */
import { localDay } from '../../../core/calendar';
import { perPerson, type ReminderSource } from '../notifications/reminders.types';
import { findNextOnDay } from './dates.repository';

export const datesReminders: ReminderSource = perPerson(async (deps, person, now) => {
  const { couple } = person;
  if (!couple || !person.coupleActivities) return [];
  const next = await findNextOnDay(deps.db, {
    coupleId: couple.id,
    day: localDay(now, couple.timeZone),
    afterIso: now.toISOString(),
  });
  return next ? [{ kind: 'date', thing: `date:${next.id}` }] : [];
});
