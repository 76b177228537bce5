/**
 * The current check-in as one person sees it: the couple's schedule and any
 * proposal, this week's check-in with my preparation and what focus mode has
 * revealed of my partner's, the agreements, and — for me alone — my open
 * concern and the gentle note about one left open for weeks.
 */
import { localDay } from '../../../core/calendar';
import {
  type CheckinSchedule,
  type CurrentCheckin,
  currentCheckin,
  STALE_CONCERN_WEEKS,
  staleConcerns,
  weekNumber,
} from '../../../core/checkin';
import { mayOfferCoupleActivities } from '../../../core/private-screen';
import type { CheckinState, ConcernNudge, CurrentCheckinView } from '../../../shared/checkins-api';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import { requireCouple } from '../couple/couple.service';
import type { ServiceDeps } from '../deps';
import { currentWeek, findPulseOfWeek } from '../progress/progress.queries';
import { listAgreements, listReviews } from './agreements.repository';
import {
  agreedSchedule,
  presentAgreements,
  presentMyPrep,
  presentPartnerNotes,
  presentProposal,
  presentReview,
} from './checkins.present';
import {
  type CarriedRow,
  type CheckinRow,
  ensureCheckin,
  findCheckinMarks,
  findLatestFinished,
  findPreps,
  findSchedule,
  listMyCarriedConcerns,
} from './checkins.repository';

type Couple = NonNullable<AuthContext['couple']>;

/** Which check-in is current for the couple now (no row is written). */
export async function whichCheckin(
  deps: Pick<ServiceDeps, 'clock'> & { db: Db },
  couple: Pick<Couple, 'id' | 'timeZone'>,
  schedule: CheckinSchedule,
): Promise<CurrentCheckin> {
  const now = deps.clock.now();
  const marks = await findCheckinMarks(deps.db, couple.id, localDay(now, couple.timeZone));
  return currentCheckin({ schedule, timeZone: couple.timeZone, now, ...marks });
}

/** The couple's current check-in row, created on first use, with when it begins. */
export async function currentCheckinRow(
  deps: Pick<ServiceDeps, 'clock'> & { db: Db },
  couple: Pick<Couple, 'id' | 'timeZone'>,
  schedule: CheckinSchedule,
): Promise<{ row: CheckinRow; at: Date }> {
  const current = await whichCheckin(deps, couple, schedule);
  const row = await ensureCheckin(deps.db, {
    id: newId(),
    coupleId: couple.id,
    day: current.day,
    nowIso: deps.clock.now().toISOString(),
  });
  return { row, at: current.at };
}

function noSchedule(): DomainError {
  return new DomainError('not_found', 'Agree on a day for your check-in first.');
}

/** For writes to the current check-in: my couple, its agreed schedule and this week's row. */
export async function requireCurrent(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
): Promise<{ couple: Couple; row: CheckinRow; at: Date }> {
  const couple = requireCouple(auth);
  const schedule = agreedSchedule(await findSchedule(deps.db, couple.id));
  if (!schedule) throw noSchedule();
  return { couple, ...(await currentCheckinRow(deps, couple, schedule)) };
}

/** Whether a check-in is over: finished, or its day has ended. */
function isOver(row: Pick<CarriedRow, 'day' | 'step'>, today: string): boolean {
  return row.step === 'done' || row.day < today;
}

/**
 * My open concern from an earlier check-in (to carry on or call resolved),
 * unless this week's preparation already carries it on.
 */
function openConcernOf(
  carried: readonly CarriedRow[],
  current: CheckinRow,
  currentConcernId: string | null,
): { id: string; text: string } | null {
  const earlier = carried.filter((c) => c.day < current.day && c.resolved === 0);
  const latest = earlier.at(-1);
  if (!latest || latest.concern_id === currentConcernId) return null;
  return { id: latest.concern_id, text: latest.concern ?? '' };
}

/**
 * The gentle note about a concern of mine left open in check-ins of three
 * weeks in a row, until I set it aside or call it resolved. Its suggestions
 * fit my own situation: no couple activity and no couples therapy after the
 * private screen routed me to support of my own.
 */
function nudgeOf(
  carried: readonly CarriedRow[],
  today: string,
  auth: AuthContext,
): ConcernNudge | null {
  const open = carried.filter(
    (c) => c.resolved === 0 && c.nudge_dismissed === 0 && isOver(c, today),
  );
  const stale = staleConcerns(
    open.map((c) => ({ concernId: c.concern_id, day: c.day })),
    STALE_CONCERN_WEEKS,
  );
  const concernId = stale[0];
  if (!concernId) return null;
  const rows = open.filter((c) => c.concern_id === concernId);
  return {
    concernId,
    text: rows.at(-1)?.concern ?? '',
    weeks: new Set(rows.map((c) => weekNumber(c.day))).size,
    suggestions: mayOfferCoupleActivities(auth.route) ? ['listening', 'therapy'] : ['support'],
  };
}

async function presentCurrent(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  couple: Couple,
  current: { row: CheckinRow; at: Date },
  carried: readonly CarriedRow[],
): Promise<CurrentCheckinView> {
  const { row } = current;
  const [preps, agreements, reviews] = await Promise.all([
    findPreps(deps.db, row.id),
    listAgreements(deps.db, couple.id),
    listReviews(deps.db, couple.id),
  ]);
  const mine = preps.find((p) => p.user_id === auth.user.id);
  const theirs = preps.find((p) => p.user_id === couple.partnerId);
  const ratings =
    (await findPulseOfWeek(deps.db, auth.user.id, mine?.pulse_week ?? currentWeek(deps, auth))) ??
    null;
  const concernRows = carried.filter((c) => c.concern_id === mine?.concern_id);
  return {
    id: row.id,
    day: row.day,
    at: current.at.toISOString(),
    step: row.step,
    mine: presentMyPrep(mine, {
      ratings: ratings
        ? {
            emotional: Number(ratings.emotional),
            physical: Number(ratings.physical),
            intellectual: Number(ratings.intellectual),
            talk: Number(ratings.talk),
          }
        : null,
      concernResolved: concernRows.some((c) => c.resolved === 1),
      concernContinued: concernRows.some((c) => c.day < row.day),
    }),
    partner: presentPartnerNotes(theirs, row.step),
    review: presentReview(agreements, reviews, row.day),
    agreements: presentAgreements(
      agreements.filter((a) => a.checkin_id === row.id),
      reviews,
    ),
  };
}

const ALONE: CheckinState = {
  linked: false,
  partnerName: null,
  timeZone: null,
  schedule: null,
  proposal: null,
  checkin: null,
  previous: null,
  openConcern: null,
  nudge: null,
};

/** Everything the check-in screen shows me, for my own eyes. */
export async function getCheckinState(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
): Promise<CheckinState> {
  const couple = auth.couple;
  if (!couple) return ALONE;
  const scheduleRow = await findSchedule(deps.db, couple.id);
  const schedule = agreedSchedule(scheduleRow);
  const [carried, finished] = await Promise.all([
    listMyCarriedConcerns(deps.db, auth.user.id, couple.id),
    findLatestFinished(deps.db, couple.id),
  ]);
  const current = schedule ? await currentCheckinRow(deps, couple, schedule) : null;
  const checkin = current ? await presentCurrent(deps, auth, couple, current, carried) : null;
  const today = localDay(deps.clock.now(), couple.timeZone);
  let previous: CheckinState['previous'] = null;
  if (finished) {
    const [agreements, reviews] = await Promise.all([
      listAgreements(deps.db, couple.id),
      listReviews(deps.db, couple.id),
    ]);
    previous = {
      id: finished.id,
      day: finished.day,
      agreements: presentAgreements(
        agreements.filter((a) => a.checkin_id === finished.id),
        reviews,
      ),
    };
  }
  return {
    linked: true,
    partnerName: couple.partnerName,
    timeZone: couple.timeZone,
    schedule,
    proposal: presentProposal(scheduleRow, auth.user.id),
    checkin,
    previous,
    openConcern:
      current && checkin
        ? openConcernOf(carried, current.row, checkin.mine.concern?.id ?? null)
        : null,
    nudge: nudgeOf(carried, today, auth),
  };
}
