/**
 * What other features may ask of life events (`life_events`): the plan and
 * Today read the events that hold now, and small gestures whether a couple
 * lives apart for now. Only the rhythm feature names that table.
 */
import {
  activeKinds,
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
