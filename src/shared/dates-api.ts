/**
 * Contracts of date nights and shared experiences: the idea library with my
 * own picks, the couple's mutual matches, planned dates with reflections,
 * and the calendar feed. The web imports the types only.
 */
import { z } from 'zod';
import {
  DATE_COSTS,
  DATE_ENERGIES,
  DATE_LIMITS,
  DATE_SEASONS,
  DATE_SETTINGS,
  isLocalDateTime,
  TIME_NEEDED,
} from '../core/dates';
import { PICKS } from '../core/mutual-match';
import { idSchema, intimacyKindSchema, LIMITS, questionIdSchema, timeZoneSchema } from './api';

export { DATE_LIMITS };

export const pickSchema = z.enum(PICKS);
export type DatePick = z.infer<typeof pickSchema>;

export const dateSettingSchema = z.enum(DATE_SETTINGS);
export const dateCostSchema = z.enum(DATE_COSTS);
export const dateEnergySchema = z.enum(DATE_ENERGIES);
export const dateSeasonSchema = z.enum(DATE_SEASONS);
export const timeNeededSchema = z.enum(TIME_NEEDED);

// ---------------------------------------------------------------- ideas

export const dateIdeaSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kinds: z.array(intimacyKindSchema),
  setting: dateSettingSchema,
  cost: dateCostSchema,
  minutes: z.number(),
  timeNeeded: timeNeededSchema,
  energy: dateEnergySchema,
  seasons: z.array(dateSeasonSchema),
  distance: z.boolean(),
});
export type DateIdea = z.infer<typeof dateIdeaSchema>;

/** An idea as I see it in the library: with my own pick, never my partner's. */
export const dateIdeaViewSchema = dateIdeaSchema.extend({ myPick: pickSchema.nullable() });
export type DateIdeaView = z.infer<typeof dateIdeaViewSchema>;

export const dateIdeasQuerySchema = z.strictObject({
  setting: dateSettingSchema.optional(),
  cost: dateCostSchema.optional(),
  time: timeNeededSchema.optional(),
  energy: dateEnergySchema.optional(),
  season: z.enum(['spring', 'summer', 'autumn', 'winter']).optional(),
  kind: intimacyKindSchema.optional(),
  distance: z.enum(['true', 'false']).optional(),
});
export type DateIdeasQuery = z.infer<typeof dateIdeasQuerySchema>;

export const dateIdeasSchema = z.object({
  ideas: z.array(dateIdeaViewSchema),
  /** Ideas in the whole library (before filters). */
  total: z.number(),
  /** Whether I can mark ideas: only in a couple, where picks can become matches. */
  canPick: z.boolean(),
  /** We live apart for now (a "long distance" life event holds): ideas that work apart come first. */
  livingApart: z.boolean(),
});
export type DateIdeas = z.infer<typeof dateIdeasSchema>;

export const ideaParamsSchema = z.strictObject({ ideaId: questionIdSchema });
export const pickBodySchema = z.strictObject({ pick: pickSchema });

// ---------------------------------------------------------------- matches

export const matchStrengthSchema = z.enum(['both-yes', 'yes-and-maybe', 'both-maybe']);

export const dateMatchSchema = z.object({
  idea: dateIdeaSchema,
  strength: matchStrengthSchema,
  myPick: pickSchema,
  /** The next planned date made from this idea, if any. */
  plannedDateId: z.string().nullable(),
});
export type DateMatch = z.infer<typeof dateMatchSchema>;

/** The couple's matches: the only thing of a partner's picks that ever leaves the server. */
export const dateMatchesSchema = z.object({
  matches: z.array(dateMatchSchema),
  /** How many matches: it counts matches and nothing else. */
  count: z.number(),
});
export type DateMatches = z.infer<typeof dateMatchesSchema>;

/** What a pick answers: my pick, and the matches, computed the same way whatever my partner marked. */
export const pickResultSchema = z.object({
  ideaId: z.string(),
  myPick: pickSchema.nullable(),
  matches: dateMatchesSchema,
});
export type PickResult = z.infer<typeof pickResultSchema>;

// ---------------------------------------------------------------- planned dates

const localDateTimeSchema = z
  .string()
  .refine(isLocalDateTime, { message: 'Use a date and time like 2026-03-06T19:30' });

const titleSchema = z.string().trim().min(1).max(DATE_LIMITS.title);
const placeSchema = z.string().trim().max(DATE_LIMITS.place);
const notesSchema = z.string().trim().max(DATE_LIMITS.notes);
const durationSchema = z.number().int().min(DATE_LIMITS.minDuration).max(DATE_LIMITS.maxDuration);

export const newDateBodySchema = z
  .strictObject({
    /** A library idea (usually a match), or… */
    ideaId: questionIdSchema.optional(),
    /** …a title of the couple's own. */
    title: titleSchema.optional(),
    /** The wall-clock start in `timeZone`, "YYYY-MM-DDTHH:mm". */
    start: localDateTimeSchema,
    timeZone: timeZoneSchema,
    durationMinutes: durationSchema,
    place: placeSchema.nullable().optional(),
    notes: notesSchema.nullable().optional(),
  })
  .refine((body) => (body.ideaId === undefined) !== (body.title === undefined), {
    message: 'Give either an idea or a title of your own',
    path: ['title'],
  });
export type NewDateBody = z.infer<typeof newDateBodySchema>;

export const dateChangeBodySchema = z
  .strictObject({
    title: titleSchema.optional(),
    start: localDateTimeSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    durationMinutes: durationSchema.optional(),
    place: placeSchema.nullable().optional(),
    notes: notesSchema.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Change at least one thing' })
  .refine((body) => (body.start === undefined) === (body.timeZone === undefined), {
    message: 'Give the start together with its time zone',
    path: ['start'],
  });
export type DateChangeBody = z.infer<typeof dateChangeBodySchema>;

export const dateParamsSchema = z.strictObject({ dateId: idSchema });

export const reflectionBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(LIMITS.reflection),
  /** Shown to my partner too; otherwise only I ever see it. */
  shared: z.boolean(),
});
export type ReflectionBody = z.infer<typeof reflectionBodySchema>;

export const datePhaseSchema = z.enum(['upcoming', 'now', 'past']);

export const plannedDateSchema = z.object({
  id: z.string(),
  ideaId: z.string().nullable(),
  /** The idea's title, or the couple's own. */
  title: z.string(),
  /** The start as a UTC instant. */
  startsAt: z.string(),
  timeZone: z.string(),
  /** The start on the wall clock of `timeZone`, "YYYY-MM-DDTHH:mm". */
  start: z.string(),
  durationMinutes: z.number(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  phase: datePhaseSchema,
  /** Reflections open once the date has begun. */
  canReflect: z.boolean(),
  /** Mine, private unless I shared it. */
  myReflection: z.object({ text: z.string(), shared: z.boolean() }).nullable(),
  /** My partner's, only when they chose to share it. */
  partnerReflection: z.object({ text: z.string() }).nullable(),
});
export type PlannedDate = z.infer<typeof plannedDateSchema>;

export const plannedDatesSchema = z.object({
  /** Not over yet, soonest first. */
  upcoming: z.array(plannedDateSchema),
  /** Over, latest first (the most recent ones). */
  past: z.array(plannedDateSchema),
});
export type PlannedDates = z.infer<typeof plannedDatesSchema>;

// ---------------------------------------------------------------- calendar feed

export const feedStateSchema = z.object({
  /** Whether the couple has a feed link that works. Its address is shown only when made. */
  active: z.boolean(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

export const newFeedSchema = z.object({
  /** The private address to subscribe to: anyone who has it can read the couple's plans. */
  url: z.string(),
  /** The same address for calendar apps that open `webcal:` links. */
  webcalUrl: z.string(),
});
export type NewFeed = z.infer<typeof newFeedSchema>;

/** The token in a feed address is checked by the service; any other shape is simply not found. */
export const feedParamsSchema = z.strictObject({ token: z.string().max(200) });
