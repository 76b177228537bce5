/**
 * Contracts of the weekly novelty challenge (track 6): this week's challenge
 * for the couple, each partner's answer ("I'm in", or a private "not this
 * week"), one swap, done together, and a short reflection each, private or
 * shared by choice.
 */
import { z } from 'zod';
import { idSchema, intimacyKindSchema, questionIdSchema } from './api';
import { CHALLENGE_ANSWERS, CHALLENGE_SETTINGS, COST_BANDS, PLAY_LIMITS } from './play-limits';

// ---------------------------------------------------------------- parameters and bodies

export const challengeWeekParamsSchema = z.strictObject({ weekId: idSchema });

export const challengeAnswerSchema = z.enum(CHALLENGE_ANSWERS);

/** The challenge the person answers: if the week's challenge changed meanwhile, nothing is saved. */
export const challengeAnswerBodySchema = z.strictObject({
  answer: challengeAnswerSchema,
  challengeId: questionIdSchema,
});

export const challengeReflectionBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(PLAY_LIMITS.reflection),
  /** Shared with the partner; otherwise only the writer ever reads it. */
  shared: z.boolean(),
});

export const challengeSettingsSchema = z.object({
  /** Living apart for now: only challenges that work at a distance. */
  apart: z.boolean(),
  /** The most a week's challenge may cost. */
  maxCost: z.enum(COST_BANDS),
});
export type ChallengeSettings = z.infer<typeof challengeSettingsSchema>;
export const challengeSettingsBodySchema = challengeSettingsSchema.strict();

// ---------------------------------------------------------------- views

export const noveltyChallengeSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  setting: z.enum(CHALLENGE_SETTINGS),
  cost: z.enum(COST_BANDS),
  minutes: z.number().int(),
  /** It works for a couple living apart. */
  distance: z.boolean(),
  kinds: z.array(intimacyKindSchema),
});
export type NoveltyChallenge = z.infer<typeof noveltyChallengeSchema>;

export const challengeStageSchema = z.enum(['open', 'on', 'done']);
export type ChallengeStageName = z.infer<typeof challengeStageSchema>;

export const challengeWeekSchema = z.object({
  id: z.string(),
  /** The couple's ISO week, "2026-W10", and its Monday. */
  week: z.string(),
  startsOn: z.string(),
  challenge: noveltyChallengeSchema,
  /** "open" until both are in; "on" once both are; then "done". */
  stage: challengeStageSchema,
  /** My own answer; a "not this week" is never shown to my partner. */
  mine: challengeAnswerSchema.nullable(),
  /** Whether my partner said they are in; never anything else of theirs. */
  partnerIn: z.boolean(),
  /** One swap a week, before both are in. */
  canSwap: z.boolean(),
  doneAt: z.string().nullable(),
  myReflection: z
    .object({ text: z.string(), visibility: z.enum(['private', 'shared']) })
    .nullable(),
  /** My partner's reflection, only when they chose to share it. */
  partnerReflection: z.object({ text: z.string() }).nullable(),
});
export type ChallengeWeek = z.infer<typeof challengeWeekSchema>;

export const currentChallengeSchema = z.object({
  week: z.string(),
  partnerName: z.string().nullable(),
  /** What fits the couple now; null for someone alone. */
  settings: challengeSettingsSchema.nullable(),
  /** This week's challenge; null for someone alone (it is for two). */
  current: challengeWeekSchema.nullable(),
});
export type CurrentChallenge = z.infer<typeof currentChallengeSchema>;

export const pastChallengesSchema = z.object({
  /** Weeks the couple did their challenge, newest first (this week's not among them). */
  weeks: z.array(challengeWeekSchema),
});
export type PastChallenges = z.infer<typeof pastChallengesSchema>;
