/**
 * How a feature says what of it is waiting on a person, for the daily nudge.
 * The notifications feature asks every feature's source at each person's
 * nudge time, as Today asks its providers; a feature joins by adding
 * `reminders` to its `Feature`.
 *
 * A source reports only the person's own next step, read from its own
 * tables through its own code, and never writes. It never reports that the
 * partner did something at a time, and nothing the private screen or a
 * therapy signal decided: a person routed to their own support is not
 * reminded of couple activities, exactly as Today does not offer them.
 */
import type { DueReminder } from '../../../core/reminders';
import type { ServiceDeps } from '../deps';

export interface ReminderPerson {
  userId: string;
  /** The person's own time zone. */
  timeZone: string;
  /** The couple they are in now, with its shared time zone (its "today"). */
  couple: { id: string; partnerId: string; timeZone: string } | null;
  /**
   * False when the private screen routed the person to their own support
   * (a flag kept in their account or a live session): couple activities are
   * then not reminded of.
   */
  coupleActivities: boolean;
}

export type ReminderDeps = Pick<ServiceDeps, 'db' | 'dialect' | 'catalog'>;

export interface ReminderSource {
  /**
   * What of this feature is waiting on each of these people at `now`; a
   * person with nothing waiting may be left out of the map.
   */
  due(
    deps: ReminderDeps,
    people: readonly ReminderPerson[],
    now: Date,
  ): Promise<ReadonlyMap<string, readonly DueReminder[]>>;
}

/** Asks about each person in turn; for sources whose own queries are per person. */
export function perPerson(
  dueFor: (deps: ReminderDeps, person: ReminderPerson, now: Date) => Promise<DueReminder[]>,
): ReminderSource {
  return {
    due: async (deps, people, now) => {
      const out = new Map<string, readonly DueReminder[]>();
      for (const person of people) {
        const due = await dueFor(deps, person, now);
        if (due.length > 0) out.set(person.userId, due);
      }
      return out;
    },
  };
}
