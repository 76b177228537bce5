/**
 * The weekly check-in's reminder: it is tomorrow and I have not prepared
 * yet (as Today says "tomorrow — prepare"). Not for a person the private
 * screen routed to their own support. Only whether I prepared is read:
 * never anything of my partner's preparation.
 */
import { localDay } from '../../../core/calendar';
import { checkinIsNear } from '../../../core/checkin';
import type { Db } from '../../db/database';
import { perPerson, type ReminderSource } from '../notifications/reminders.types';
import { agreedSchedule } from './checkins.present';
import { findSchedule } from './checkins.repository';
import { whichCheckin } from './checkins.state';

async function preparedFor(db: Db, userId: string, coupleId: string, day: string) {
  const row = await db
    .selectFrom('checkin_preps as p')
    .innerJoin('checkins as c', 'c.id', 'p.checkin_id')
    .select('p.checkin_id')
    .where('p.user_id', '=', userId)
    .where('c.couple_id', '=', coupleId)
    .where('c.day', '=', day)
    .executeTakeFirst();
  return row !== undefined;
}

export const checkinsReminders: ReminderSource = perPerson(async (deps, person, now) => {
  const { couple } = person;
  if (!couple || !person.coupleActivities) return [];
  const schedule = agreedSchedule(await findSchedule(deps.db, couple.id));
  if (!schedule) return [];
  const current = await whichCheckin({ db: deps.db, clock: { now: () => now } }, couple, schedule);
  if (checkinIsNear(current.day, localDay(now, couple.timeZone)) !== 'tomorrow') return [];
  if (await preparedFor(deps.db, person.userId, couple.id, current.day)) return [];
  return [{ kind: 'checkin', thing: `checkin:${couple.id}:${current.day}` }];
});
