/**
 * Contracts of the guided exercises (track 4): the list, one exercise, and a
 * run that two partners do in step on two phones, or together on one.
 */
import { z } from 'zod';
import { EXERCISE_CATEGORIES, PACE_MAX, PACE_MIN, RUN_STATUSES } from '../core/exercises';
import { idSchema, intimacyKindSchema } from './api';

export { PACE_MAX, PACE_MIN };

export const exerciseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id');
export const exerciseCategorySchema = z.enum(EXERCISE_CATEGORIES);

/** In step on both phones, or both on one screen. */
export const RUN_MODES = ['together', 'one-device'] as const;
export const runModeSchema = z.enum(RUN_MODES);
export type RunMode = z.infer<typeof runModeSchema>;

export const exerciseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  category: exerciseCategorySchema,
  kinds: z.array(intimacyKindSchema),
  minutes: z.number(),
  /** It also works apart, over a call. */
  distance: z.boolean(),
  /** It has the breathing pacer. */
  paced: z.boolean(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummarySchema>;

export const exerciseListQuerySchema = z.strictObject({
  category: exerciseCategorySchema.optional(),
  /** Only exercises of at most this many minutes. */
  maxMinutes: z.coerce.number().int().min(1).max(60).optional(),
  /** While we live apart: also the exercises that need us in one room (for a visit). */
  all: z.enum(['true', 'false']).optional(),
});
export type ExerciseListQuery = z.infer<typeof exerciseListQuerySchema>;

export const exerciseListSchema = z.object({
  exercises: z.array(exerciseSummarySchema),
  /**
   * Only while we live apart (a "long distance" life event holds): the list
   * holds the exercises that work over a call, unless `all` asked for every
   * one (those for one room then come after them).
   */
  apart: z
    .object({
      /** How many of the exercises that fit the filters need us in one room. */
      oneRoom: z.number(),
      /** Whether those are in the list. */
      included: z.boolean(),
    })
    .optional(),
});
export type ExerciseList = z.infer<typeof exerciseListSchema>;

export const pacerSchema = z.object({
  inhale: z.number(),
  hold: z.number(),
  exhale: z.number(),
  holdAfter: z.number(),
});

export const exerciseSchema = exerciseSummarySchema.extend({
  /** Read before it starts; starting (and joining) says yes to it. */
  consent: z.string(),
  /** How to make it fit any body. */
  adapt: z.string(),
  steps: z.array(z.object({ text: z.string(), seconds: z.number(), paced: z.boolean() })),
  /** The written pace of one breath, in seconds per phase; null without a pacer. */
  pacer: pacerSchema.nullable(),
  /** Suggested songs (title and artist) for dancing; empty for the others. */
  songs: z.array(z.object({ title: z.string(), artist: z.string() })),
});
export type Exercise = z.infer<typeof exerciseSchema>;

export const exerciseParamsSchema = z.strictObject({ exerciseId: exerciseIdSchema });
export const runParamsSchema = z.strictObject({ runId: idSchema });

export const startRunBodySchema = z.strictObject({
  mode: runModeSchema,
  /** Slower (positive) or faster (negative) than the written breathing pace. */
  pace: z.number().int().min(PACE_MIN).max(PACE_MAX).default(0),
  /**
   * Starting says "I'm ready", after reading the consent; on one device it
   * says "we are both ready".
   */
  ready: z.literal(true),
});
export type StartRunBody = z.input<typeof startRunBodySchema>;

export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatusName = z.infer<typeof runStatusSchema>;

export const runSchema = z.object({
  id: z.string(),
  mode: runModeSchema,
  status: runStatusSchema,
  pace: z.number(),
  /** When the first step begins (a short count-in after both are ready); only while under way. */
  startedAt: z.string().nullable(),
  /** When an invitation nobody joined lapses; only while invited. */
  expiresAt: z.string().nullable(),
  /** The server's clock at answer time, so each device can line its own clock up with it. */
  serverNow: z.string(),
  startedByMe: z.boolean(),
  meReady: z.boolean(),
  partnerReady: z.boolean(),
  exercise: exerciseSchema,
});
export type Run = z.infer<typeof runSchema>;

export const currentRunSchema = z.object({ run: runSchema.nullable() });
export type CurrentRun = z.infer<typeof currentRunSchema>;
