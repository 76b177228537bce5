/**
 * The weekly pulse and progress over time. Each person's line is their own;
 * the partner's appears only while both opt in. Effort (things done) is
 * reported apart from how people feel, never merged into one score.
 */
import { isoWeekAt, localDay } from '../../../core/calendar';
import { reliableChangeThreshold, summarizeChange } from '../../../core/reliable-change';
import type { Progress, PulseBody, Series } from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import { newId } from '../../lib/tokens';
import { findMilestone } from '../../tables/milestones';
import {
  countChecksOf,
  isMutuallyShared,
  listCheckResults,
  parseStoredResult,
} from '../check/check.queries';
import type { ServiceDeps } from '../deps';
import { countAnswersOf } from '../dialogue/dialogue.queries';
import { PRIMER_DONE } from '../primer/primer.queries';
import { findPulse, listPulses, upsertPulse } from './progress.repository';

/** The ISO week of "now" in the person's own time zone. */
export function currentWeek(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext): string {
  return isoWeekAt(deps.clock.now(), auth.user.timeZone);
}

export async function getPulseForm(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
) {
  const week = currentWeek(deps, auth);
  const mine = await findPulse(deps.db, auth.user.id, week);
  const { version, kinds, talk } = deps.catalog.pulse;
  return { version, week, kinds, talk, mine: mine ?? null };
}

/** Saves (or updates) this week's pulse. */
export async function savePulse(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  body: PulseBody,
) {
  const week = currentWeek(deps, auth);
  await upsertPulse(deps.db, {
    id: newId(),
    userId: auth.user.id,
    coupleId: auth.couple?.id ?? null,
    week,
    ratings: body,
    nowIso: deps.clock.now().toISOString(),
  });
  return { ...body, week };
}

const SERIES_KEYS = ['emotional', 'physical', 'intellectual', 'talk'] as const;

/**
 * One person's line. For the partner's line, `forPartner` holds the couple and
 * its time zone: only what was written in this couple, dated to the day.
 */
async function personProgress(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  userId: string,
  forPartner?: { coupleId: string; timeZone: string },
) {
  const [pulses, checks] = await Promise.all([
    listPulses(deps.db, userId, forPartner?.coupleId),
    listCheckResults(deps.db, userId, forPartner?.coupleId),
  ]);
  const reliability = deps.catalog.checkSettings.reliability;
  const config = { version: reliability.version, ...reliability.pulse };
  const pulse: Series[] = SERIES_KEYS.map((key) => {
    const points = pulses.map((p) => ({ week: p.week, value: Number(p[key]) }));
    return {
      key,
      points,
      ...summarizeChange(
        points.map((p) => p.value),
        config,
      ),
    };
  });
  const check = [...checks].reverse().map((row) => ({
    takenAt: forPartner ? localDay(new Date(row.taken_at), forPartner.timeZone) : row.taken_at,
    kinds: parseStoredResult(row.result).kinds,
  }));
  return { progress: { pulse, check }, weeksWithPulse: pulses.length };
}

/** What a person has done, kept apart from how they feel; each count from its owner. */
async function countEngagement(db: ServiceDeps['db'], userId: string) {
  const [answers, checks, primerDoneAt] = await Promise.all([
    countAnswersOf(db, userId),
    countChecksOf(db, userId),
    findMilestone(db, userId, PRIMER_DONE),
  ]);
  return { answers, checks, primerDone: primerDoneAt !== undefined };
}

export async function getProgress(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<Progress> {
  const shared = await isMutuallyShared(deps, auth, 'progress');
  const [me, partner, engagement] = await Promise.all([
    personProgress(deps, auth.user.id),
    shared && auth.couple
      ? personProgress(deps, auth.couple.partnerId, {
          coupleId: auth.couple.id,
          timeZone: auth.couple.timeZone,
        })
      : Promise.resolve(null),
    countEngagement(deps.db, auth.user.id),
  ]);
  const reliability = deps.catalog.checkSettings.reliability;
  return {
    me: me.progress,
    partner: partner?.progress ?? null,
    partnerName: partner && auth.couple ? auth.couple.partnerName : null,
    engagement: {
      weeksWithPulse: me.weeksWithPulse,
      questionsAnswered: engagement.answers,
      checksTaken: engagement.checks,
      primerDone: engagement.primerDone,
    },
    reliability: {
      version: reliability.version,
      ...reliability.pulse,
      threshold: reliableChangeThreshold(reliability.pulse),
    },
  };
}
