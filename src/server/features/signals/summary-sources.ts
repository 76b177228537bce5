/**
 * "What I tried" in the therapist-prep summary: one count per activity, each
 * read through its own feature's queries file, always for the person asking
 * (never their partner). To add an activity: add its id to TRIED_IDS in
 * core/help-summary.ts, a count here (the compiler asks for it), and its
 * words in the web (`signals.prepare.tried.*` in en.json) and in summary-words.ts.
 */
import type { TriedId } from '../../../core/help-summary';
import type { Db } from '../../db/database';
import { findMilestone } from '../../tables/milestones';
import { countChallengesDoneBy } from '../challenges/challenges.queries';
import { countChecksOf } from '../check/check.queries';
import { countHeldCheckinsOf } from '../checkins/checkins.queries';
import { countDatesHeldOf } from '../dates/dates.queries';
import { countAnswersOf } from '../dialogue/dialogue.queries';
import { countRunsJoinedBy } from '../exercises/exercises.queries';
import { countGesturesDoneBy } from '../gestures/gestures.queries';
import { countSessionsHeardOf } from '../listening/listening.queries';
import { countNotesWrittenBy } from '../notes/notes.queries';
import { PRIMER_DONE } from '../primer/primer.queries';
import { listPulsesOf } from '../progress/progress.queries';
import { countEntriesWrittenBy } from '../vulnerability/vulnerability.queries';

/** Who is asking: their id, their couple of now (for what we did together), and the moment. */
export interface TriedOf {
  userId: string;
  coupleId: string | null;
  now: Date;
}

type CountOf = (db: Db, who: TriedOf) => Promise<number>;

export const TRIED_SOURCES: Record<TriedId, CountOf> = {
  primer: async (db, { userId }) => ((await findMilestone(db, userId, PRIMER_DONE)) ? 1 : 0),
  'daily-questions': (db, { userId }) => countAnswersOf(db, userId),
  checks: (db, { userId }) => countChecksOf(db, userId),
  pulses: async (db, { userId }) => (await listPulsesOf(db, userId)).length,
  checkins: (db, { userId, coupleId }) => countHeldCheckinsOf(db, userId, coupleId),
  listening: (db, { userId, now }) => countSessionsHeardOf(db, userId, now),
  gestures: (db, { userId }) => countGesturesDoneBy(db, userId),
  notes: (db, { userId }) => countNotesWrittenBy(db, userId),
  dates: (db, { userId, coupleId, now }) => countDatesHeldOf(db, userId, coupleId, now),
  challenges: (db, { userId }) => countChallengesDoneBy(db, userId),
  exercises: (db, { userId, coupleId, now }) => countRunsJoinedBy(db, userId, coupleId, now),
  'opening-up': (db, { userId }) => countEntriesWrittenBy(db, userId),
};
