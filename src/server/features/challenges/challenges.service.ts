/**
 * The weekly novelty challenge: one challenge per couple and ISO week (in the
 * couple's time zone), the same for both. Each partner says "I'm in", or a
 * private "not this week" the other never sees; once both are in it is on,
 * and either can mark it done. Then each may write a short reflection,
 * private unless they choose to share it. One swap a week, before both are in.
 */
import { addDays, isoWeek, localDay } from '../../../core/calendar';
import {
  apartFor,
  type ChallengeFit,
  canAnswer,
  canSwap,
  DEFAULT_FIT,
  pickWeeklyChallenge,
  stageOf,
} from '../../../core/challenges';
import type {
  ChallengeSettings,
  ChallengeWeek,
  CurrentChallenge,
  PastChallenges,
} from '../../../shared/challenges-api';
import type { ChallengeAnswer } from '../../../shared/play-limits';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { lifeEventScope, livingApartSince } from '../rhythm/rhythm.queries';
import { challengesOf, presentChallenge } from './challenges.catalog';
import {
  type ChallengeResponseRow,
  type ChallengeWeekRow,
  deleteResponsesOfWeek,
  findResponses,
  findSettings,
  findWeek,
  findWeekById,
  insertWeek,
  listDoneWeeks,
  listGivenChallenges,
  markWeekDone,
  replaceChallenge,
  saveReflection,
  upsertAnswer,
  upsertSettings,
} from './challenges.repository';

type Couple = NonNullable<AuthContext['couple']>;
type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;

/** How many done weeks the list of past challenges shows: two years of weeks. */
const PAST_LIMIT = 104;

/** The couple's ISO week now, and its Monday, in the couple's time zone. */
export function coupleWeek(now: Date, timeZone: string): { week: string; startsOn: string } {
  const day = localDay(now, timeZone);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return { week: isoWeek(day), startsOn: addDays(day, -weekday) };
}

/** Only my own couple's weeks exist for me; alone, none do. */
function coupleOr404(auth: AuthContext): Couple {
  if (!auth.couple) throw notFound();
  return auth.couple;
}

/**
 * What fits the couple's challenges now: their own settings, with living
 * apart set by a "long distance" life event of theirs unless they chose
 * otherwise since it began or ended (core/challenges.ts `apartFor`).
 */
async function fitOf(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  couple: Couple,
): Promise<ChallengeFit> {
  const [row, living] = await Promise.all([
    findSettings(deps.db, couple.id),
    livingApartSince(
      deps.db,
      lifeEventScope(auth.user.id, couple.id),
      localDay(deps.clock.now(), couple.timeZone),
      couple.timeZone,
    ),
  ]);
  return {
    apart: apartFor({
      saved: row ? { apart: row.apart === 1, at: row.updated_at } : null,
      livesApart: living.apart,
      eventChangedAt: living.changedAt,
    }),
    maxCost: row?.max_cost ?? DEFAULT_FIT.maxCost,
  };
}

function settingsOf(fit: ChallengeFit): ChallengeSettings {
  return { apart: fit.apart, maxCost: fit.maxCost };
}

/**
 * What I may see of a week: my own answer and reflection, whether my partner
 * is in, and their reflection only if they shared it. A partner's "not this
 * week" and unshared reflection shape nothing here.
 */
function presentWeek(
  deps: Pick<ServiceDeps, 'catalog'>,
  auth: AuthContext,
  couple: Couple,
  row: ChallengeWeekRow,
  responses: readonly ChallengeResponseRow[],
): ChallengeWeek | null {
  const item = challengesOf(deps.catalog).byId.get(row.challenge_id);
  if (!item) return null;
  const mine = responses.find((r) => r.week_id === row.id && r.user_id === auth.user.id);
  const partner = responses.find((r) => r.week_id === row.id && r.user_id === couple.partnerId);
  const partnerIn = partner?.answer === 'in';
  const stage = stageOf({ mine: mine?.answer ?? null, partnerIn, done: row.done_at !== null });
  return {
    id: row.id,
    week: row.week,
    startsOn: row.starts_on,
    challenge: presentChallenge(item),
    stage,
    mine: mine?.answer ?? null,
    partnerIn,
    canSwap: canSwap(stage, row.swapped_from !== null),
    doneAt: row.done_at,
    myReflection:
      mine?.reflection != null
        ? { text: mine.reflection, visibility: mine.shared === 1 ? 'shared' : 'private' }
        : null,
    partnerReflection:
      partner?.reflection != null && partner.shared === 1 ? { text: partner.reflection } : null,
  };
}

/**
 * The couple's week, assigning its challenge on the first visit of the week.
 * A challenge since taken out of the library is replaced by a fresh draw
 * (a retired id never reaches a screen).
 */
async function ensureWeek(
  deps: Deps,
  couple: Couple,
  fit: ChallengeFit,
): Promise<ChallengeWeekRow> {
  const { week, startsOn } = coupleWeek(deps.clock.now(), couple.timeZone);
  const library = challengesOf(deps.catalog);
  let row = await findWeek(deps.db, couple.id, week);
  if (!row || !library.byId.has(row.challenge_id)) {
    const history = await listGivenChallenges(deps.db, couple.id);
    const challengeId = pickWeeklyChallenge(library.cards, {
      history,
      couple: couple.id,
      week,
      fit,
      draw: row ? 2 : 0,
    });
    if (row) {
      await replaceChallenge(deps.db, row.id, { challengeId, swappedFrom: row.swapped_from });
      await deleteResponsesOfWeek(deps.db, row.id);
    } else {
      await insertWeek(deps.db, {
        id: newId(),
        couple_id: couple.id,
        week,
        starts_on: startsOn,
        challenge_id: challengeId,
        swapped_from: null,
        done_at: null,
        created_at: deps.clock.now().toISOString(),
      });
    }
    row = await findWeek(deps.db, couple.id, week);
    if (!row) throw new Error('The week’s challenge was not stored');
  }
  return row;
}

async function presentOne(
  deps: Deps,
  auth: AuthContext,
  couple: Couple,
  row: ChallengeWeekRow,
): Promise<ChallengeWeek> {
  const responses = await findResponses(deps.db, couple.id, [row.id]);
  const view = presentWeek(deps, auth, couple, row, responses);
  if (!view) throw notFound();
  return view;
}

/** This week's challenge for the couple; someone alone gets none (it is for two). */
export async function getCurrentChallenge(
  deps: Deps,
  auth: AuthContext,
): Promise<CurrentChallenge> {
  const couple = auth.couple;
  if (!couple) {
    return {
      week: coupleWeek(deps.clock.now(), auth.user.timeZone).week,
      partnerName: null,
      settings: null,
      current: null,
    };
  }
  const fit = await fitOf(deps, auth, couple);
  const row = await ensureWeek(deps, couple, fit);
  return {
    week: row.week,
    partnerName: couple.partnerName,
    settings: settingsOf(fit),
    current: await presentOne(deps, auth, couple, row),
  };
}

/** The weeks the couple did their challenge, newest first, with the reflections I may read. */
export async function getPastChallenges(deps: Deps, auth: AuthContext): Promise<PastChallenges> {
  const couple = auth.couple;
  if (!couple) return { weeks: [] };
  const { week } = coupleWeek(deps.clock.now(), couple.timeZone);
  const rows = await listDoneWeeks(deps.db, {
    coupleId: couple.id,
    exceptWeek: week,
    limit: PAST_LIMIT,
  });
  const responses = await findResponses(
    deps.db,
    couple.id,
    rows.map((r) => r.id),
  );
  return {
    weeks: rows.flatMap((row) => presentWeek(deps, auth, couple, row, responses) ?? []),
  };
}

/** Tells my partner's open screens that the week changed in a way they can see. */
async function tellPartner(
  deps: Pick<ServiceDeps, 'bus'>,
  couple: Couple,
  weekId: string,
): Promise<void> {
  await deps.bus.publish([couple.partnerId], { type: 'challenge.changed', weekId }, couple.id);
}

/**
 * "I'm in", or "not this week". My partner sees only whether I am in: a
 * "not this week" from nothing changes nothing they can see, so it sends no
 * event. Once both are in, the week is on and the answers stay.
 */
export async function answerChallenge(
  deps: Deps & Pick<ServiceDeps, 'dialect' | 'bus'>,
  auth: AuthContext,
  weekId: string,
  body: { answer: ChallengeAnswer; challengeId: string },
): Promise<ChallengeWeek> {
  const couple = coupleOr404(auth);
  const nowIso = deps.clock.now().toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const row = await findWeekById(trx, weekId, couple.id, deps.dialect);
    if (!row) throw notFound();
    if (row.challenge_id !== body.challengeId) {
      throw new DomainError(
        'answer_locked',
        'This week’s challenge has just changed. Have a look at the new one.',
      );
    }
    const responses = await findResponses(trx, couple.id, [row.id]);
    const mine = responses.find((r) => r.user_id === auth.user.id)?.answer ?? null;
    const partnerIn = responses.some((r) => r.user_id === couple.partnerId && r.answer === 'in');
    const stage = stageOf({ mine, partnerIn, done: row.done_at !== null });
    if (!canAnswer(stage, mine, body.answer)) {
      throw new DomainError('answer_locked', 'You are both in, so this week’s challenge is on.');
    }
    if (mine !== body.answer) {
      await upsertAnswer(trx, {
        weekId: row.id,
        userId: auth.user.id,
        coupleId: couple.id,
        answer: body.answer,
        nowIso,
      });
    }
    return { visible: (mine === 'in') !== (body.answer === 'in') };
  });
  if (outcome.visible) await tellPartner(deps, couple, weekId);
  const row = await findWeekById(deps.db, weekId, couple.id);
  if (!row) throw notFound();
  return presentOne(deps, auth, couple, row);
}

/**
 * Swaps the week's challenge for another, once, before both are in. Both
 * answers start afresh, since the challenge is new.
 */
export async function swapChallenge(
  deps: Deps & Pick<ServiceDeps, 'dialect' | 'bus'>,
  auth: AuthContext,
  weekId: string,
): Promise<ChallengeWeek> {
  const couple = coupleOr404(auth);
  const fit = await fitOf(deps, auth, couple);
  await deps.db.transaction().execute(async (trx) => {
    const row = await findWeekById(trx, weekId, couple.id, deps.dialect);
    if (!row) throw notFound();
    const responses = await findResponses(trx, couple.id, [row.id]);
    const mine = responses.find((r) => r.user_id === auth.user.id)?.answer ?? null;
    const partnerIn = responses.some((r) => r.user_id === couple.partnerId && r.answer === 'in');
    const stage = stageOf({ mine, partnerIn, done: row.done_at !== null });
    if (!canSwap(stage, row.swapped_from !== null)) {
      throw new DomainError(
        'limit_reached',
        stage === 'open'
          ? 'This week’s challenge has been swapped once already.'
          : 'You are both in, so this week’s challenge stays as it is.',
      );
    }
    const history = await listGivenChallenges(trx, couple.id);
    const challengeId = pickWeeklyChallenge(challengesOf(deps.catalog).cards, {
      history,
      couple: couple.id,
      week: row.week,
      fit,
      avoid: [row.challenge_id],
      draw: 1,
    });
    await replaceChallenge(trx, row.id, { challengeId, swappedFrom: row.challenge_id });
    await deleteResponsesOfWeek(trx, row.id);
  });
  await tellPartner(deps, couple, weekId);
  const row = await findWeekById(deps.db, weekId, couple.id);
  if (!row) throw notFound();
  return presentOne(deps, auth, couple, row);
}

/** "We did it": either partner, once both are in. Marking it again changes nothing. */
export async function markChallengeDone(
  deps: Deps & Pick<ServiceDeps, 'dialect' | 'bus'>,
  auth: AuthContext,
  weekId: string,
): Promise<ChallengeWeek> {
  const couple = coupleOr404(auth);
  const nowIso = deps.clock.now().toISOString();
  const changed = await deps.db.transaction().execute(async (trx) => {
    const row = await findWeekById(trx, weekId, couple.id, deps.dialect);
    if (!row) throw notFound();
    if (row.done_at !== null) return false;
    const responses = await findResponses(trx, couple.id, [row.id]);
    const mine = responses.find((r) => r.user_id === auth.user.id)?.answer ?? null;
    const partnerIn = responses.some((r) => r.user_id === couple.partnerId && r.answer === 'in');
    if (stageOf({ mine, partnerIn, done: false }) !== 'on') {
      throw new DomainError(
        'answer_locked',
        'Once you are both in, either of you can mark the challenge done.',
      );
    }
    await markWeekDone(trx, row.id, nowIso);
    return true;
  });
  if (changed) await tellPartner(deps, couple, weekId);
  const row = await findWeekById(deps.db, weekId, couple.id);
  if (!row) throw notFound();
  return presentOne(deps, auth, couple, row);
}

/**
 * My short reflection on a done challenge: only mine to read unless I share
 * it. My partner hears of it only when what they can see changes (shared, or
 * no longer shared).
 */
export async function reflectOnChallenge(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  weekId: string,
  body: { text: string; shared: boolean },
): Promise<ChallengeWeek> {
  const couple = coupleOr404(auth);
  const row = await findWeekById(deps.db, weekId, couple.id);
  if (!row) throw notFound();
  if (row.done_at === null) {
    throw new DomainError('answer_locked', 'Once it is done, you can write how it went.');
  }
  const before = (await findResponses(deps.db, couple.id, [row.id])).find(
    (r) => r.user_id === auth.user.id,
  );
  const saved = await saveReflection(deps.db, {
    weekId: row.id,
    userId: auth.user.id,
    text: body.text,
    shared: body.shared,
    nowIso: deps.clock.now().toISOString(),
  });
  if (!saved) throw notFound();
  if (before?.shared === 1 || body.shared) await tellPartner(deps, couple, weekId);
  return presentOne(deps, auth, couple, row);
}

/**
 * What fits the couple's challenges now (shared by both; this week's stays
 * as it is, the next draws follow it). Saved by hand, it stands over a
 * "long distance" life event named before it.
 */
export async function setChallengeSettings(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  settings: ChallengeSettings,
): Promise<CurrentChallenge> {
  const couple = auth.couple;
  if (!couple) throw new DomainError('not_linked', 'You are not linked with a partner.');
  await upsertSettings(deps.db, {
    couple_id: couple.id,
    apart: settings.apart ? 1 : 0,
    max_cost: settings.maxCost,
    updated_at: deps.clock.now().toISOString(),
  });
  const current = await getCurrentChallenge(deps, auth);
  if (current.current) await tellPartner(deps, couple, current.current.id);
  return current;
}
