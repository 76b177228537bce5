/**
 * How a feature contributes to the weekly rhythm view: for the rhythm
 * entries it owns (RHYTHM_IDS in core/plan.ts), how often each happened in
 * each of a span of past weeks. The rhythm view loops over every feature's
 * source, as Today loops over providers; a feature joins by adding
 * `rhythm` to its `Feature`.
 *
 * A source counts only what the person may see of their own weeks: their own
 * activity, or the couple's shared activity. Never what the partner keeps
 * private, and never a count of it.
 */
import type { RhythmWeek } from '../../../core/rhythm';
import type { RhythmId } from '../../../shared/program-api';
import type { Db } from '../../db/database';

export interface RhythmParams {
  userId: string;
  /** The couple the person is in now, if any. */
  couple: { id: string; partnerId: string } | null;
  /** The daily question's deck and the life events' scope: `c:<couple>` or `u:<person>`. */
  scope: string;
  /** Newest first, in the couple's calendar (the person's own when alone). */
  weeks: readonly RhythmWeek[];
  /** The first and last day the weeks cover. */
  from: string;
  to: string;
  /** The moment asked at: what has not happened by now (a date later today) is not counted yet. */
  now: Date;
}

/** One number per week of `RhythmParams.weeks`, in the same order, for each rhythm id a feature owns. */
export type RhythmCounts = Partial<Record<RhythmId, readonly number[]>>;

export interface RhythmSource {
  history(db: Db, params: RhythmParams): Promise<RhythmCounts>;
}
