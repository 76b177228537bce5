/**
 * Life events: what is going on in a couple's life, named by either partner
 * and shared within the couple (a person alone keeps their own). While one
 * holds, the plan is lighter and reordered (core/life-events.ts). Either
 * partner can say it is over, or take it away if it was added by mistake.
 * Nobody outside the couple reaches an event: a stranger, an ex-partner
 * after an unlink and a later partner get the same "not found" as for an
 * event that never existed. Changes reach the partner as an event with no
 * content; the plan and Today are refetched through their own routes.
 */
import { addDays, localDay } from '../../../core/calendar';
import { isLifeEventKind, type LifeEventKind } from '../../../core/life-events';
import {
  LIFE_EVENT_LIMITS,
  type LifeEvent,
  type LifeEventList,
  type NewLifeEventBody,
} from '../../../shared/rhythm-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  countLifeEvents,
  deleteLifeEvent,
  endLifeEvent,
  findLifeEvent,
  insertLifeEvent,
  type LifeEventRow,
  listLifeEvents,
} from './life-events.repository';
import { lifeEventScope } from './rhythm.queries';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;
type LiveDeps = Deps & Pick<ServiceDeps, 'bus'>;

/** The scope and "today" of the person asking: the couple's calendar, or their own. */
function placeOf(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext) {
  return {
    scope: lifeEventScope(auth.user.id, auth.couple?.id ?? null),
    today: localDay(deps.clock.now(), auth.couple?.timeZone ?? auth.user.timeZone),
  };
}

function statusOf(row: LifeEventRow, today: string): LifeEvent['status'] {
  // Over once its end has come, or when it was ended before it began.
  if (row.ended_on !== null && (row.ended_on <= today || row.ended_on <= row.starts_on))
    return 'over';
  return row.starts_on > today ? 'upcoming' : 'ongoing';
}

type KnownRow = LifeEventRow & { kind: LifeEventKind };

/** Rows of a kind this code knows; any other is left out, as if it did not exist. */
function isKnown(row: LifeEventRow): row is KnownRow {
  return isLifeEventKind(row.kind);
}

function present(auth: AuthContext, row: KnownRow, today: string): LifeEvent {
  return {
    id: row.id,
    kind: row.kind,
    note: row.note,
    startsOn: row.starts_on,
    endedOn: row.ended_on,
    status: statusOf(row, today),
    addedBy: row.created_by === auth.user.id ? 'me' : 'partner',
  };
}

const ORDER = { ongoing: 0, upcoming: 0, over: 1 } as const;

/** The couple's events (mine alone when not linked): those that hold or are coming first. */
export async function getLifeEvents(deps: Deps, auth: AuthContext): Promise<LifeEventList> {
  const { scope, today } = placeOf(deps, auth);
  const rows = await listLifeEvents(deps.db, scope);
  const events = rows
    .filter(isKnown)
    .map((row) => present(auth, row, today))
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.status === 'over'
          ? (b.endedOn ?? '').localeCompare(a.endedOn ?? '')
          : b.startsOn.localeCompare(a.startsOn)),
    );
  return { events, today, shared: auth.couple !== null };
}

async function tellPartner(deps: Pick<ServiceDeps, 'bus'>, auth: AuthContext): Promise<void> {
  if (!auth.couple) return;
  await deps.bus.publish([auth.couple.partnerId], { type: 'life-events.changed' }, auth.couple.id);
}

function invalid(message: string): DomainError {
  return new DomainError('validation_failed', `The request is not valid: ${message}`);
}

/** Names a life event for the couple (or for me, alone), from today or from a given day. */
export async function addLifeEvent(
  deps: LiveDeps,
  auth: AuthContext,
  body: NewLifeEventBody,
): Promise<LifeEvent> {
  const { scope, today } = placeOf(deps, auth);
  const startsOn = body.startsOn ?? today;
  if (startsOn < addDays(today, -LIFE_EVENT_LIMITS.daysBack))
    throw invalid('the start is more than a year ago.');
  if (startsOn > addDays(today, LIFE_EVENT_LIMITS.daysAhead))
    throw invalid('the start is more than a year ahead.');
  const counts = await countLifeEvents(deps.db, scope, today);
  if (
    counts.ongoing >= LIFE_EVENT_LIMITS.ongoingMax ||
    counts.total >= LIFE_EVENT_LIMITS.totalMax
  ) {
    throw new DomainError(
      'limit_reached',
      'That is a lot going on at once. End one that is over, then add this one.',
    );
  }
  const row: KnownRow = {
    id: newId(),
    scope,
    created_by: auth.user.id,
    kind: body.kind,
    note: body.note ?? null,
    starts_on: startsOn,
    ended_on: null,
    created_at: deps.clock.now().toISOString(),
  };
  await insertLifeEvent(deps.db, row);
  await tellPartner(deps, auth);
  return present(auth, row, today);
}

async function requireEvent(deps: Deps, scope: string, id: string): Promise<KnownRow> {
  const row = await findLifeEvent(deps.db, scope, id);
  if (!row || !isKnown(row)) throw notFound();
  return row;
}

/**
 * It is over: from today on it no longer shapes the plan. One that has not
 * begun yet is over before it begins. Saying so twice changes nothing.
 */
export async function endLifeEventNow(
  deps: LiveDeps,
  auth: AuthContext,
  id: string,
): Promise<LifeEvent> {
  const { scope, today } = placeOf(deps, auth);
  const row = await requireEvent(deps, scope, id);
  if (statusOf(row, today) !== 'over') {
    // Not begun yet: over on the day it would have begun, so it never holds.
    const notBegun = row.starts_on > today;
    const endedOn = notBegun ? row.starts_on : today;
    await endLifeEvent(deps.db, scope, id, endedOn);
    await tellPartner(deps, auth);
  }
  const fresh = await requireEvent(deps, scope, id);
  return present(auth, fresh, today);
}

/** Takes an event away altogether (added by mistake, say). */
export async function removeLifeEvent(
  deps: LiveDeps,
  auth: AuthContext,
  id: string,
): Promise<void> {
  const { scope } = placeOf(deps, auth);
  if (!(await deleteLifeEvent(deps.db, scope, id))) throw notFound();
  await tellPartner(deps, auth);
}
