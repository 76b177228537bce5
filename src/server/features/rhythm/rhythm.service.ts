/**
 * The weekly rhythm view: for each week since the person joined (the last
 * few), what the plan asked and what was done, with gentle counts of the
 * weeks kept. Each week's plan is rebuilt from what held then: the latest
 * check taken by that week's end (the partner's too while both share), the
 * life events of that week, and whether we were linked yet (a week that
 * ended before we linked asks nothing for two). What was done comes from
 * every feature's rhythm source: the person's own activity and the couple's
 * shared one, never the partner's private counts.
 */
import { localDay } from '../../../core/calendar';
import {
  activeKinds,
  canonicalKinds,
  holdsDuring,
  type LifeEventSpan,
} from '../../../core/life-events';
import { buildPlan } from '../../../core/plan';
import {
  countWeeks,
  isWelcomeBack,
  type RhythmWeek,
  summarizeWeek,
  weeksUpTo,
  weeksWithEntry,
} from '../../../core/rhythm';
import type { CheckResult } from '../../../core/scoring';
import type { RhythmId } from '../../../shared/program-api';
import { RHYTHM_WEEKS, type RhythmView } from '../../../shared/rhythm-api';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../lib/auth-context';
import { isMutuallyShared, listCheckResults, parseStoredResult } from '../check/check.queries';
import type { ServiceDeps } from '../deps';
import { lifeEventScope, lifeEventSpansOf } from './rhythm.queries';
import type { RhythmCounts, RhythmParams, RhythmSource } from './rhythm.types';

interface DatedResult {
  day: string;
  result: CheckResult;
}

/** A person's check results as days of the calendar used here, newest first. */
async function datedResults(
  db: Db,
  userId: string,
  timeZone: string,
  inCouple?: string,
): Promise<DatedResult[]> {
  const rows = await listCheckResults(db, userId, inCouple);
  return rows.map((row) => ({
    day: localDay(new Date(row.taken_at), timeZone),
    result: parseStoredResult(row.result),
  }));
}

/** The latest result taken on or before `day`. */
function latestBy(results: readonly DatedResult[], day: string): CheckResult | null {
  return results.find((r) => r.day <= day)?.result ?? null;
}

/** What the sources counted for one week. */
function doneIn(all: readonly RhythmCounts[], index: number): Partial<Record<RhythmId, number>> {
  const done: Partial<Record<RhythmId, number>> = {};
  for (const counts of all)
    for (const [id, perWeek] of Object.entries(counts) as [RhythmId, readonly number[]][])
      done[id] = (done[id] ?? 0) + (perWeek[index] ?? 0);
  return done;
}

/** The life events that shaped a week: those holding today for this week, any day of it before. */
function kindsOf(
  spans: readonly LifeEventSpan[],
  week: RhythmWeek,
  today: string,
  current: boolean,
) {
  if (current) return activeKinds(spans, today);
  return canonicalKinds(
    spans.filter((s) => holdsDuring(s, week.start, week.end)).map((s) => s.kind),
  );
}

export async function getRhythm(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  sources: readonly RhythmSource[],
  weekCount: number = RHYTHM_WEEKS.default,
): Promise<RhythmView> {
  const timeZone = auth.couple?.timeZone ?? auth.user.timeZone;
  const now = deps.clock.now();
  const today = localDay(now, timeZone);
  const joined = localDay(new Date(auth.user.createdAt), timeZone);
  // This week always; the weeks before only from the one the person joined in.
  const weeks = weeksUpTo(today, weekCount).filter((w, i) => i === 0 || w.end >= joined);
  const scope = lifeEventScope(auth.user.id, auth.couple?.id ?? null);
  const params: RhythmParams = {
    userId: auth.user.id,
    couple: auth.couple ? { id: auth.couple.id, partnerId: auth.couple.partnerId } : null,
    scope,
    weeks,
    from: weeks[weeks.length - 1]?.start ?? today,
    to: today,
    now,
  };
  const shared = auth.couple !== null && (await isMutuallyShared(deps, auth, 'check'));
  const [mine, theirs, spans, counts] = await Promise.all([
    datedResults(deps.db, auth.user.id, timeZone),
    shared && auth.couple
      ? datedResults(deps.db, auth.couple.partnerId, timeZone, auth.couple.id)
      : Promise.resolve([]),
    lifeEventSpansOf(deps.db, scope),
    Promise.all(sources.map((source) => source.history(deps.db, params))),
  ]);

  // A week that ended before we linked is rebuilt as it was: without the activities for two.
  const linkedOn = auth.couple ? localDay(new Date(auth.couple.since), timeZone) : null;
  const summaries = weeks.map((week, index) => {
    const current = index === 0;
    const lastDay = current ? today : week.end;
    const plan = buildPlan({
      mine: latestBy(mine, lastDay),
      partner: latestBy(theirs, lastDay),
      linked: linkedOn !== null && (current || week.end >= linkedOn),
      route: auth.route,
      lifeEvents: kindsOf(spans, week, today, current),
    });
    return { week, current, plan, ...summarizeWeek(plan.rhythm, doneIn(counts, index)) };
  });
  const [thisWeek, ...finished] = summaries;
  return {
    weeks: summaries.map((s) => ({
      week: s.week.week,
      start: s.week.start,
      current: s.current,
      entries: s.entries,
      kept: s.kept,
      active: s.active,
      adjustedFor: s.plan.adjustedFor,
    })),
    counts: countWeeks(finished),
    entries: weeksWithEntry(finished),
    welcomeBack: thisWeek ? isWelcomeBack(thisWeek, finished) : false,
    together: auth.couple !== null,
  };
}
