/**
 * How a check-in leaves the server: my own preparation whole, my partner's
 * notes only as their steps come, and the couple's agreements with where
 * each stands. The reveal rule is applied here, once, from core/checkin.ts.
 */
import {
  type AgreementHistory,
  agreementStatus,
  agreementsToReview,
  type CheckinSchedule,
  type CheckinStep,
  isNoteRevealed,
  type NoteKey,
  type Weekday,
} from '../../../core/checkin';
import type {
  AgreementView,
  CheckinScheduleView,
  MyPrep,
  PartnerNotes,
  ReviewItem,
} from '../../../shared/checkins-api';
import type { PulseBody } from '../../../shared/program-api';
import type { AgreementRow, ReviewRow } from './agreements.repository';
import type { PrepRow, ScheduleRow } from './checkins.repository';

/** The agreed schedule, or null before a first proposal is accepted. */
export function agreedSchedule(row: ScheduleRow | undefined): CheckinSchedule | null {
  if (!row || row.weekday === null || row.local_time === null) return null;
  return { weekday: row.weekday as Weekday, time: row.local_time };
}

/** The open proposal, told from the reader's side. */
export function presentProposal(
  row: ScheduleRow | undefined,
  userId: string,
): (CheckinScheduleView & { byMe: boolean }) | null {
  if (!row || row.proposed_by === null || row.proposed_weekday === null || !row.proposed_time) {
    return null;
  }
  return {
    weekday: row.proposed_weekday,
    time: row.proposed_time,
    byMe: row.proposed_by === userId,
  };
}

const NO_NOTES: PartnerNotes = { appreciation: null, success: null, concern: null, goals: null };

/** A note's text as stored in its column. */
function noteOf(prep: PrepRow, note: NoteKey): string | null {
  return prep[note];
}

/**
 * What my partner's preparation shows me at this step: each note whose step
 * has come, nothing else. Without a preparation, or before its step, the
 * answer is the same: null. A concern kept private is never shown.
 */
export function presentPartnerNotes(prep: PrepRow | undefined, step: CheckinStep): PartnerNotes {
  if (!prep) return NO_NOTES;
  const shown = (note: NoteKey): string | null =>
    isNoteRevealed(note, step, prep.concern_private === 1) ? noteOf(prep, note) : null;
  return {
    appreciation: shown('appreciation'),
    success: shown('success'),
    concern: shown('concern'),
    goals: shown('goals'),
  };
}

export function presentMyPrep(
  prep: PrepRow | undefined,
  input: { ratings: PulseBody | null; concernResolved: boolean; concernContinued: boolean },
): MyPrep {
  return {
    prepared: prep !== undefined,
    appreciation: prep?.appreciation ?? null,
    success: prep?.success ?? null,
    concern:
      prep?.concern && prep.concern_id
        ? {
            id: prep.concern_id,
            text: prep.concern,
            private: prep.concern_private === 1,
            resolved: input.concernResolved,
            continued: input.concernContinued,
          }
        : null,
    goals: prep?.goals ?? null,
    ratings: input.ratings,
  };
}

/** Each agreement with its reviews, as the carry-over rule reads them. */
export function agreementHistories(
  agreements: readonly AgreementRow[],
  reviews: readonly ReviewRow[],
): AgreementHistory[] {
  return agreements.map((a) => ({
    id: a.id,
    madeDay: a.made_day,
    reviews: reviews
      .filter((r) => r.agreement_id === a.id)
      .map((r) => ({ day: r.day, outcome: r.outcome })),
  }));
}

export function presentAgreement(row: AgreementRow, history: AgreementHistory): AgreementView {
  return { id: row.id, text: row.text, madeOn: row.made_day, status: agreementStatus(history) };
}

/** The couple's agreements with where each stands, in the order given. */
export function presentAgreements(
  agreements: readonly AgreementRow[],
  reviews: readonly ReviewRow[],
): AgreementView[] {
  const histories = agreementHistories(agreements, reviews);
  return agreements.map((row, i) => presentAgreement(row, histories[i] as AgreementHistory));
}

/** The agreements that come back for review in the check-in on `day`. */
export function presentReview(
  agreements: readonly AgreementRow[],
  reviews: readonly ReviewRow[],
  day: string,
): ReviewItem[] {
  const byId = new Map(agreements.map((a) => [a.id, a]));
  return agreementsToReview(agreementHistories(agreements, reviews), day).flatMap((due) => {
    const row = byId.get(due.id);
    return row ? [{ id: row.id, text: row.text, madeOn: row.made_day, outcome: due.outcome }] : [];
  });
}
