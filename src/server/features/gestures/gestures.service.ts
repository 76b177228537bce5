/**
 * Small gestures: one suggestion a day for each person, marked done (once a
 * day) and seen by the partner, who can say thank you. "Not for us" marks
 * are the person's own: they only shape that person's suggestions and are
 * never shown to anyone else, in any answer, count or event.
 */
import { addDays, localDay } from '../../../core/calendar';
import { chooseDailyGesture, RECENT_DAYS } from '../../../core/gestures';
import type { GestureDone, GestureLibrary, GestureToday } from '../../../shared/gestures-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { lifeEventScope, livesApartOn } from '../rhythm/rhythm.queries';
import { gesturesOf, presentGesture } from './gestures.catalog';
import {
  changeDone,
  countDoneBetween,
  deleteDone,
  deleteMark,
  findDoneOf,
  findDoneOn,
  findSuggestion,
  type GestureDoneRow,
  insertDone,
  insertMark,
  insertSuggestion,
  listDoneInCouple,
  listMarks,
  listRecentSuggestions,
  markThanked,
  replaceSuggestion,
} from './gestures.repository';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;

/** "Today" as the rest of the app sees it: the couple's calendar, or mine when alone. */
export function gestureDay(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext): string {
  return localDay(deps.clock.now(), auth.couple?.timeZone ?? auth.user.timeZone);
}

/** Monday and Sunday of a day's week. */
function weekOf(day: string): { start: string; end: string } {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = addDays(day, -weekday);
  return { start, end: addDays(start, 6) };
}

/**
 * Draws the day's gesture for a person from the library, leaving out their
 * marks and recent days; while a "long distance" life event holds, only
 * gestures that work apart.
 */
async function drawGesture(deps: Deps, auth: AuthContext, day: string): Promise<string | null> {
  const userId = auth.user.id;
  const [marks, recent, apart] = await Promise.all([
    listMarks(deps.db, userId),
    listRecentSuggestions(deps.db, userId, day, RECENT_DAYS),
    livesApartOn(deps.db, lifeEventScope(userId, auth.couple?.id ?? null), day),
  ]);
  return chooseDailyGesture({
    personId: userId,
    day,
    gestures: gesturesOf(deps.catalog).list,
    notForUs: new Set(marks),
    recent,
    apart,
  });
}

/**
 * The day's suggestion for a person, drawn and kept on the first visit of the
 * day. One that left the library, or that the person has since set aside, is
 * drawn again.
 */
export async function suggestionFor(
  deps: Deps,
  auth: AuthContext,
  day: string,
): Promise<string | null> {
  const userId = auth.user.id;
  const kept = await findSuggestion(deps.db, userId, day);
  if (kept !== undefined && gesturesOf(deps.catalog).byId.has(kept)) {
    const marks = await listMarks(deps.db, userId);
    if (!marks.includes(kept)) return kept;
  }
  const drawn = await drawGesture(deps, auth, day);
  if (drawn === null) return null;
  if (kept === undefined) {
    await insertSuggestion(deps.db, {
      userId,
      day,
      gestureId: drawn,
      nowIso: deps.clock.now().toISOString(),
    });
    // Another request may have drawn first: the kept one stands.
    return (await findSuggestion(deps.db, userId, day)) ?? drawn;
  }
  await replaceSuggestion(deps.db, { userId, day, gestureId: drawn });
  return drawn;
}

function presentDone(deps: Deps, row: GestureDoneRow, coupleId: string | null): GestureDone | null {
  const item = gesturesOf(deps.catalog).byId.get(row.gesture_id);
  if (!item) return null;
  return {
    id: row.id,
    day: row.day,
    gesture: presentGesture(item),
    // A thank-you belongs to the couple it was said in.
    thanked: row.thanked_at !== null && row.couple_id !== null && row.couple_id === coupleId,
  };
}

/** Today for me: my suggestion, what I did, my week's gentle count, and what my partner did this week. */
export async function getGestureToday(deps: Deps, auth: AuthContext): Promise<GestureToday> {
  const day = gestureDay(deps, auth);
  const week = weekOf(day);
  const coupleId = auth.couple?.id ?? null;
  const [suggestionId, done, mine, partnerDone] = await Promise.all([
    suggestionFor(deps, auth, day),
    findDoneOn(deps.db, auth.user.id, day),
    countDoneBetween(deps.db, auth.user.id, week.start, week.end),
    auth.couple
      ? listDoneInCouple(deps.db, {
          userId: auth.couple.partnerId,
          coupleId: auth.couple.id,
          from: week.start,
          to: week.end,
        })
      : Promise.resolve([]),
  ]);
  const suggestion = suggestionId ? gesturesOf(deps.catalog).byId.get(suggestionId) : undefined;
  const partner = partnerDone
    .map((row) => presentDone(deps, row, coupleId))
    .filter((d): d is GestureDone => d !== null);
  return {
    day,
    suggestion: suggestion ? presentGesture(suggestion) : null,
    done: done ? presentDone(deps, done, coupleId) : null,
    week: { start: week.start, mine },
    partner: auth.couple
      ? { name: auth.couple.partnerName, done: partner, count: partner.length }
      : null,
  };
}

function requireGesture(deps: Deps, gestureId: string): void {
  if (!gesturesOf(deps.catalog).byId.has(gestureId)) throw notFound();
}

/** Tells my partner (ids only) that what I did today changed. */
async function tellPartner(
  deps: Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  gestureDoneId: string,
): Promise<void> {
  if (!auth.couple) return;
  await deps.bus.publish(
    [auth.couple.partnerId],
    { type: 'gesture.partner', gestureDoneId },
    auth.couple.id,
  );
}

/**
 * Marks a gesture done today (today's suggestion, or any other from the
 * library): once a day. Marking another one the same day changes it.
 */
export async function markGestureDone(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  gestureId: string,
): Promise<GestureToday> {
  requireGesture(deps, gestureId);
  const day = gestureDay(deps, auth);
  const coupleId = auth.couple?.id ?? null;
  const before = await findDoneOn(deps.db, auth.user.id, day);
  let changed: string | null = null;
  if (!before) {
    const id = newId();
    await insertDone(deps.db, {
      id,
      user_id: auth.user.id,
      couple_id: coupleId,
      day,
      gesture_id: gestureId,
      created_at: deps.clock.now().toISOString(),
      thanked_at: null,
    });
    const stored = await findDoneOn(deps.db, auth.user.id, day);
    changed = stored?.id === id ? id : null;
  } else if (before.gesture_id !== gestureId || before.couple_id !== coupleId) {
    await changeDone(deps.db, { id: before.id, gestureId, coupleId });
    changed = before.id;
  }
  if (changed) await tellPartner(deps, auth, changed);
  return getGestureToday(deps, auth);
}

/** Takes back today's "done" (and the thank-you it had). */
export async function undoGestureDone(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
): Promise<GestureToday> {
  const day = gestureDay(deps, auth);
  const done = await findDoneOn(deps.db, auth.user.id, day);
  if (done) {
    await deleteDone(deps.db, done.id);
    if (done.couple_id !== null && done.couple_id === auth.couple?.id)
      await tellPartner(deps, auth, done.id);
  }
  return getGestureToday(deps, auth);
}

/** Every gesture, with my own "not for us" marks. */
export async function getGestureLibrary(deps: Deps, auth: AuthContext): Promise<GestureLibrary> {
  const marks = new Set(await listMarks(deps.db, auth.user.id));
  return {
    gestures: gesturesOf(deps.catalog).list.map((item) => ({
      ...presentGesture(item),
      notForUs: marks.has(item.id),
    })),
  };
}

/**
 * "Not for us" (or taking it back), for me alone: that gesture is not
 * suggested to me again, and today's suggestion is drawn again if it was
 * that one (what I did today stays as it is). Nothing reaches my partner.
 */
export async function setNotForUs(
  deps: Deps,
  auth: AuthContext,
  gestureId: string,
  notForUs: boolean,
): Promise<GestureToday> {
  requireGesture(deps, gestureId);
  if (notForUs)
    await insertMark(deps.db, {
      userId: auth.user.id,
      gestureId,
      nowIso: deps.clock.now().toISOString(),
    });
  else await deleteMark(deps.db, auth.user.id, gestureId);
  return getGestureToday(deps, auth);
}

/**
 * My thank-you for a gesture my partner did, in our couple: seen by them.
 * Anything else (my own, a stranger's, one from an earlier couple) is not found.
 */
export async function thankForGesture(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  gestureDoneId: string,
): Promise<GestureToday> {
  if (!auth.couple) throw notFound();
  const done = await findDoneOf(deps.db, {
    id: gestureDoneId,
    userId: auth.couple.partnerId,
    coupleId: auth.couple.id,
  });
  if (!done) throw notFound();
  const thankedNow = await markThanked(deps.db, done.id, deps.clock.now().toISOString());
  if (thankedNow)
    await deps.bus.publish(
      [auth.couple.partnerId],
      { type: 'gesture.thanked', gestureDoneId: done.id },
      auth.couple.id,
    );
  return getGestureToday(deps, auth);
}
