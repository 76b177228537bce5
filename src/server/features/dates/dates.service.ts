/**
 * Date nights: each partner privately marks ideas yes, maybe or no; only
 * mutual picks come back, as matches. A match flows into a planned date
 * (either partner plans, edits or cancels it), a calendar file and feed, a
 * reminder on the day, and a reflection afterwards, private unless shared.
 */
import { localDay } from '../../../core/calendar';
import {
  type IdeaFilter,
  instantOfLocal,
  matchesIdeaFilter,
  scheduleProblem,
} from '../../../core/dates';
import { type Pick as Mark, mutualMatches } from '../../../core/mutual-match';
import { wallTimeOf } from '../../../core/wall-clock';
import type {
  DateChangeBody,
  DateIdeas,
  DateIdeasQuery,
  DateMatches,
  NewDateBody,
  PickResult,
  PlannedDate,
  PlannedDates,
  ReflectionBody,
} from '../../../shared/dates-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { lifeEventScope, livesApartOn } from '../rhythm/rhythm.queries';
import { dateIdeasOf, presentDate } from './dates.present';
import {
  type DateRow,
  deletePick,
  deleteReflection,
  findDate,
  findMyReflection,
  insertDate,
  listMatches,
  listMyPicks,
  listReadableReflections,
  listStarted,
  listUpcoming,
  updateDate,
  upsertPick,
  upsertReflection,
} from './dates.repository';

type Couple = NonNullable<AuthContext['couple']>;
type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;
type WriteDeps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog' | 'bus'>;

/** How many dates each list shows at most. */
const LIST_LIMIT = 50;

/** Picks, matches and planned dates belong to a couple: alone there is nothing to mark them with. */
export function requireCouple(auth: AuthContext): Couple {
  if (!auth.couple) throw new DomainError('not_linked', 'You are not linked with a partner.');
  return auth.couple;
}

/** Tells my partner's open screens that something of ours changed (ids only). */
async function tellPartner(
  deps: Pick<ServiceDeps, 'bus'>,
  couple: Couple,
  event: { type: 'dates.matches' } | { type: 'dates.changed'; dateId: string | null },
): Promise<void> {
  await deps.bus.publish([couple.partnerId], event, couple.id);
}

// ---------------------------------------------------------------- ideas and picks

function filterOf(query: DateIdeasQuery): IdeaFilter {
  return {
    setting: query.setting,
    cost: query.cost,
    time: query.time,
    energy: query.energy,
    season: query.season,
    kind: query.kind,
    distance: query.distance === 'true',
  };
}

/**
 * The library, filtered, with my own picks (never my partner's). While we
 * live apart (a "long distance" life event of ours holds today), the ideas
 * that work apart come first, each group in the library's order.
 */
export async function getIdeas(
  deps: Deps,
  auth: AuthContext,
  query: DateIdeasQuery,
): Promise<DateIdeas> {
  const library = dateIdeasOf(deps.catalog);
  const couple = auth.couple;
  const [picks, livingApart] = couple
    ? await Promise.all([
        listMyPicks(deps.db, { userId: auth.user.id, coupleId: couple.id }),
        livesApartOn(
          deps.db,
          lifeEventScope(auth.user.id, couple.id),
          localDay(deps.clock.now(), couple.timeZone),
        ),
      ])
    : [new Map<string, Mark>(), false];
  const filter = filterOf(query);
  const ideas = library.list
    .filter((idea) => matchesIdeaFilter(idea, filter))
    .map((idea) => ({ ...idea, myPick: picks.get(idea.id) ?? null }));
  return {
    ideas: livingApart
      ? [...ideas.filter((idea) => idea.distance), ...ideas.filter((idea) => !idea.distance)]
      : ideas,
    total: library.list.length,
    canPick: couple !== null,
    livingApart,
  };
}

/**
 * The couple's matches. The rows come from the one matches query (both sides
 * in MATCHING_PICKS), and `mutualMatches` orders them; nothing else of my
 * partner's picks is read.
 */
async function matchesOf(deps: Deps, auth: AuthContext, couple: Couple): Promise<DateMatches> {
  const library = dateIdeasOf(deps.catalog);
  const [rows, upcoming] = await Promise.all([
    listMatches(deps.db, {
      userId: auth.user.id,
      partnerId: couple.partnerId,
      coupleId: couple.id,
    }),
    listUpcoming(deps.db, {
      coupleId: couple.id,
      startsAfterIso: deps.clock.now().toISOString(),
      limit: LIST_LIMIT,
    }),
  ]);
  const known = rows.filter((row) => library.byId.has(row.idea_id));
  const mine = new Map(known.map((row) => [row.idea_id, row.my_pick]));
  const theirs = new Map(known.map((row) => [row.idea_id, row.their_pick]));
  const planned = new Map<string, string>();
  for (const row of upcoming)
    if (row.idea_id && !planned.has(row.idea_id)) planned.set(row.idea_id, row.id);
  const matches = mutualMatches(mine, theirs).flatMap(({ id, strength }) => {
    const idea = library.byId.get(id);
    const myPick = mine.get(id);
    return idea && myPick
      ? [{ idea, strength, myPick, plannedDateId: planned.get(id) ?? null }]
      : [];
  });
  return { matches, count: matches.length };
}

export async function getMatches(deps: Deps, auth: AuthContext): Promise<DateMatches> {
  if (!auth.couple) return { matches: [], count: 0 };
  return matchesOf(deps, auth, auth.couple);
}

/** Whether two match lists look the same to my partner (which ideas, and how strong). */
function sameMatches(a: DateMatches, b: DateMatches): boolean {
  const key = (m: DateMatches) => m.matches.map((x) => `${x.idea.id}:${x.strength}`).join();
  return key(a) === key(b);
}

/**
 * Marks an idea yes, maybe or no for me (null takes my mark back). The
 * answer is my pick and the matches, worked out the same way whatever my
 * partner marked: a "no" of theirs and no mark at all look alike, in the
 * body, its size and the work done. My partner hears of it only when the
 * matches change, which they see anyway.
 */
export async function pickIdea(
  deps: WriteDeps,
  auth: AuthContext,
  ideaId: string,
  pick: Mark | null,
): Promise<PickResult> {
  const couple = requireCouple(auth);
  if (!dateIdeasOf(deps.catalog).byId.has(ideaId)) throw notFound();
  const key = { userId: auth.user.id, coupleId: couple.id, ideaId };
  const before = await matchesOf(deps, auth, couple);
  if (pick) await upsertPick(deps.db, { ...key, pick, nowIso: deps.clock.now().toISOString() });
  else await deletePick(deps.db, key);
  const after = await matchesOf(deps, auth, couple);
  if (!sameMatches(before, after)) await tellPartner(deps, couple, { type: 'dates.matches' });
  return { ideaId, myPick: pick, matches: after };
}

// ---------------------------------------------------------------- planned dates

async function present(
  deps: Deps,
  auth: AuthContext,
  couple: Couple,
  rows: readonly DateRow[],
): Promise<PlannedDate[]> {
  const reflections = await listReadableReflections(deps.db, {
    dateIds: rows.map((row) => row.id),
    userId: auth.user.id,
    partnerId: couple.partnerId,
    coupleId: couple.id,
  });
  const context = {
    library: dateIdeasOf(deps.catalog),
    now: deps.clock.now(),
    userId: auth.user.id,
    reflections,
  };
  return rows.map((row) => presentDate(row, context));
}

/** The couple's planned dates: those not over yet, and the most recent past ones. */
export async function listDates(deps: Deps, auth: AuthContext): Promise<PlannedDates> {
  const couple = auth.couple;
  if (!couple) return { upcoming: [], past: [] };
  const nowIso = deps.clock.now().toISOString();
  const [ahead, started] = await Promise.all([
    listUpcoming(deps.db, { coupleId: couple.id, startsAfterIso: nowIso, limit: LIST_LIMIT }),
    listStarted(deps.db, { coupleId: couple.id, startedBeforeIso: nowIso, limit: LIST_LIMIT }),
  ]);
  const all = await present(deps, auth, couple, [...started, ...ahead]);
  return {
    upcoming: all
      .filter((date) => date.phase !== 'past')
      .sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0)),
    past: all
      .filter((date) => date.phase === 'past')
      .sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : 0)),
  };
}

/** One planned date of my couple; anything else (another couple's, cancelled, made up) is not found. */
export async function requireDate(deps: Pick<ServiceDeps, 'db'>, auth: AuthContext, id: string) {
  const couple = auth.couple;
  if (!couple) throw notFound();
  const row = await findDate(deps.db, { id, coupleId: couple.id });
  if (!row) throw notFound();
  return { couple, row };
}

export async function getDate(deps: Deps, auth: AuthContext, id: string): Promise<PlannedDate> {
  const { couple, row } = await requireDate(deps, auth, id);
  const [date] = await present(deps, auth, couple, [row]);
  if (!date) throw notFound();
  return date;
}

function startOf(deps: Pick<ServiceDeps, 'clock'>, local: string, timeZone: string): Date {
  const startsAt = instantOfLocal(local, timeZone);
  const problem = scheduleProblem(startsAt, deps.clock.now());
  if (problem === 'too-far-back')
    throw new DomainError(
      'validation_failed',
      'That is a long time ago. You can note down dates from the last two months.',
    );
  if (problem === 'too-far-ahead')
    throw new DomainError('validation_failed', 'Plan dates up to two years ahead.');
  return startsAt;
}

/** Plans a date for the couple, from an idea (usually a match) or with a title of our own. */
export async function scheduleDate(
  deps: WriteDeps,
  auth: AuthContext,
  body: NewDateBody,
): Promise<PlannedDate> {
  const couple = requireCouple(auth);
  if (body.ideaId !== undefined && !dateIdeasOf(deps.catalog).byId.has(body.ideaId))
    throw notFound();
  const startsAt = startOf(deps, body.start, body.timeZone);
  const nowIso = deps.clock.now().toISOString();
  const me = auth.user.id;
  const place = body.place || null;
  const notes = body.notes || null;
  const row: DateRow = {
    id: newId(),
    couple_id: couple.id,
    idea_id: body.ideaId ?? null,
    title: body.title ?? null,
    title_by: body.title ? me : null,
    starts_at: startsAt.toISOString(),
    time_zone: body.timeZone,
    day: localDay(startsAt, couple.timeZone),
    duration_minutes: body.durationMinutes,
    place,
    place_by: place ? me : null,
    notes,
    notes_by: notes ? me : null,
    status: 'planned',
    sequence: 0,
    created_by: me,
    created_at: nowIso,
    updated_at: nowIso,
  };
  await insertDate(deps.db, row);
  await tellPartner(deps, couple, { type: 'dates.changed', dateId: row.id });
  return getDate(deps, auth, row.id);
}

/** Changes a planned date; either partner may. Calendar apps see a higher SEQUENCE. */
export async function changeDate(
  deps: WriteDeps,
  auth: AuthContext,
  id: string,
  body: DateChangeBody,
): Promise<PlannedDate> {
  const { couple, row } = await requireDate(deps, auth, id);
  const me = auth.user.id;
  const changes: Partial<DateRow> = {
    sequence: Number(row.sequence) + 1,
    updated_at: deps.clock.now().toISOString(),
  };
  if (body.title !== undefined) Object.assign(changes, { title: body.title, title_by: me });
  if (body.start !== undefined && body.timeZone !== undefined) {
    const startsAt = startOf(deps, body.start, body.timeZone);
    Object.assign(changes, {
      starts_at: startsAt.toISOString(),
      time_zone: body.timeZone,
      day: localDay(startsAt, couple.timeZone),
    });
  }
  if (body.durationMinutes !== undefined) changes.duration_minutes = body.durationMinutes;
  if (body.place !== undefined) {
    const place = body.place || null;
    Object.assign(changes, { place, place_by: place ? me : null });
  }
  if (body.notes !== undefined) {
    const notes = body.notes || null;
    Object.assign(changes, { notes, notes_by: notes ? me : null });
  }
  await updateDate(deps.db, id, couple.id, changes);
  await tellPartner(deps, couple, { type: 'dates.changed', dateId: id });
  return getDate(deps, auth, id);
}

/** Cancels a planned date for both of us: it leaves the lists and the calendar feed. */
export async function cancelDate(deps: WriteDeps, auth: AuthContext, id: string): Promise<void> {
  const { couple, row } = await requireDate(deps, auth, id);
  await updateDate(deps.db, id, couple.id, {
    status: 'cancelled',
    sequence: Number(row.sequence) + 1,
    updated_at: deps.clock.now().toISOString(),
  });
  await tellPartner(deps, couple, { type: 'dates.changed', dateId: id });
}

// ---------------------------------------------------------------- reflections

/**
 * Writes or rewrites my reflection on a date that has begun. Private unless
 * I share it; my partner hears of it only when what they can see changes.
 */
export async function writeReflection(
  deps: WriteDeps,
  auth: AuthContext,
  id: string,
  body: ReflectionBody,
): Promise<PlannedDate> {
  const { couple, row } = await requireDate(deps, auth, id);
  if (deps.clock.now().getTime() < Date.parse(row.starts_at))
    throw new DomainError('validation_failed', 'You can write this once the date has begun.');
  const before = await findMyReflection(deps.db, { dateId: id, userId: auth.user.id });
  await upsertReflection(deps.db, {
    dateId: id,
    userId: auth.user.id,
    coupleId: couple.id,
    text: body.text,
    shared: body.shared,
    nowIso: deps.clock.now().toISOString(),
  });
  if (body.shared || Number(before?.shared ?? 0) === 1)
    await tellPartner(deps, couple, { type: 'dates.changed', dateId: id });
  return getDate(deps, auth, id);
}

export async function removeReflection(
  deps: WriteDeps,
  auth: AuthContext,
  id: string,
): Promise<PlannedDate> {
  const { couple } = await requireDate(deps, auth, id);
  const before = await findMyReflection(deps.db, { dateId: id, userId: auth.user.id });
  await deleteReflection(deps.db, { dateId: id, userId: auth.user.id });
  if (Number(before?.shared ?? 0) === 1)
    await tellPartner(deps, couple, { type: 'dates.changed', dateId: id });
  return getDate(deps, auth, id);
}

/** "2026-03-06", the day a date starts on its own wall clock: for a file name. */
export function localDayOf(row: Pick<DateRow, 'starts_at' | 'time_zone'>): string {
  return wallTimeOf(new Date(row.starts_at), row.time_zone).slice(0, 10);
}
