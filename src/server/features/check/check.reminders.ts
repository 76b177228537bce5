/**
 * The intimacy check's reminder: a re-check is due (five weeks after the
 * last), as Today suggests it. Each due re-check reminds once.
 */
import { perPerson, type ReminderSource } from '../notifications/reminders.types';
import { findLatestCheckResult } from './check.repository';
import { nextCheckAt } from './check.service';

export const checkReminders: ReminderSource = perPerson(async (deps, person, now) => {
  const latest = await findLatestCheckResult(deps.db, person.userId);
  const due = nextCheckAt(latest?.taken_at);
  if (due === null || Date.parse(due) > now.getTime()) return [];
  return [{ kind: 'recheck', thing: `recheck:${due}` }];
});
