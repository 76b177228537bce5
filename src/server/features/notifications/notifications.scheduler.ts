/**
 * The daily nudge. On each scheduler tick (once a minute, on every
 * instance) the people whose nudge time has come are taken in turn: one
 * instance moves each person's next nudge on (the others find it moved and
 * leave it), asks every feature what is waiting on them, and, if something
 * is that no nudge was about before, adds one job per channel with the key
 * `nudge:<person>:<their local day>:<channel>`. The job sends the same
 * generic words whatever the reason.
 *
 * A nudge goes only at the person's chosen time (moved out of quiet hours):
 * never later in the day because their partner did something, so its
 * arrival says nothing about when the partner was active. One missed by
 * more than half an hour (the server was down) waits for the next day.
 */
import { z } from 'zod';
import { localDay } from '../../../core/calendar';
import { nudgeExpiry } from '../../../core/nudge-expiry';
import { mayOfferCoupleActivities } from '../../../core/private-screen';
import { isDueNow, isQuietAt } from '../../../core/quiet-hours';
import {
  CHANNEL_IDS,
  channelsToNudge,
  type DueReminder,
  newReminders,
  nudgeKey,
} from '../../../core/reminders';
import { findPeople, type PersonRow } from '../../auth/sessions';
import { keyedHash } from '../../lib/tokens';
import { strongestRoute } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { availabilityOf, type Channel } from './notifications.channels';
import {
  findRemindedThings,
  findSettings,
  insertRemindedThings,
  listDueSettings,
  moveNextNudge,
  pruneRemindedThings,
} from './notifications.repository';
import { choicesOf, planNext } from './notifications.service';
import type { ReminderPerson, ReminderSource } from './reminders.types';

export const NUDGE_JOB = 'notifications.nudge';

export const nudgeJobSchema = z.object({
  userId: z.string(),
  channel: z.enum(CHANNEL_IDS),
  /** The person's local day the nudge belongs to. */
  day: z.string(),
});
export type NudgeJob = z.infer<typeof nudgeJobSchema>;

/** People looked at per tick; more wait for the next one. */
const BATCH = 200;
/** Things reminded of longer ago than this are forgotten. */
const FORGET_AFTER_MS = 120 * 24 * 3600_000;

type PlannerDeps = Pick<ServiceDeps, 'db' | 'dialect' | 'catalog' | 'secret' | 'jobs'>;

function reminderPerson(row: PersonRow): ReminderPerson {
  return {
    userId: row.user_id,
    timeZone: row.time_zone,
    couple:
      row.couple_id && row.partner_id
        ? {
            id: row.couple_id,
            partnerId: row.partner_id,
            timeZone: row.couple_time_zone ?? row.time_zone,
          }
        : null,
    coupleActivities: mayOfferCoupleActivities(strongestRoute(row.routes)),
  };
}

/** Every feature's reminders for these people, gathered per person. */
async function gatherDue(
  deps: PlannerDeps,
  sources: readonly ReminderSource[],
  people: readonly ReminderPerson[],
  now: Date,
): Promise<Map<string, DueReminder[]>> {
  const all = new Map<string, DueReminder[]>();
  for (const source of sources) {
    const part = await source.due(deps, people, now);
    for (const [userId, due] of part) all.set(userId, [...(all.get(userId) ?? []), ...due]);
  }
  return all;
}

interface Ready {
  person: ReminderPerson;
  day: string;
  channels: ReturnType<typeof channelsToNudge>;
}

/** The scheduler's task: plans the nudges whose time has come. */
export function nudgePlanner(
  deps: PlannerDeps,
  sources: readonly ReminderSource[],
  channels: readonly Channel[],
): (now: Date) => Promise<void> {
  const available = availabilityOf(channels);
  return async (now) => {
    const nowIso = now.toISOString();
    await pruneRemindedThings(deps.db, new Date(now.getTime() - FORGET_AFTER_MS).toISOString());
    const due = await listDueSettings(deps.db, nowIso, BATCH);
    if (due.length === 0) return;
    const people = await findPeople(
      deps.db,
      due.map((row) => row.user_id),
      nowIso,
    );
    const ready: Ready[] = [];
    for (const row of due) {
      const who = people.get(row.user_id);
      if (!who || row.next_nudge_at === null) continue;
      const choices = choicesOf(row);
      const planned = new Date(row.next_nudge_at);
      // Planned in another time zone than the person's now: plan again, send nothing yet.
      const onTime = row.planned_zone === who.time_zone && isDueNow(planned, now);
      const next = planNext(choices, who.time_zone, onTime ? new Date(planned.getTime() + 1) : now);
      const moved = await moveNextNudge(deps.db, {
        userId: row.user_id,
        from: row.next_nudge_at,
        next: next && { at: next.at.toISOString(), day: next.day, zone: who.time_zone },
      });
      if (!moved || !onTime) continue;
      const to = channelsToNudge(choices, available);
      if (to.length === 0) continue;
      ready.push({
        person: reminderPerson(who),
        day: row.next_nudge_day ?? localDay(planned, who.time_zone),
        channels: to,
      });
    }
    if (ready.length === 0) return;
    const waiting = await gatherDue(
      deps,
      sources,
      ready.map((r) => r.person),
      now,
    );
    for (const { person, day, channels: to } of ready) {
      // Kept as keyed hashes: the table says nothing of what the nudges were about.
      const hashed = (waiting.get(person.userId) ?? []).map((reminder) => ({
        kind: reminder.kind,
        thing: keyedHash(deps.secret, `reminder:${person.userId}:${reminder.thing}`),
      }));
      const reminded = await findRemindedThings(
        deps.db,
        person.userId,
        hashed.map((reminder) => reminder.thing),
      );
      const fresh = newReminders(hashed, reminded);
      if (fresh.length === 0) continue;
      const added = await deps.db.transaction().execute(async (trx) => {
        let any = false;
        for (const channel of to) {
          const job: NudgeJob = { userId: person.userId, channel, day };
          if (
            await deps.jobs.enqueue(
              { kind: NUDGE_JOB, key: nudgeKey(person.userId, day, channel), payload: job },
              trx,
            )
          )
            any = true;
        }
        if (any)
          await insertRemindedThings(trx, {
            userId: person.userId,
            things: fresh.map((reminder) => reminder.thing),
            nowIso,
          });
        return any;
      });
      if (added) deps.jobs.wake();
    }
  };
}

/**
 * The nudge job: sends the generic nudge over one channel, unless the
 * person turned it off since, their local day has passed, or quiet hours
 * have begun (a retry never wakes anyone).
 */
export function nudgeSender(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  channels: readonly Channel[],
): (job: NudgeJob) => Promise<void> {
  return async (job) => {
    const channel = channels.find((c) => c.id === job.channel);
    if (!channel?.available) return;
    const choices = choicesOf(await findSettings(deps.db, job.userId));
    if (!choices.enabled || !choices.channels[job.channel]) return;
    const now = deps.clock.now();
    const who = (await findPeople(deps.db, [job.userId], now.toISOString())).get(job.userId);
    if (!who) return;
    if (localDay(now, who.time_zone) !== job.day) return;
    if (isQuietAt(now, choices.quietHours, who.time_zone)) return;
    await channel.send({
      userId: job.userId,
      email: who.email,
      day: job.day,
      until: nudgeExpiry(now, job.day, choices.quietHours, who.time_zone),
    });
  };
}
