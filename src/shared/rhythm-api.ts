/**
 * Contracts of "keep it going" (track 8): the weekly rhythm view (what the
 * plan asked and what was done, week by week, with gentle counts) and life
 * events (what is going on in a couple's life, which reshapes the plan).
 * Weeks and days are calendar days in the couple's time zone (the person's
 * own when alone); who added an event reads as "me" or "partner".
 */
import { z } from 'zod';
import { LIFE_EVENT_KINDS } from '../core/life-events';
import { idSchema } from './api';
import { rhythmIdSchema } from './program-api';

/** A real calendar day, "YYYY-MM-DD". */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a day (YYYY-MM-DD)')
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, 'Not a day (YYYY-MM-DD)');

// ---------------------------------------------------------------- rhythm

export const RHYTHM_WEEKS = { default: 8, max: 26 } as const;

export const rhythmQuerySchema = z.strictObject({
  /** How many weeks back, this week included. */
  weeks: z.coerce.number().int().min(2).max(RHYTHM_WEEKS.max).optional(),
});

export const rhythmWeekEntrySchema = z.object({
  id: rhythmIdSchema,
  /** Days (for a daily entry) or times (for a weekly one) it happened. */
  done: z.number().int(),
  target: z.number().int(),
  together: z.boolean(),
});

export const rhythmWeekSchema = z.object({
  /** ISO week, "2026-W09". */
  week: z.string(),
  /** Its Monday. */
  start: z.string(),
  /** This week, still going: never counted as kept or not. */
  current: z.boolean(),
  entries: z.array(rhythmWeekEntrySchema),
  /** At least half of the week's rhythm happened. */
  kept: z.boolean(),
  /** Anything of it happened. */
  active: z.boolean(),
  /** Life events that held during the week and shaped what it asked. */
  adjustedFor: z.array(z.enum(LIFE_EVENT_KINDS)),
});
export type RhythmWeekView = z.infer<typeof rhythmWeekSchema>;

export const rhythmViewSchema = z.object({
  /** Newest first: this week, then the finished weeks since the person joined. */
  weeks: z.array(rhythmWeekSchema),
  /** Over the finished weeks shown: how many were kept, and how many had anything at all. */
  counts: z.object({ weeks: z.number().int(), kept: z.number().int(), active: z.number().int() }),
  /** For each entry: in how many finished weeks it was asked, and in how many it happened. */
  entries: z.array(
    z.object({ id: rhythmIdSchema, asked: z.number().int(), happened: z.number().int() }),
  ),
  /** Something happened this week after a quiet week. */
  welcomeBack: z.boolean(),
  together: z.boolean(),
});
export type RhythmView = z.infer<typeof rhythmViewSchema>;

// ---------------------------------------------------------------- life events

export const LIFE_EVENT_LIMITS = {
  noteMax: 80,
  /** Events that hold (or are coming) at once. */
  ongoingMax: 6,
  /** Events kept in all, ended ones included. */
  totalMax: 60,
  /** How far back a start may be given, and how far ahead. */
  daysBack: 366,
  daysAhead: 366,
} as const;

export const lifeEventKindSchema = z.enum(LIFE_EVENT_KINDS);

export const lifeEventParamsSchema = z.strictObject({ eventId: idSchema });

export const newLifeEventBodySchema = z.strictObject({
  kind: lifeEventKindSchema,
  /** The first day it holds; today when left out. */
  startsOn: calendarDaySchema.optional(),
  /** A few words of your own (for "something else", say). */
  note: z.string().trim().min(1).max(LIFE_EVENT_LIMITS.noteMax).optional(),
});
export type NewLifeEventBody = z.infer<typeof newLifeEventBodySchema>;

export const lifeEventSchema = z.object({
  id: z.string(),
  kind: lifeEventKindSchema,
  note: z.string().nullable(),
  startsOn: z.string(),
  /** The day it was over (no longer holding), or null while it lasts. */
  endedOn: z.string().nullable(),
  status: z.enum(['upcoming', 'ongoing', 'over']),
  addedBy: z.enum(['me', 'partner']),
});
export type LifeEvent = z.infer<typeof lifeEventSchema>;

export const lifeEventListSchema = z.object({
  /** Ongoing and upcoming first, then those that are over, newest first. */
  events: z.array(lifeEventSchema),
  /** Today in the couple's calendar (the person's own when alone). */
  today: z.string(),
  /** Events are shared with the partner: both see and can end them. */
  shared: z.boolean(),
});
export type LifeEventList = z.infer<typeof lifeEventListSchema>;
