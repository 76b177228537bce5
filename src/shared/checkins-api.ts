/**
 * Contracts of the weekly check-in: the agreed day and time, each person's
 * private preparation, focus mode, agreements and their review, concerns
 * carried from week to week, and the history.
 */
import { z } from 'zod';
import {
  CHECKIN_LIMITS,
  CHECKIN_STEPS,
  LOCAL_TIME_PATTERN,
  REVIEW_OUTCOMES,
} from '../core/checkin';
import { idSchema } from './api';
import { pulseBodySchema } from './program-api';

export const weekdaySchema = z
  .number()
  .int()
  .min(1)
  .max(7)
  .describe('ISO weekday: 1 Monday … 7 Sunday');
export const localTimeSchema = z
  .string()
  .regex(LOCAL_TIME_PATTERN, 'A time as HH:MM')
  .describe('Local time in the couple’s time zone, "HH:MM"');
export const checkinStepSchema = z.enum(CHECKIN_STEPS);
export type CheckinStepName = z.infer<typeof checkinStepSchema>;
export const reviewOutcomeSchema = z.enum(REVIEW_OUTCOMES);
export type ReviewOutcomeName = z.infer<typeof reviewOutcomeSchema>;

// ---------------------------------------------------------------- schedule

export const scheduleSchema = z.object({ weekday: weekdaySchema, time: localTimeSchema });
export type CheckinScheduleView = z.infer<typeof scheduleSchema>;

export const proposalBodySchema = z.strictObject({ weekday: weekdaySchema, time: localTimeSchema });
export type ProposalBody = z.infer<typeof proposalBodySchema>;

/** A change one partner proposed; it becomes the schedule only when the other accepts. */
export const proposalSchema = scheduleSchema.extend({ byMe: z.boolean() });

// ---------------------------------------------------------------- preparation

const note = z.string().trim().min(1).max(CHECKIN_LIMITS.note);
const goals = z.string().trim().min(1).max(CHECKIN_LIMITS.goals);

/**
 * My preparation, a part at a time: a key left out stays as it is, null
 * clears it. `continues` names my open concern from an earlier check-in when
 * this is the same one, still on my mind.
 */
export const prepBodySchema = z
  .strictObject({
    appreciation: note.nullable().optional(),
    success: note.nullable().optional(),
    concern: z
      .strictObject({ text: note, private: z.boolean(), continues: idSchema.nullable() })
      .nullable()
      .optional(),
    goals: goals.nullable().optional(),
    /** The weekly pulse, saved as this week's pulse. */
    ratings: pulseBodySchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to save' });
export type PrepBody = z.infer<typeof prepBodySchema>;

const myConcernSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** Kept to myself this week: never revealed to my partner. */
  private: z.boolean(),
  resolved: z.boolean(),
  /** Carried on from an earlier check-in. */
  continued: z.boolean(),
});

export const myPrepSchema = z.object({
  prepared: z.boolean(),
  appreciation: z.string().nullable(),
  success: z.string().nullable(),
  concern: myConcernSchema.nullable(),
  goals: z.string().nullable(),
  /** My pulse saved with this preparation, or this week's if I already rated it. */
  ratings: pulseBodySchema.nullable(),
});
export type MyPrep = z.infer<typeof myPrepSchema>;

/**
 * My partner's notes, each present only once its step has come in focus mode
 * (a concern they kept to themselves never is). Null alike for "not revealed
 * yet" and "nothing written": nothing here tells whether they prepared.
 */
export const partnerNotesSchema = z.object({
  appreciation: z.string().nullable(),
  success: z.string().nullable(),
  concern: z.string().nullable(),
  goals: z.string().nullable(),
});
export type PartnerNotes = z.infer<typeof partnerNotesSchema>;

// ---------------------------------------------------------------- agreements

export const agreementStatusSchema = z.enum(['open', ...REVIEW_OUTCOMES]);
export const agreementSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** The day of the check-in it was made in. */
  madeOn: z.string(),
  status: agreementStatusSchema,
});
export type AgreementView = z.infer<typeof agreementSchema>;

export const reviewItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  madeOn: z.string(),
  /** How it went, as reviewed in this check-in; null until then. */
  outcome: reviewOutcomeSchema.nullable(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const agreementBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(CHECKIN_LIMITS.agreement),
});
export const reviewBodySchema = z.strictObject({ outcome: reviewOutcomeSchema });
export const agreementParamsSchema = z.strictObject({ agreementId: idSchema });
export const agreementsSchema = z.object({ agreements: z.array(agreementSchema) });
export type Agreements = z.infer<typeof agreementsSchema>;

// ---------------------------------------------------------------- concerns

export const concernParamsSchema = z.strictObject({ concernId: idSchema });
export const concernStatusBodySchema = z.strictObject({ resolved: z.boolean() });

/**
 * A gentle note for me alone: a concern of mine has stayed open for weeks.
 * Its suggestions fit my own situation; nothing of it reaches my partner.
 */
export const nudgeSchema = z.object({
  concernId: z.string(),
  text: z.string(),
  weeks: z.number().int(),
  suggestions: z.array(z.enum(['listening', 'therapy', 'support'])),
});
export type ConcernNudge = z.infer<typeof nudgeSchema>;

// ---------------------------------------------------------------- the check-in

export const stepBodySchema = z.strictObject({
  /** The step the person saw: a second "next" from the same step changes nothing. */
  from: checkinStepSchema,
  direction: z.enum(['next', 'back']),
});
export type StepBody = z.infer<typeof stepBodySchema>;

export const currentCheckinSchema = z.object({
  id: z.string(),
  /** Its local day in the couple's time zone. */
  day: z.string(),
  /** When it is planned to begin (UTC). */
  at: z.string(),
  step: checkinStepSchema,
  mine: myPrepSchema,
  partner: partnerNotesSchema,
  /** Agreements from earlier check-ins that come back for review here. */
  review: z.array(reviewItemSchema),
  /** Agreements made in this check-in. */
  agreements: z.array(agreementSchema),
});
export type CurrentCheckinView = z.infer<typeof currentCheckinSchema>;

export const checkinStateSchema = z.object({
  linked: z.boolean(),
  partnerName: z.string().nullable(),
  timeZone: z.string().nullable(),
  schedule: scheduleSchema.nullable(),
  proposal: proposalSchema.nullable(),
  /** Present once a schedule is agreed. */
  checkin: currentCheckinSchema.nullable(),
  /** The latest finished check-in, for the closing screen. */
  previous: z
    .object({ id: z.string(), day: z.string(), agreements: z.array(agreementSchema) })
    .nullable(),
  /** My open concern from an earlier check-in, to carry on or call resolved. Mine only. */
  openConcern: z.object({ id: z.string(), text: z.string() }).nullable(),
  /** Mine only. */
  nudge: nudgeSchema.nullable(),
});
export type CheckinState = z.infer<typeof checkinStateSchema>;

// ---------------------------------------------------------------- history

export const checkinHistoryQuerySchema = z.strictObject({
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const checkinHistoryEntrySchema = z.object({
  id: z.string(),
  day: z.string(),
  /** Whether focus mode was begun. */
  held: z.boolean(),
  /** My own notes, which stay mine (also after a couple ends). */
  mine: z
    .object({
      appreciation: z.string().nullable(),
      success: z.string().nullable(),
      concern: z.string().nullable(),
      concernPrivate: z.boolean(),
      goals: z.string().nullable(),
    })
    .nullable(),
  /** Ours: made in this check-in, only while we are still a couple. */
  agreements: z.array(agreementSchema),
  /** Ours: reviewed in this check-in. */
  reviews: z.array(z.object({ id: z.string(), text: z.string(), outcome: reviewOutcomeSchema })),
});
export type CheckinHistoryEntry = z.infer<typeof checkinHistoryEntrySchema>;

export const checkinHistorySchema = z.object({
  entries: z.array(checkinHistoryEntrySchema),
  nextBefore: z.string().nullable(),
});
export type CheckinHistory = z.infer<typeof checkinHistorySchema>;
