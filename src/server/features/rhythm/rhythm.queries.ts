/**
 * What other features may ask of life events (`life_events`): the plan and
 * Today read the events that hold now; small gestures, date ideas and
 * exercises whether a couple lives apart for now, and the weekly challenge
 * also since when. Only the rhythm feature names that table.
 */
import { zonedInstant } from '../../../core/checkin';
import {
  activeKinds,
  holdsOn,
  isLifeEventKind,
  type LifeEventKind,
  type LifeEventSpan,
  lastChange,
} from '../../../core/life-events';
import type { Db } from '../../db/database';
import {
  holdingKindsMaskSubquery,
  lastChangeSubquery,
  listHoldingOn,
  listLifeEvents,
} from './life-events.repository';

export { holdingKindsMaskSubquery, lastChangeSubquery };

/** The life events' scope: a couple's, or a person's own when alone. */
export function lifeEventScope(userId: string, coupleId: string | null): string {
  return coupleId === null ? `u:${userId}` : `c:${coupleId}`;
}

/** A scope's events as spans (kinds the code does not know are left out). */
export async function lifeEventSpansOf(db: Db, scope: string): Promise<LifeEventSpan[]> {
  const rows = await listLifeEvents(db, scope);
  return rows.flatMap((row) => {
    const kind = row.kind;
    return isLifeEventKind(kind) ? [{ kind, startsOn: row.starts_on, endedOn: row.ended_on }] : [];
  });
}

/** What the plan needs of a scope's events on a day: the kinds that hold, and the last change. */
export async function lifeEventsForPlan(
  db: Db,
  scope: string,
  day: string,
): Promise<{ kinds: LifeEventKind[]; lastChangeDay: string | null }> {
  const spans = await lifeEventSpansOf(db, scope);
  return { kinds: activeKinds(spans, day), lastChangeDay: lastChange(spans, day) };
}

/** Whether the scope lives apart on `day` (a "long distance" event holds). */
export async function livesApartOn(db: Db, scope: string, day: string): Promise<boolean> {
  const rows = await listHoldingOn(db, scope, day);
  return rows.some((row) => row.kind === 'long-distance');
}

/**
 * Living apart, as the scope's life events say on `day`: whether a "long
 * distance" event holds, and the latest moment that changed by then (an
 * event began, or was over; one named later than its first day changed it
 * when it was named). A setting a couple chose by hand before that moment
 * gives way to the event; one chosen after it stands.
 */
export async function livingApartSince(
  db: Db,
  scope: string,
  day: string,
  timeZone: string,
): Promise<{ apart: boolean; changedAt: string | null }> {
  const rows = (await listLifeEvents(db, scope)).filter((row) => row.kind === 'long-distance');
  let changedAt: number | null = null;
  for (const row of rows) {
    for (const on of [row.starts_on, row.ended_on]) {
      if (on === null || on > day) continue;
      const at = Math.max(
        zonedInstant(on, '00:00', timeZone).getTime(),
        Date.parse(row.created_at),
      );
      changedAt = Math.max(changedAt ?? at, at);
    }
  }
  const apart = rows.some((row) =>
    holdsOn({ kind: 'long-distance', startsOn: row.starts_on, endedOn: row.ended_on }, day),
  );
  return { apart, changedAt: changedAt === null ? null : new Date(changedAt).toISOString() };
}
